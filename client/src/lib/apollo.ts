import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination } from '@apollo/client/utilities';
import { ErrorCode } from '@fulcrum/shared';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

/**
 * Set `context: { [SKIP_AUTH_REDIRECT]: true }` on operations whose UNAUTHENTICATED error
 * means "wrong credentials" rather than "your session ended" (sign in, accept invitation).
 */
export const SKIP_AUTH_REDIRECT = 'skipAuthRedirect';

export interface ApolloOptions {
  /** Called when any request finds the session gone. */
  onUnauthenticated: () => void;
  /** Where the WebSocket reports its state; the app's one `liveSocket` unless a test passes another. */
  live?: LiveSocket;
}

/** The WebSocket of subscriptions as a screen sees it. */
export type LiveStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'closed';

/**
 * The state of the subscription WebSocket, and every time it (re)connects. graphql-ws resubscribes
 * by itself after a drop, but what happened while the socket was down is never replayed: a screen
 * that shows live data listens to `onConnected` and refetches when `wasRetry` (or when it already
 * saw a connection: after a give-up and a restart the new socket is not a "retry").
 */
export class LiveSocket {
  private status: LiveStatus = 'idle';
  private readonly statusListeners = new Set<() => void>();
  private readonly connectedListeners = new Set<(wasRetry: boolean) => void>();

  /** Why the server last refused the socket (too many open per session), until it connects again. */
  private refusal: string | null = null;

  readonly getStatus = (): LiveStatus => this.status;

  readonly getRefusal = (): string | null => this.refusal;

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  /** Called on every connection: the first, each retry after a drop, each reopening. */
  onConnected(listener: (wasRetry: boolean) => void): () => void {
    this.connectedListeners.add(listener);
    return () => this.connectedListeners.delete(listener);
  }

  /** graphql-ws `on` listeners, given once when the client is created. */
  readonly handlers = {
    connecting: (isRetry: boolean) => this.set(isRetry ? 'reconnecting' : 'connecting'),
    connected: (_socket: unknown, _payload: unknown, wasRetry: boolean) => {
      this.refusal = null;
      this.set('connected');
      // A copy: a listener may unsubscribe itself while being called.
      for (const listener of [...this.connectedListeners]) listener(wasRetry);
    },
    closed: (event: unknown) => {
      const { code, reason } = (event ?? {}) as { code?: number; reason?: string };
      // The server's cap on sockets per session (4429, "RATE_LIMITED: …"): not retried by graphql-ws.
      if (code === TOO_MANY_SOCKETS)
        this.refusal = reason?.replace(/^RATE_LIMITED:\s*/, '') || 'too many live connections';
      this.set('closed');
    },
  };

  private set(status: LiveStatus): void {
    if (status === this.status) return;
    this.status = status;
    for (const listener of [...this.statusListeners]) listener();
  }
}

/** Close code of a socket refused because its session has too many open (see the server's app/websocket.ts). */
export const TOO_MANY_SOCKETS = 4429;

/** The socket of the app's one client. */
export const liveSocket = new LiveSocket();

function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

export function createApolloClient({ onUnauthenticated, live = liveSocket }: ApolloOptions): ApolloClient {
  const httpLink = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // Apollo Server's CSRF prevention accepts requests that cannot be simple CORS requests.
    headers: { 'apollo-require-preflight': 'true' },
  });

  // Lazy by default: the socket opens with the first subscription, not on page load.
  const wsLink = new GraphQLWsLink(
    createClient({ url: webSocketUrl(), lazy: true, retryAttempts: 10, on: live.handlers }),
  );

  const errorLink = new ErrorLink(({ error, operation }) => {
    if (operation.getContext()[SKIP_AUTH_REDIRECT]) return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === ErrorCode.UNAUTHENTICATED)) {
      onUnauthenticated();
    }
  });

  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    wsLink,
    httpLink,
  );

  return new ApolloClient({
    link: ApolloLink.from([errorLink, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // One cached list per search text; pages are appended as they load.
            people: relayStylePagination(['search']),
          },
        },
        // Viewer, Organization and PageInfo hang off their parent; Person is keyed by id.
        Viewer: { keyFields: false, merge: true },
        // A plan's 1:1s, newest first: "Load more" appends the next page.
        GrowthPlan: { fields: { oneOnOnes: relayStylePagination() } },
        // A plan's week and readiness have no id of their own: a refetch merges them in place.
        Week: { merge: true },
        WeekShape: { merge: true },
        Readiness: { merge: true },
        HoursShift: { merge: true },
      },
    }),
  });
}
