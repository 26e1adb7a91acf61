import { useQuery } from '@apollo/client/react';
import { REQUEST_WINDOW_DAYS, requestLoad } from '@fulcrum/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { RequestLoadDocument } from '../api/gql/graphql';
import { appendNewRequests } from '../utils/requestPages';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The hours help requests took over the last four weeks and their share of four weekly
 * budgets (the shared rule). Requests come newest first, a hundred at a time: pages follow
 * until one reaches past the window.
 */
export function useRequestLoad(planId: string, weeklyHours: number) {
  const { data, loading, error, fetchMore, refetch } = useQuery(RequestLoadDocument, {
    variables: { planId },
    fetchPolicy: 'cache-and-network',
  });
  const [pageError, setPageError] = useState<unknown>(null);
  const requested = useRef<string | null>(null);
  const connection = data?.plan?.helpRequests;
  const edges = useMemo(() => connection?.edges ?? [], [connection]);
  const oldest = edges.at(-1)?.node.receivedAt;
  // The window is measured from when the hook mounted: reading the clock during render would
  // make the result depend on when React happens to render.
  const [mountedAt] = useState(() => Date.now());
  const windowStart = mountedAt - REQUEST_WINDOW_DAYS * DAY_MS;
  const endCursor =
    connection?.pageInfo.hasNextPage && oldest && Date.parse(oldest) >= windowStart
      ? connection.pageInfo.endCursor
      : null;

  useEffect(() => {
    if (!endCursor || requested.current === endCursor) return;
    requested.current = endCursor;
    fetchMore({
      variables: { after: endCursor },
      updateQuery: appendNewRequests,
    }).catch((failure: unknown) => {
      requested.current = null;
      setPageError(failure);
    });
  }, [endCursor, fetchMore]);

  const load = useMemo(
    () =>
      requestLoad(
        edges.map((e) => ({
          receivedAt: new Date(e.node.receivedAt),
          hoursSpent: e.node.hoursSpent,
        })),
        weeklyHours,
      ),
    [edges, weeklyHours],
  );

  return {
    load,
    /** False until every request of the window has been read. */
    complete: Boolean(data?.plan) && !endCursor,
    loading: loading && !data,
    error: error ?? pageError,
    retry: () => {
      setPageError(null);
      requested.current = null;
      return refetch();
    },
  };
}
