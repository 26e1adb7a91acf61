import { SESSION_DAYS, type Role } from '@fulcrum/shared';
import { parse as parseCookies } from 'cookie';
import type { Express, Request, Response } from 'express';
import type { IncomingHttpHeaders } from 'node:http';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../core/context';
import { Session } from './session.entity';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'fulcrum_session';
const DAY_MS = 24 * 60 * 60 * 1000;
const SESSION_MS = SESSION_DAYS * DAY_MS;

export function sessionTokenFrom(headers: IncomingHttpHeaders): string | undefined {
  const header = headers.cookie;
  if (!header) return undefined;
  return parseCookies(header)[SESSION_COOKIE] || undefined;
}

/** Starts a session for an account and returns the token for the cookie. */
export async function createSession(
  em: EntityManager,
  secret: string,
  account: { id: string; organizationId: string },
): Promise<string> {
  const token = newToken();
  await em.insert(Session, {
    organizationId: account.organizationId,
    accountId: account.id,
    tokenHash: hashToken(secret, token),
    expiresAt: new Date(Date.now() + SESSION_MS),
  });
  return token;
}

export interface ResolvedSession {
  viewer: Viewer;
  /** True when the expiry was pushed forward and the cookie should be re-sent. */
  renewed: boolean;
}

/**
 * Finds the live session behind a token. The 30-day expiry slides: once a day of it has
 * been used, it is pushed forward again (one UPDATE a day per session, not per request).
 */
export async function resolveSession(db: DataSource, secret: string, token: string): Promise<ResolvedSession | null> {
  const rows: {
    session_id: string;
    expires_at: Date;
    account_id: string;
    person_id: string;
    organization_id: string;
    role: Role;
  }[] = await db.query(
    `SELECT s.id AS session_id, s.expires_at, a.id AS account_id, a.person_id, a.organization_id, a.role
         FROM session s JOIN account a ON a.id = s.account_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [hashToken(secret, token)],
  );
  const row = rows.at(0);
  if (!row) return null;
  let renewed = false;
  if (row.expires_at.getTime() - Date.now() < SESSION_MS - DAY_MS) {
    await db.query(`UPDATE session SET expires_at = now() + make_interval(days => $2) WHERE id = $1`, [
      row.session_id,
      SESSION_DAYS,
    ]);
    renewed = true;
  }
  return {
    renewed,
    viewer: {
      sessionId: row.session_id,
      accountId: row.account_id,
      personId: row.person_id,
      organizationId: row.organization_id,
      role: row.role,
    },
  };
}

export async function deleteSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.delete(Session, { id: sessionId });
}

const SECURE_COOKIES = 'fulcrum:secureCookies';

/**
 * Marks the session cookie `Secure` on every response of this app, whatever the request looks
 * like here: set when `PUBLIC_URL` is https (http/security-headers.ts), so a TLS proxy that is
 * not (yet) listed in `TRUST_PROXY` cannot make the server hand out a cookie that travels over
 * plain HTTP.
 */
export function requireSecureCookies(app: Express, on: boolean): void {
  app.locals[SECURE_COOKIES] = on;
}

/** `Secure` when the public URL is https, or when this request came over https (directly or from a trusted proxy). */
function secureCookie(req: Request): boolean {
  return req.app.locals[SECURE_COOKIES] === true || req.secure;
}

export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookie(req),
    path: '/',
    maxAge: SESSION_MS,
  });
}

/** Clears the cookie with the attributes it was set with (a browser matches them to delete it). */
export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookie(req),
    path: '/',
  });
}
