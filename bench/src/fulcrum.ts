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

function load(relative: string): unknown {
  try {
    return require(SERVER_DIST + relative);
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

type App = typeof import('../../server/dist/server/src/app/app.js');
type Embedded = typeof import('../../server/dist/server/src/app/db/embedded.js');
type Migrate = typeof import('../../server/dist/server/src/app/db/migrate.js');
type LoggerModule = typeof import('../../server/dist/server/src/core/logger.js');
type Password = typeof import('../../server/dist/server/src/identity/accounts/password.js');
type Tokens = typeof import('../../server/dist/server/src/identity/accounts/tokens.js');

export const fulcrum = {
  app: () => load('app/app.js') as App,
  embedded: () => load('app/db/embedded.js') as Embedded,
  migrate: () => load('app/db/migrate.js') as Migrate,
  logger: () => load('core/logger.js') as LoggerModule,
  password: () => load('identity/accounts/password.js') as Password,
  tokens: () => load('identity/accounts/tokens.js') as Tokens,
};

/** The session cookie Fulcrum sets on sign-in; PostGraphile and the raw server read the same one. */
export const SESSION_COOKIE = 'fulcrum_session';
