import nodemailer from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { Config } from '../../core/config';
import type { Logger } from '../../core/logger';
import { keepInDevMailbox } from './dev-mailbox';
import type { OutgoingMail } from './outgoing-mail';

export type { OutgoingMail };

export interface Mailer {
  /** Where emails go: an SMTP server, the development mailbox, or nowhere (production without SMTP_URL). */
  readonly kind: 'smtp' | 'dev-mailbox' | 'none';
  /** Hands the email over; throws when the server refuses it (the job is then retried). */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * The mailer this instance uses: SMTP when `SMTP_URL` is set; otherwise, outside production, the
 * development mailbox (a table every instance shares, shown at /dev/mailbox); in production
 * nothing leaves, which is said once at start (messages stay in the in-app inbox).
 */
export function createMailer(config: Config, db: DataSource, log: Logger): Mailer {
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport({ url: config.smtpUrl, ...SMTP_TIMEOUTS });
    return {
      kind: 'smtp',
      async send(mail) {
        await transport.sendMail({ from: config.mailFrom, ...mail });
      },
      close: () => transport.close(),
    };
  }
  if (config.nodeEnv !== 'production') {
    return {
      kind: 'dev-mailbox',
      send: (mail) => keepInDevMailbox(db, mail),
      close: () => undefined,
    };
  }
  log.warn('SMTP_URL is not set: no email is sent; notifications stay in the in-app inbox');
  return {
    kind: 'none',
    send: () => Promise.resolve(),
    close: () => undefined,
  };
}
