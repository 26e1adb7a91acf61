import { describe, expect, it } from 'vitest';
import { seal, unseal } from './sealed';

const SECRET = 'a-session-secret-a-session-secret-0123';

describe('sealed secrets', () => {
  it('open with the secret they were sealed with', () => {
    const sealed = seal(SECRET, 'token-123');
    expect(sealed).not.toContain('token-123');
    expect(unseal(SECRET, sealed)).toBe('token-123');
  });

  it('differ each time and open with no other secret', () => {
    expect(seal(SECRET, 'x')).not.toBe(seal(SECRET, 'x'));
    expect(unseal(`${SECRET}!`, seal(SECRET, 'x'))).toBeNull();
  });

  it('refuse anything altered or malformed', () => {
    const [iv, tag, body] = seal(SECRET, 'token').split('.');
    expect(unseal(SECRET, `${iv}.${tag}.${body}A`)).toBeNull();
    expect(unseal(SECRET, 'nonsense')).toBeNull();
    expect(unseal(SECRET, '')).toBeNull();
  });
});
