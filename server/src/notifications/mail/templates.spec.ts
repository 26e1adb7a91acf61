import { describe, expect, it } from 'vitest';
import { InvitationEmail, PasswordResetEmail, renderEmail } from './templates';

describe('email templates', () => {
  it('escape every value in the HTML part and keep the links whole in the text part', async () => {
    const { html, text } = await renderEmail(
      InvitationEmail({
        inviteeName: '<script>alert(1)</script>',
        inviterName: 'Ann & "Bob"',
        organizationName: 'Acme <b>Corp</b>',
        acceptUrl: 'https://fulcrum.example/invitation/abc?x=1&y=2',
        expiresOn: '2026-12-10',
        unsubscribeUrl: 'https://fulcrum.example/unsubscribe/t.s',
      }),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('Acme &lt;b&gt;Corp&lt;/b&gt;');
    expect(html).toContain('href="https://fulcrum.example/invitation/abc?x=1&amp;y=2"');
    expect(text).toContain('https://fulcrum.example/invitation/abc?x=1&y=2');
    expect(text).toContain('https://fulcrum.example/unsubscribe/t.s');
    // Plain text shows names as typed.
    expect(text).toContain('Ann & "Bob"');
  });

  it('say how long a reset link works', async () => {
    const { text } = await renderEmail(
      PasswordResetEmail({
        name: 'Rita',
        resetUrl: 'https://f.example/reset-password/t',
        minutes: 60,
        unsubscribeUrl: 'https://f.example/u',
      }),
    );
    expect(text).toContain('for 60 minutes');
    expect(text).toContain('https://f.example/reset-password/t');
  });
});
