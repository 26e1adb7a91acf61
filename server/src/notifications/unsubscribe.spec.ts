import { NotificationKind } from '@fulcrum/shared';
import { describe, expect, it } from 'vitest';
import { readUnsubscribeToken, unsubscribeHeaders, unsubscribeToken } from './unsubscribe';

const SECRET = 'unsubscribe-secret-unsubscribe-secret-0';
const WHO = {
  personId: '5b0e1f1e-8f5c-4c0e-9a55-0c7f7d1b2a3c',
  organizationId: '0a6f4a57-2b7e-4f43-8d0e-6c9f1c3e5d21',
  kind: NotificationKind.WEEKLY_BRIEF,
};

describe('unsubscribe tokens', () => {
  it('name who and which kind, signed', () => {
    expect(readUnsubscribeToken(SECRET, unsubscribeToken(SECRET, WHO))).toEqual(WHO);
  });

  it('are refused when signed with another secret, altered, or malformed', () => {
    const token = unsubscribeToken(SECRET, WHO);
    expect(readUnsubscribeToken(`${SECRET}x`, token)).toBeNull();
    const [payload, signature] = token.split('.');
    const other = Buffer.from(JSON.stringify([WHO.personId, WHO.organizationId, 'INVITATION'])).toString('base64url');
    expect(readUnsubscribeToken(SECRET, `${other}.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(SECRET, `${payload}.${signature}.x`)).toBeNull();
    for (const bad of ['', '.', 'abc', `${payload}.`]) expect(readUnsubscribeToken(SECRET, bad)).toBeNull();
  });

  it('refuse a kind that does not exist even when signed', () => {
    const bogus = Buffer.from(JSON.stringify([WHO.personId, WHO.organizationId, 'SPAM'])).toString('base64url');
    const signed = unsubscribeToken(SECRET, WHO).split('.')[1];
    expect(readUnsubscribeToken(SECRET, `${bogus}.${signed}`)).toBeNull();
  });

  it('give the RFC 8058 headers: an https-or-http URL in angle brackets and the one-click marker', () => {
    const headers = unsubscribeHeaders('https://fulcrum.example', SECRET, WHO);
    expect(headers['List-Unsubscribe']).toMatch(/^<https:\/\/fulcrum\.example\/unsubscribe\/[\w-]+\.[\w-]+>$/);
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });
});
