import 'reflect-metadata';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { REQUEST_LIMITS } from '@fulcrum/shared';
import express, { type ErrorRequestHandler, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import type { Config } from '../core/config';
import { createDataSource } from './db/data-source';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded';
import { runMigrations } from './db/migrate';
import type { AppServices, Context } from '../core/context';
import { compiledExecution } from '../core/executor';
import { DatabaseUnavailableError, formatError, isDatabaseUnavailable, logOperationErrors } from '../core/errors';
import { promising } from '../core/eventually';
import { costLimitPlugin, parseOptions, validationRules } from '../core/limits';
import { serveWebSocket } from './websocket';
import { buildFulcrumSchema } from './schema';
import { createLoaders } from './loaders';
import { wireHooks } from './hooks';
import { serveClient } from './http/client';
import { applyHttpSecurity } from './http/security-headers';
import { healthHandler } from './http/health';
import { createLogger, type Logger } from '../core/logger';
import {
  resolveSession,
  sessionTokenFrom,
  setSessionCookie,
  type ResolvedSession,
} from '../identity/accounts/session.service';
import { attemptLimiters } from '../identity/accounts/attempt-limiter';
import { calendarFeedHandler } from '../one-on-ones/calendar';
import { OneOnOneEvents } from '../one-on-ones/one-on-one.events';
import { seedDemoIfWanted, type DemoSignIn } from './seed/demo';
import { startJobRunner } from '../core/jobs';
import { createMailer, type Mailer } from '../notifications/mail/mailer';
import { devMailboxHandler } from '../notifications/mail/dev-mailbox';
import { NotificationEvents } from '../notifications/notification.events';
import { serveUnsubscribe } from '../notifications/unsubscribe';
import { taskHandlers } from './jobs';

export interface StartOptions {
  config: Config;
  log?: Logger;
  /** Observes every SQL statement of the application pool (tests count them). */
  onQuery?: (sql: string, parameters?: readonly unknown[]) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  db: DataSource;
  log: Logger;
  demoSignIns: DemoSignIn[];
  /** Graceful stop: refuse new connections, drain in-flight requests (10 s at most), close the database. */
  close(): Promise<void>;
}

const SHUTDOWN_GRACE_MS = 10_000;

/** database → migrations → seed → schema → HTTP and WebSocket on one port. */
export async function startServer({
  config,
  log = createLogger(config.logLevel),
  onQuery,
}: StartOptions): Promise<RunningServer> {
  // What has started so far, stopped in reverse order on failure or shutdown.
  const started: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const stop of started.reverse()) await stop();
  };
  wireHooks();
  try {
    let url = config.databaseUrl;
    if (!url) {
      const embedded: EmbeddedDatabase = await startEmbeddedDatabase(config.dataDir, log);
      started.push(() => embedded.stop());
      url = embedded.url;
    }
    const applied = await runMigrations(url, log);
    if (applied.length > 0) log.info({ migrations: applied }, 'migrations applied');

    const db = await createDataSource({ url, log, onQuery }).initialize();
    started.push(() => db.destroy());
    const demoSignIns = await seedDemoIfWanted(db, config.seedDemo, log);
    const events = new OneOnOneEvents(url, db, log);
    const schema = await buildFulcrumSchema(events.pubSub);
    await events.start();
    started.push(() => events.stop());
    const notificationEvents = new NotificationEvents(url, log);
    await notificationEvents.start();
    started.push(() => notificationEvents.stop());
    // Jobs read and write through their own small pool: they never take a request's connection
    // (and the statements tests count per request are the requests' own).
    const jobsDb = await createDataSource({ url, log, poolSize: 3 }).initialize();
    started.push(() => jobsDb.destroy());
    const mailer = createMailer(config, jobsDb, log);
    started.push(() => {
      mailer.close();
      return Promise.resolve();
    });
    const app: AppServices = {
      config,
      db,
      log,
      limiters: attemptLimiters(db),
      events,
      notificationEvents,
      loadersFor: (viewer) => createLoaders(db, viewer),
    };
    const server = await listen(app, schema, config.port, mailer);
    // Jobs start once links can be built (the URL is known after listening); graphile-worker
    // installs or migrates its own schema first. On shutdown, running jobs finish first.
    const jobs = await startJobRunner({
      url,
      log,
      handlers: taskHandlers({ db: jobsDb, log, config, mailer, origin: server.url }),
      pollIntervalMs: config.jobPollIntervalMs,
    }).catch(async (error: unknown) => {
      await server.stop();
      throw error;
    });

    return {
      ...server,
      db,
      log,
      demoSignIns,
      async close() {
        await jobs.stop();
        await server.stop();
        log.info('jobs stopped, HTTP drained; closing live events, the database pool and the embedded server');
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function listen(app: AppServices, schema: GraphQLSchema, port: number, mailer: Mailer) {
  const { config, db, log } = app;
  const expressApp = express();
  expressApp.disable('x-powered-by');
  // trust proxy (TRUST_PROXY), Secure cookies with an https PUBLIC_URL, helmet's headers on every response.
  applyHttpSecurity(expressApp, config);
  const httpServer = http.createServer(expressApp);

  expressApp.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      customProps: () => ({}),
      autoLogging: { ignore: (req) => req.url === '/healthz' },
    }),
  );

  expressApp.get('/healthz', healthHandler(db));
  expressApp.get('/calendar/:file', calendarFeedHandler(app));
  serveUnsubscribe(expressApp, db, config.sessionSecret, log);
  // Never in production: createMailer only keeps a development mailbox outside it.
  if (mailer.kind === 'dev-mailbox') {
    expressApp.get(['/dev/mailbox', '/dev/mailbox/:id'], devMailboxHandler(db));
  }

  const introspection = config.nodeEnv !== 'production';
  const ws = serveWebSocket({
    httpServer,
    schema,
    introspection,
    log,
    holderOf: async (request) =>
      (await viewerOf(app, request))?.sessionId ?? `address:${request.socket.remoteAddress ?? 'unknown'}`,
    context: async (request) => {
      const requestId = randomUUID();
      return requestContext(app, request, {
        requestId,
        log: log.child({ reqId: requestId, transport: 'ws' }),
      });
    },
  });

  const apollo = graphqlServer(schema, { httpServer, introspection, disposeSocket: () => ws.dispose() });
  await apollo.start();

  expressApp.use(
    '/graphql',
    express.json({ limit: REQUEST_LIMITS.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        // genReqId above makes every id a string.
        requestContext(app, req, { requestId: req.id as string, log: req.log, http: { req, res } }),
    }),
  );
  serveClient(expressApp, config.clientDist);
  expressApp.use(bodyErrorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, () => resolve());
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    port: actualPort,
    url: config.publicUrl ?? `http://localhost:${actualPort}`,
    stop: () => apollo.stop(),
  };
}

/** Apollo with the protections every transport applies (core/limits.ts), run by graphql-jit. */
function graphqlServer(
  schema: GraphQLSchema,
  {
    httpServer,
    introspection,
    disposeSocket,
  }: { httpServer: http.Server; introspection: boolean; disposeSocket: () => void | Promise<void> },
): ApolloServer<Context> {
  return new ApolloServer<Context>({
    gateway: compiledExecution(schema),
    formatError,
    parseOptions,
    validationRules: validationRules({ introspection }),
    introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns the signals: it drains HTTP, then closes the database and the embedded server.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: SHUTDOWN_GRACE_MS }),
      // No HTTP caching of GraphQL answers here; the plugin would cost a hook on every field.
      ApolloServerPluginCacheControlDisabled(),
      {
        serverWillStart() {
          return Promise.resolve({
            async drainServer() {
              await disposeSocket();
            },
          });
        },
      },
      costLimitPlugin(),
      errorLogPlugin(),
      // No landing page: Apollo's loads a third-party script (refused by our CSP anyway).
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}

/** The session the request's cookie names, if it is alive; a database outage answers 503. */
async function sessionOf(
  app: AppServices,
  req: IncomingMessage,
): Promise<(ResolvedSession & { token: string }) | null> {
  const token = sessionTokenFrom(req.headers);
  if (!token) return null;
  try {
    const session = await resolveSession(app.db, app.config.sessionSecret, token);
    return session && { ...session, token };
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw withStatus(new DatabaseUnavailableError(), 503);
    throw error;
  }
}

async function viewerOf(app: AppServices, req: IncomingMessage) {
  return (await sessionOf(app, req))?.viewer ?? null;
}

/** Builds the context of one operation: who is signed in, and the per-request loaders. */
async function requestContext(
  app: AppServices,
  req: IncomingMessage & Partial<Pick<Request, 'ip' | 'protocol' | 'get'>>,
  parts: { requestId: string; log: Logger; http?: { req: Request; res: Response } },
): Promise<Context> {
  const session = await sessionOf(app, req);
  if (session?.renewed && parts.http) setSessionCookie(parts.http.req, parts.http.res, session.token);
  const host = req.headers.host ?? `localhost:${app.config.port}`;
  const protocol = parts.http?.req.protocol ?? 'http';
  const viewer = session?.viewer ?? null;
  return {
    ...parts,
    app,
    viewer,
    loaders: app.loadersFor(viewer),
    clientAddress: parts.http?.req.ip ?? req.socket.remoteAddress ?? 'unknown',
    origin: app.config.publicUrl ?? `${protocol}://${host}`,
  };
}

function withStatus<E extends DatabaseUnavailableError>(error: E, status: number): E {
  error.extensions.http = { status };
  return error;
}

function errorLogPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        // Apollo builds the context before any request hook runs (a failure there goes to
        // contextCreationDidFail), so the request's logger is always there.
        didEncounterErrors: promising(({ errors, contextValue }) => {
          logOperationErrors(contextValue.log, errors);
        }),
      });
    },
  };
}

/** Malformed or oversized request bodies get a JSON error, never a crash or an HTML page. */
const bodyErrorHandler: ErrorRequestHandler = (
  error: { type?: string; status?: number; message?: string },
  req,
  res,
  next,
) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    error.type === 'entity.too.large'
      ? `The request body is larger than ${REQUEST_LIMITS.maxBodyBytes} bytes.`
      : error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : status < 500
          ? 'The request could not be read.'
          : 'Something went wrong on our side. It has been logged; try again.';
  // Errors of the middleware before pino-http (security headers) arrive without `req.log`.
  if (status >= 500) (req.log as Logger | undefined)?.error({ err: error }, 'unhandled HTTP error');
  res.status(status).json({
    errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }],
  });
};
