import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { bool, cleanEnv, num, port, str, url } from 'envalid';

export interface Config {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  /** An external PostgreSQL; when absent the embedded one is started. */
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  /** undefined: seed only when the database is empty. */
  seedDemo: boolean | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Origin used in links the server hands out (invitations, calendar feeds). */
  publicUrl: string | undefined;
  /** Path of the built client; served at `/` when it exists. */
  clientDist: string;
  /**
   * Express `trust proxy`: whose `X-Forwarded-For` / `-Proto` / `-Host` are believed when working out
   * `req.ip` and `req.protocol`. Names (`loopback`, `linklocal`, `uniquelocal`), addresses and CIDR
   * ranges, or a number of proxy hops; `false` believes none. Default `['loopback']`.
   */
  trustProxy: string[] | number | false;
  /**
   * Outgoing mail: `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…` (TLS from
   * the start). Absent: outside production messages go to the development mailbox (`/dev/mailbox`);
   * in production they stay in the in-app inbox only (one warning at start).
   */
  smtpUrl: string | undefined;
  /** The sender of every email, `Name <address>` or an address. */
  mailFrom: string;
  /** How often the job runner looks for jobs due later (retries, reminders); new jobs arrive at once by LISTEN. */
  jobPollIntervalMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const SECRET_FILE = 'session-secret';
const MIN_SECRET_LENGTH = 32;

/**
 * Parses and validates the environment once. Every bad key is collected and reported
 * together in a ConfigError, so a misconfigured deployment is fixed in one round.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const parsed = cleanEnv(
    env,
    {
      NODE_ENV: str({ choices: ['development', 'test', 'production'], default: 'development' }),
      PORT: port({ default: 4000 }),
      DATABASE_URL: url({ default: undefined }),
      FULCRUM_DATA_DIR: str({ default: './.data' }),
      SESSION_SECRET: str({ default: undefined }),
      FULCRUM_SEED_DEMO: bool({ default: undefined }),
      LOG_LEVEL: str({
        choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
        default: 'info',
      }),
      PUBLIC_URL: url({ default: undefined }),
      TRUST_PROXY: str({ default: 'loopback' }),
      SMTP_URL: str({ default: undefined }),
      MAIL_FROM: str({ default: undefined }),
      FULCRUM_JOB_POLL_MS: num({ default: 2_000 }),
      FULCRUM_CLIENT_DIST: str({
        default: path.join(path.dirname(require.resolve('@fulcrum/client/package.json')), 'dist'),
      }),
    },
    {
      reporter: ({ errors }) => {
        for (const [key, error] of Object.entries(errors)) {
          problems.push(`${key}: ${error.message}`);
        }
      },
    },
  );

  const nodeEnv = parsed.NODE_ENV;
  const dataDir = path.resolve(parsed.FULCRUM_DATA_DIR);
  let sessionSecret = parsed.SESSION_SECRET;
  if (sessionSecret !== undefined && sessionSecret.length < MIN_SECRET_LENGTH) {
    problems.push(`SESSION_SECRET: must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  if (sessionSecret === undefined && nodeEnv === 'production') {
    problems.push('SESSION_SECRET: required when NODE_ENV=production');
  }
  const smtpProblem = parsed.SMTP_URL === undefined ? null : smtpUrlProblem(parsed.SMTP_URL);
  if (smtpProblem) problems.push(`SMTP_URL: ${smtpProblem}`);
  const mailFromProblem = parsed.MAIL_FROM === undefined ? null : mailFromProblemOf(parsed.MAIL_FROM);
  if (mailFromProblem) problems.push(`MAIL_FROM: ${mailFromProblem}`);
  if (nodeEnv === 'production' && parsed.SMTP_URL !== undefined) {
    if (parsed.MAIL_FROM === undefined) problems.push('MAIL_FROM: required with SMTP_URL when NODE_ENV=production');
    if (parsed.PUBLIC_URL === undefined)
      problems.push('PUBLIC_URL: required with SMTP_URL when NODE_ENV=production (links in emails are absolute)');
  }
  if (parsed.FULCRUM_JOB_POLL_MS < 10 || parsed.FULCRUM_JOB_POLL_MS > 60_000)
    problems.push('FULCRUM_JOB_POLL_MS: must be between 10 and 60000');
  const trustProxy = parseTrustProxy(parsed.TRUST_PROXY);
  if (typeof trustProxy === 'string') problems.push(`TRUST_PROXY: ${trustProxy}`);
  // A bad TRUST_PROXY is among the problems; the second test only tells TypeScript so.
  if (problems.length > 0 || typeof trustProxy === 'string') throw new ConfigError(problems);
  sessionSecret ??= developmentSecret(dataDir);

  return {
    nodeEnv,
    port: parsed.PORT,
    databaseUrl: parsed.DATABASE_URL,
    dataDir,
    sessionSecret,
    seedDemo: parsed.FULCRUM_SEED_DEMO,
    logLevel: parsed.LOG_LEVEL,
    publicUrl: parsed.PUBLIC_URL?.replace(/\/$/, ''),
    clientDist: path.resolve(parsed.FULCRUM_CLIENT_DIST),
    trustProxy,
    smtpUrl: parsed.SMTP_URL,
    mailFrom: parsed.MAIL_FROM ?? 'Fulcrum <fulcrum@localhost>',
    jobPollIntervalMs: parsed.FULCRUM_JOB_POLL_MS,
  };
}

/** What is wrong with an `SMTP_URL`, or null: smtp:// or smtps://, a host, credentials both or neither. */
export function smtpUrlProblem(value: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return 'not a URL; expected smtp://user:password@host:587 or smtps://user:password@host:465';
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') return 'must start with smtp:// or smtps://';
  if (!parsed.hostname) return 'names no host';
  if ((parsed.username === '') !== (parsed.password === '')) return 'give both a user and a password, or neither';
  return null;
}

/** What is wrong with a `MAIL_FROM`, or null: `address` or `Name <address>`, one line. */
export function mailFromProblemOf(value: string): string | null {
  if (/[\r\n]/.test(value)) return 'must be one line';
  const match = /^(?:[^<>]*<([^<>\s]+)>|([^<>\s]+))$/.exec(value.trim());
  const address = match?.[1] ?? match?.[2];
  if (!address || !/^[^@\s]+@[^@\s]+$/.test(address)) return 'expected an address or Name <address>';
  return null;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * `TRUST_PROXY` → Express's `trust proxy`, or a string saying what is wrong with it. `true`
 * (believe every hop) is refused: any client could then pick the address it is rate-limited by.
 */
export function parseTrustProxy(value: string): Config['trustProxy'] | string {
  const text = value.trim().toLowerCase();
  if (text === 'false' || text === 'none') return false;
  if (text === 'true' || text === '*') {
    return 'trusting every address would let any client choose its own address; give the proxy’s address, range or a hop count';
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops >= 1 && hops <= 10 ? hops : 'a hop count must be between 1 and 10';
  }
  const entries = text.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !PROXY_NAMES.has(entry) && !isAddressOrRange(entry));
  if (entries.length === 0 || bad.length > 0) {
    return `not an address, CIDR range, hop count or one of loopback, linklocal, uniquelocal: ${bad.map((b) => JSON.stringify(b)).join(', ') || '""'}`;
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  // `prefix` is undefined when the entry has no '/': the type says so (noUncheckedIndexedAccess is off).
  const [address = '', prefix, ...rest] = entry.split('/') as (string | undefined)[];
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Outside production a secret is generated once and kept beside the embedded database. */
function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, SECRET_FILE);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString('hex');
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
