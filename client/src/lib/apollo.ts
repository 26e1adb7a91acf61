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
}

function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

export function createApolloClient({ onUnauthenticated }: ApolloOptions): ApolloClient {
  const httpLink = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    // Apollo Server's CSRF prevention accepts requests that cannot be simple CORS requests.
    headers: { 'apollo-require-preflight': 'true' },
  });

  // Lazy by default: the socket opens with the first subscription, not on page load.
  const wsLink = new GraphQLWsLink(createClient({ url: webSocketUrl(), lazy: true, retryAttempts: 10 }));

  const errorLink = new ErrorLink(({ error, operation }) => {
    if (operation.getContext()[SKIP_AUTH_REDIRECT]) return;
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === ErrorCode.UNAUTHENTICATED)
    ) {
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
        // A plan's week and readiness have no id of their own: a refetch merges them in place.
        Week: { merge: true },
        WeekShape: { merge: true },
        Readiness: { merge: true },
        HoursShift: { merge: true },
      },
    }),
  });
}
