import { ErrorCode, SOCKET_LIMITS } from '@fulcrum/shared';
import {
  GraphQLError,
  getOperationAST,
  getVariableValues,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { CloseCode, type Context as SocketContext, type SubscribePayload } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { WebSocketServer } from 'ws';
import type { Logger } from '../core/logger';
import type { Context } from '../core/context';
import { formatError, logOperationErrors } from '../core/errors';
import { assertAffordable, parseOptions, validationRules } from '../core/limits';

/** Close code for a socket refused because its session holds too many already (4429: not retried by graphql-ws clients). */
export const TOO_MANY_CONNECTIONS = CloseCode.TooManyInitialisationRequests;

export interface WebSocketOptions {
  httpServer: HttpServer;
  schema: GraphQLSchema;
  introspection: boolean;
  log: Logger;
  /** Who holds a socket, for the per-session cap: the session id, or the address when signed out. */
  holderOf(request: IncomingMessage): Promise<string>;
  /** The context of one subscription, built like an HTTP request's. */
  context(request: IncomingMessage): Promise<Context>;
}

type SocketState = {
  /** Set once the socket counts against its holder's cap. */
  holder?: string;
};

type Socket = SocketContext<Record<string, unknown>, Extra & Partial<SocketState>>;

function refusal(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

function formatted(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
  return errors.map((error) => formatError(error.toJSON(), error));
}

/**
 * graphql-ws on `/graphql` with the protections of `POST /graphql` (core/limits.ts): the
 * parse limit, the same validation rules and introspection policy, the cost limit, variables
 * refused as BAD_USER_INPUT, errors logged and masked by `formatError`. Only subscriptions run
 * here: queries and mutations go over HTTP, where CSRF prevention, cookies and the abuse
 * limiters live, so the socket adds no second way to reach them. On top: a message size limit,
 * a connection-init timeout, and caps on subscriptions per socket and sockets per session.
 */
export function serveWebSocket(options: WebSocketOptions): { dispose(): void | Promise<void> } {
  const { httpServer, schema, log } = options;
  const rules = [...specifiedRules, ...validationRules({ introspection: options.introspection })];
  const sockets = new Map<string, number>();

  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: SOCKET_LIMITS.maxMessageBytes,
  });
  wsServer.on('error', (error) => log.error({ err: error }, 'WebSocket server error'));

  const release = (socket: Socket) => {
    const holder = socket.extra.holder;
    if (holder === undefined) return;
    socket.extra.holder = undefined;
    const left = (sockets.get(holder) ?? 1) - 1;
    if (left > 0) sockets.set(holder, left);
    else sockets.delete(holder);
  };

  const server = useServer<Record<string, unknown>, SocketState>(
    {
      schema,
      connectionInitWaitTimeout: SOCKET_LIMITS.connectionInitTimeoutMs,
      onConnect: (socket) => connect(options, sockets, socket),
      onClose: (socket) => release(socket),
      onSubscribe: async (socket, _id, payload) => {
        try {
          return await admit(options, rules, socket, payload);
        } catch (error) {
          // Never let a message take the socket (or the process) down: log it, answer masked.
          log.error({ err: error, transport: 'ws' }, 'unexpected error admitting a subscription');
          return [
            refusal(
              'Something went wrong on our side. It has been logged; try again.',
              ErrorCode.INTERNAL_SERVER_ERROR,
            ),
          ];
        }
      },
      onNext: (_socket, _id, _payload, args, result: ExecutionResult) => {
        if (!result.errors) return undefined;
        logOperationErrors((args.contextValue as Context | undefined)?.log ?? log, result.errors);
        return { ...result, errors: formatted(result.errors) };
      },
      onError: (_socket, _id, _payload, errors) => {
        logOperationErrors(log.child({ transport: 'ws' }), errors);
        return formatted(errors);
      },
    },
    wsServer,
  );
  return server;
}

/** Parse → validate → operation type → variables → cost; errors to send, or what to run. */
async function admit(
  options: WebSocketOptions,
  rules: readonly ValidationRule[],
  socket: Socket,
  payload: SubscribePayload,
): Promise<ExecutionArgs | readonly GraphQLError[]> {
  const { schema } = options;
  // The id being subscribed is already in `subscriptions`.
  if (Object.keys(socket.subscriptions).length > SOCKET_LIMITS.maxSubscriptionsPerConnection) {
    return [
      refusal(
        `At most ${SOCKET_LIMITS.maxSubscriptionsPerConnection} subscriptions run on one connection; end one first.`,
        ErrorCode.RATE_LIMITED,
      ),
    ];
  }
  if (typeof payload.query !== 'string') return [refusal('The subscription has no query text.', 'BAD_REQUEST')];
  let document;
  try {
    document = parse(payload.query, parseOptions);
  } catch (error) {
    if (error instanceof GraphQLError) return [refusal(error.message, 'GRAPHQL_PARSE_FAILED')];
    throw error;
  }
  const invalid = validate(schema, document, rules);
  if (invalid.length > 0) {
    return invalid.map((error) =>
      refusal(error.message, (error.extensions.code as string | undefined) ?? 'GRAPHQL_VALIDATION_FAILED'),
    );
  }
  const operationName = payload.operationName ?? undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) return [refusal('Name the operation to run.', 'BAD_REQUEST')];
  if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
    return [
      refusal('Only subscriptions run over the WebSocket; send queries and mutations to POST /graphql.', 'BAD_REQUEST'),
    ];
  }
  const variables = payload.variables ?? {};
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
    maxErrors: 25,
  });
  if (coerced.errors) return coerced.errors.map((error) => refusal(error.message, ErrorCode.BAD_USER_INPUT));
  try {
    assertAffordable(schema, document, operationName, variables);
  } catch (error) {
    if (error instanceof GraphQLError) return [error];
    throw error;
  }
  return {
    schema,
    document,
    operationName,
    variableValues: variables,
    contextValue: await options.context(socket.extra.request),
  };
}

/** A socket from our own origin, within its holder's cap of live connections; counts it. */
async function connect(options: WebSocketOptions, sockets: Map<string, number>, socket: Socket): Promise<boolean> {
  const { log } = options;
  if (!sameOrigin(socket.extra.request)) return false;
  let holder: string;
  try {
    holder = await options.holderOf(socket.extra.request);
  } catch (error) {
    log.warn({ err: error, transport: 'ws' }, 'could not identify a WebSocket connection');
    socket.extra.socket.close(1011, 'The service is briefly unavailable. Try again in a moment.');
    return false;
  }
  const open = sockets.get(holder) ?? 0;
  if (open >= SOCKET_LIMITS.maxConnectionsPerSession) {
    socket.extra.socket.close(
      TOO_MANY_CONNECTIONS,
      `${ErrorCode.RATE_LIMITED}: more than ${SOCKET_LIMITS.maxConnectionsPerSession} live connections; close other tabs`,
    );
    return false;
  }
  sockets.set(holder, open + 1);
  socket.extra.holder = holder;
  return true;
}

/** Browsers send cookies on cross-site WebSocket handshakes: accept only our own origin. */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
