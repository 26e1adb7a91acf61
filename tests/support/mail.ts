import { simpleParser, type ParsedMail } from 'mailparser';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** An email as the test SMTP server received it, parsed. */
export interface ReceivedMail {
  /** The RCPT TO addresses of the SMTP envelope. */
  envelopeTo: string[];
  parsed: ParsedMail;
  to: string;
  subject: string;
  text: string;
  html: string;
  header(name: string): string | undefined;
}

export interface TestSmtpOptions {
  /** Refuse this many deliveries (451 after DATA, a temporary failure) before accepting. */
  refuseFirst?: number;
}

const USER = 'fulcrum';
const PASSWORD = 'smtp-test-password';

/**
 * A real SMTP server on loopback (the npm package `smtp-server`) that checks the credentials of
 * the URL it hands out, parses what arrives with `mailparser`, and lets a test wait for a message.
 */
export class TestSmtp {
  readonly received: ReceivedMail[] = [];
  refused = 0;
  private readonly arrivals = new EventEmitter();
  private server: SMTPServer | undefined;
  private port = 0;

  constructor(private readonly options: TestSmtpOptions = {}) {}

  get url(): string {
    return `smtp://${USER}:${PASSWORD}@127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      logger: false,
      disableReverseLookup: true,
      onAuth: (auth, _session, callback) => {
        if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: USER });
        else callback(new Error('Invalid username or password'));
      },
      onData: (stream, session, callback) => {
        if (this.refused < (this.options.refuseFirst ?? 0)) {
          this.refused++;
          stream.resume();
          stream.on('end', () => {
            const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
            callback(error);
          });
          return;
        }
        simpleParser(stream)
          .then((parsed) => {
            this.accept(
              session.envelope.rcptTo.map((r) => r.address),
              parsed,
            );
            callback();
          })
          .catch((error: unknown) => callback(error as Error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  private accept(envelopeTo: string[], parsed: ParsedMail): void {
    const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '');
    const mail: ReceivedMail = {
      envelopeTo,
      parsed,
      to,
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : '',
      // The raw header line, unfolded: mailparser reshapes some (List-*) into objects.
      header: (name) =>
        parsed.headerLines
          .find((line) => line.key === name.toLowerCase())
          ?.line.replace(/^[^:]+:\s*/, '')
          .replace(/\r?\n\s+/g, ' '),
    };
    this.received.push(mail);
    this.arrivals.emit('mail', mail);
  }

  /** The messages to an address so far. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.envelopeTo.includes(address));
  }

  /** The first message (already here or arriving within the timeout) to `address`. */
  waitFor(address: string, timeoutMs = 10_000): Promise<ReceivedMail> {
    return this.waitUntil((m) => m.envelopeTo.includes(address), timeoutMs);
  }

  /** Resolves with the first message that matches, already received or arriving within the timeout. */
  waitUntil(match: (mail: ReceivedMail) => boolean, timeoutMs = 10_000): Promise<ReceivedMail> {
    const found = this.received.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const onMail = (mail: ReceivedMail) => {
        if (!match(mail)) return;
        clearTimeout(timer);
        this.arrivals.off('mail', onMail);
        resolve(mail);
      };
      const timer = setTimeout(() => {
        this.arrivals.off('mail', onMail);
        reject(new Error(`no matching email within ${timeoutMs} ms (received: ${this.received.length})`));
      }, timeoutMs);
      this.arrivals.on('mail', onMail);
    });
  }

  /** Resolves once `count` messages in all have arrived. */
  waitForCount(count: number, timeoutMs = 20_000): Promise<void> {
    let seen = this.received.length;
    if (seen >= count) return Promise.resolve();
    return this.waitUntil(() => ++seen >= count, timeoutMs).then(() => undefined);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The link in a message's text part that starts with `prefix`. */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.startsWith(prefix));
  if (!link) throw new Error(`no link starting with ${prefix} in:\n${mail.text}`);
  return link;
}

/** The URL of a message's List-Unsubscribe header. */
export function unsubscribeLink(mail: ReceivedMail): string {
  const header = mail.header('List-Unsubscribe') ?? '';
  const match = /<(https?:\/\/[^>]+)>/.exec(header);
  if (!match) throw new Error(`no List-Unsubscribe URL: ${header}`);
  return match[1];
}

/** Waits for a condition checked on the database or the API (not a sleep: it ends as soon as it holds). */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
