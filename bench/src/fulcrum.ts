/**
 * The pieces of Fulcrum's compiled server (server/dist) the bench uses, loaded as CommonJS.
 * The bench runs them exactly as `npm start` would, only under Node 22.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** server/dist of this checkout, or another build (`--candidate`) for a side-by-side comparison. */
export const SERVER_DIST = process.env.BENCH_FULCRUM_DIST
  ? `${process.env.BENCH_FULCRUM_DIST.replace(/\/$/, '')}/server/src/`
  : fileURLToPath(new URL('../../server/dist/server/src/', import.meta.url));

function load<T>(relative: string): T {
  try {
    return require(SERVER_DIST + relative) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') {
      throw new Error(
        `server/dist is missing (${relative}): run \`npm run bench\` from the repository root, which builds it first.`,
        { cause: error },
      );
    }
    throw error;
  }
}

type App = typeof import('../../server/dist/server/src/app.js');
type Embedded = typeof import('../../server/dist/server/src/db/embedded.js');
type Migrate = typeof import('../../server/dist/server/src/db/migrate.js');
type LoggerModule = typeof import('../../server/dist/server/src/logger.js');
type Password = typeof import('../../server/dist/server/src/modules/accounts/password.js');
type Tokens = typeof import('../../server/dist/server/src/modules/accounts/tokens.js');

export const fulcrum = {
  app: () => load<App>('app.js'),
  embedded: () => load<Embedded>('db/embedded.js'),
  migrate: () => load<Migrate>('db/migrate.js'),
  logger: () => load<LoggerModule>('logger.js'),
  password: () => load<Password>('modules/accounts/password.js'),
  tokens: () => load<Tokens>('modules/accounts/tokens.js'),
};

/** The session cookie Fulcrum sets on sign-in; PostGraphile and the raw server read the same one. */
export const SESSION_COOKIE = 'fulcrum_session';
