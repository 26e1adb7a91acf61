import { NotificationKind } from '@fulcrum/shared';
import express, { type Express } from 'express';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Logger } from '../core/logger';
import { turnOffEmail } from './preferences.service';

/** Who stops receiving which kind: what an unsubscribe link names, signed with SESSION_SECRET. */
export interface Unsubscription {
  personId: string;
  organizationId: string;
  kind: NotificationKind;
}

function signature(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`unsubscribe:${payload}`).digest('base64url');
}

export function unsubscribeToken(secret: string, who: Unsubscription): string {
  const payload = Buffer.from(JSON.stringify([who.personId, who.organizationId, who.kind])).toString('base64url');
  return `${payload}.${signature(secret, payload)}`;
}

/** The unsubscription a token names, or null when it was not signed by us or is malformed. */
export function readUnsubscribeToken(secret: string, token: string): Unsubscription | null {
  const [payload, signed, ...rest] = token.split('.');
  if (!payload || !signed || rest.length > 0) return null;
  const expected = Buffer.from(signature(secret, payload));
  const given = Buffer.from(signed);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [personId, organizationId, kind] = value as unknown[];
    if (typeof personId !== 'string' || typeof organizationId !== 'string') return null;
    if (!Object.values(NotificationKind).includes(kind as NotificationKind)) return null;
    return { personId, organizationId, kind: kind as NotificationKind };
  } catch {
    return null;
  }
}

/** The headers of RFC 8058 one-click unsubscribe, for an email of this kind to this person. */
export function unsubscribeHeaders(origin: string, secret: string, who: Unsubscription): Record<string, string> {
  return {
    'List-Unsubscribe': `<${unsubscribeUrl(origin, secret, who)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

export function unsubscribeUrl(origin: string, secret: string, who: Unsubscription): string {
  return `${origin}/unsubscribe/${unsubscribeToken(secret, who)}`;
}

/** Kinds that cannot be turned off: a password reset is only ever sent when asked for. */
const ALWAYS_SENT = new Set<NotificationKind>([NotificationKind.PASSWORD_RESET]);

const KIND_NAMES: Record<NotificationKind, string> = {
  INVITATION: 'invitations',
  PASSWORD_RESET: 'password-reset links',
  ONE_ON_ONE_PREPARE: '1:1 preparation reminders',
  ONE_ON_ONE_FOLLOW_UP: '1:1 follow-ups',
  CHECK_IN_DUE: 'check-in reminders',
  DELEGATION_AT_RISK: 'delegations at risk',
  ACTION_ITEM_DUE: 'action items due',
  REFLECTION_SHARED: 'reflections waiting for you',
  REFLECTION_DUE: 'reflections due',
  WEEKLY_BRIEF: 'the weekly brief',
};

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
}

const INVALID = page(
  'Link not valid',
  '<p>This unsubscribe link is not valid. Change what Fulcrum emails you in its settings.</p>',
);

/**
 * `GET /unsubscribe/:token` asks to confirm (link scanners and prefetchers follow GETs);
 * `POST /unsubscribe/:token` (the confirmation, or a mail client's RFC 8058 one-click request)
 * turns that kind of email off for that person.
 */
export function serveUnsubscribe(app: Express, db: DataSource, secret: string, log: Logger): void {
  app.get('/unsubscribe/:token', (req, res) => {
    const who = readUnsubscribeToken(secret, req.params.token);
    if (!who) {
      res.status(404).type('html').send(INVALID);
      return;
    }
    const what = KIND_NAMES[who.kind];
    res
      .type('html')
      .send(
        page(
          'Stop these emails?',
          `<p>Fulcrum will stop emailing you ${what}. They stay in your inbox in the app.</p><form method="post"><button type="submit">Stop emailing me ${what}</button></form>`,
        ),
      );
  });
  app.post('/unsubscribe/:token', express.urlencoded({ extended: false, limit: '1kb' }), async (req, res) => {
    const who = readUnsubscribeToken(secret, req.params.token);
    if (!who) {
      res.status(404).type('html').send(INVALID);
      return;
    }
    const what = KIND_NAMES[who.kind];
    if (ALWAYS_SENT.has(who.kind)) {
      res
        .type('html')
        .send(
          page(
            'Nothing to turn off',
            `<p>Fulcrum sends ${what} only when someone asks for one with your address, so there is nothing to turn off. If you did not ask, ignore those emails: your password stays as it is.</p>`,
          ),
        );
      return;
    }
    await turnOffEmail(db, who);
    log.info({ personId: who.personId, kind: who.kind }, 'email kind turned off by unsubscribe link');
    res.type('html').send(page('Unsubscribed', `<p>Fulcrum will no longer email you ${what}.</p>`));
  });
}
