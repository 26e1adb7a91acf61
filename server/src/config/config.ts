import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bool, cleanEnv, port, str, url } from 'envalid';

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
      LOG_LEVEL: str({ choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' }),
      PUBLIC_URL: url({ default: undefined }),
      FULCRUM_CLIENT_DIST: str({ default: path.join(path.dirname(require.resolve('@fulcrum/client/package.json')), 'dist') }),
    },
    {
      reporter: ({ errors }) => {
        for (const [key, error] of Object.entries(errors)) {
          problems.push(`${key}: ${(error as Error).message}`);
        }
      },
    },
  );

  const nodeEnv = parsed.NODE_ENV as Config['nodeEnv'];
  const dataDir = path.resolve(parsed.FULCRUM_DATA_DIR);
  let sessionSecret = parsed.SESSION_SECRET as string | undefined;
  if (sessionSecret !== undefined && sessionSecret.length < MIN_SECRET_LENGTH) {
    problems.push(`SESSION_SECRET: must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  if (sessionSecret === undefined && nodeEnv === 'production') {
    problems.push('SESSION_SECRET: required when NODE_ENV=production');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  sessionSecret ??= developmentSecret(dataDir);

  return {
    nodeEnv,
    port: parsed.PORT,
    databaseUrl: parsed.DATABASE_URL as string | undefined,
    dataDir,
    sessionSecret,
    seedDemo: parsed.FULCRUM_SEED_DEMO as boolean | undefined,
    logLevel: parsed.LOG_LEVEL as Config['logLevel'],
    publicUrl: (parsed.PUBLIC_URL as string | undefined)?.replace(/\/$/, ''),
    clientDist: path.resolve(parsed.FULCRUM_CLIENT_DIST),
  };
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
