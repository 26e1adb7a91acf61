import { createHmac, randomBytes } from 'node:crypto';

/** A fresh URL-safe secret with 256 bits of entropy. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Tokens are stored as an HMAC keyed by SESSION_SECRET: a copy of the database alone
 * can neither use nor forge sessions and invitation links.
 */
export function hashToken(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}
