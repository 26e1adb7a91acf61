import type { NotificationKind } from '@fulcrum/shared';
import type { ReactElement } from 'react';
import type { DataSource } from 'typeorm';
import type { Config } from '../core/config';
import type { JobRun } from '../core/jobs';
import type { Logger } from '../core/logger';
import type { Mailer } from './mail/mailer';
import { renderEmail } from './mail/templates';
import { Notification } from './notification.entity';
import { announceNotification } from './notification.events';
import { wantsEmail } from './preferences.service';
import { unsubscribeHeaders, unsubscribeUrl } from './unsubscribe';

/** What a job handler needs to send: the database, the mailer, and the origin links are built on. */
export interface DeliveryEnv {
  db: DataSource;
  log: Logger;
  config: Config;
  mailer: Mailer;
  /** PUBLIC_URL, or this instance's own URL when none is set. */
  origin: string;
}

/** One message, once its job decided it still applies (the access check is the job's). */
export interface Message {
  kind: NotificationKind;
  organizationId: string;
  recipientId: string;
  /** Where the email goes; null: inbox only. */
  to: string | null;
  /** The inbox item; `url` is absolute and carries no secret. */
  title: string;
  body: string;
  url: string;
  subject: { type: string; id: string } | null;
  email: { subject: string; render: (unsubscribeUrl: string) => ReactElement };
}

/**
 * Writes the inbox item (once per job: a retry finds the row its first attempt wrote) and
 * announces it, then sends the email unless it already left, the person turned this kind off,
 * or there is no address. A refused email throws, so graphile-worker retries the job with
 * backoff; the row's `emailed_at` keeps a retry after a success from sending it again. (An
 * instance that dies between the SMTP server's acceptance and that update sends it once more
 * when the job is retried: the Message-ID is the same, so mail systems can tell.)
 */
export async function deliver(env: DeliveryEnv, run: JobRun, message: Message): Promise<void> {
  const row = await env.db.transaction(async (em) => {
    const existing = await em.findOne(Notification, {
      where: { jobId: run.jobId },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing) return existing;
    const created = await em.save(
      em.create(Notification, {
        organizationId: message.organizationId,
        recipientId: message.recipientId,
        kind: message.kind,
        title: message.title,
        body: message.body,
        url: message.url,
        subjectType: message.subject?.type ?? null,
        subjectId: message.subject?.id ?? null,
        jobId: run.jobId,
        emailedAt: null,
        readAt: null,
      }),
    );
    await announceNotification(em, { id: created.id, recipientId: created.recipientId });
    return created;
  });
  if (row.emailedAt || !message.to || env.mailer.kind === 'none') return;
  if (!(await wantsEmail(env.db, message.recipientId, message.kind))) {
    env.log.info({ notificationId: row.id, kind: message.kind }, 'email not sent: this kind is turned off');
    return;
  }
  const who = { personId: message.recipientId, organizationId: message.organizationId, kind: message.kind };
  const secret = env.config.sessionSecret;
  const { html, text } = await renderEmail(message.email.render(unsubscribeUrl(env.origin, secret, who)));
  await env.mailer.send({
    messageId: `<${row.id}@${new URL(env.origin).hostname}>`,
    to: message.to,
    subject: message.email.subject,
    html,
    text,
    headers: unsubscribeHeaders(env.origin, secret, who),
  });
  await env.db.manager.update(Notification, { id: row.id }, { emailedAt: new Date() });
  env.log.info({ notificationId: row.id, kind: message.kind, jobId: run.jobId }, 'email sent');
}
