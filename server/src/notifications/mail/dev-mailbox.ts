import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import type { OutgoingMail } from './outgoing-mail';

/** Keeps an email in the development mailbox (no SMTP_URL, outside production). */
export async function keepInDevMailbox(db: DataSource, mail: OutgoingMail): Promise<void> {
  await db.query(
    `INSERT INTO dev_mailbox_message (message_id, recipient, subject, html, text, headers) VALUES ($1, $2, $3, $4, $5, $6)`,
    [mail.messageId, mail.to, mail.subject, mail.html, mail.text, JSON.stringify(mail.headers)],
  );
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Shown pages: no script, styles inline (an email's HTML is made of them), images from anywhere. */
const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; form-action 'none'; frame-ancestors 'none'";

const SHOWN = 100;

/**
 * `GET /dev/mailbox`: the latest emails, newest first; `/dev/mailbox/:id` one email's HTML part,
 * `/dev/mailbox/:id.txt` its text part. Mounted only outside production.
 */
export function devMailboxHandler(db: DataSource): RequestHandler {
  return async (req, res) => {
    res.setHeader('Content-Security-Policy', PAGE_POLICY);
    const id = (req.params as { id?: string }).id;
    if (id === undefined) {
      const rows: { id: string; recipient: string; subject: string; created_at: Date }[] = await db.query(
        `SELECT id, recipient, subject, created_at FROM dev_mailbox_message ORDER BY id DESC LIMIT ${SHOWN}`,
      );
      const items = rows
        .map(
          (r) =>
            `<li><a href="/dev/mailbox/${r.id}">${escape(r.subject)}</a> to ${escape(r.recipient)} at ${r.created_at.toISOString()} (<a href="/dev/mailbox/${r.id}.txt">text</a>)</li>`,
        )
        .join('\n');
      res
        .type('html')
        .send(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Development mailbox</title></head><body><h1>Development mailbox</h1><p>Emails Fulcrum would have sent (no SMTP_URL is set). Newest first, the last ${SHOWN}.</p><ul>${items || '<li>No email yet.</li>'}</ul></body></html>`,
        );
      return;
    }
    const match = /^(\d{1,18})(\.txt)?$/.exec(id);
    const rows: { html: string; text: string }[] = match
      ? await db.query(`SELECT html, text FROM dev_mailbox_message WHERE id = $1`, [match[1]])
      : [];
    const row = rows.at(0);
    if (!match || !row) {
      res.status(404).type('text').send('No such email.');
      return;
    }
    if (match[2]) res.type('text').send(row.text);
    else res.type('html').send(row.html);
  };
}
