import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * A secret sealed for a while in the database (a link's token in a job's payload until the email
 * is sent): AES-256-GCM under a key derived from SESSION_SECRET, so a copy of the database alone
 * reads no token, as with the keyed hashes the tokens are stored as.
 */
export type Sealed = string & { readonly sealed: unique symbol };

const ALGORITHM = 'aes-256-gcm';

function key(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'fulcrum', 'sealed secrets', 32));
}

export function seal(secret: string, text: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key(secret), iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.') as Sealed;
}

/** The text sealed with the same secret; null when it was sealed with another or altered. */
export function unseal(secret: string, sealed: string): string | null {
  // Fewer than three parts leave the last ones undefined; the type says so.
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url')) as (Buffer | undefined)[];
  if (!iv || !tag || !body || iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv(ALGORITHM, key(secret), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
