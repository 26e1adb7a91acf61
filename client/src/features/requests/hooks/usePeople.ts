import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@fulcrum/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { RequesterPeopleDocument } from '../api/gql/graphql';

/**
 * Everyone of the organization, to pick who asked: the server pages by at most 100, so
 * pages follow one another until the last.
 */
export function usePeople() {
  const { data, loading, error, fetchMore, refetch } = useQuery(RequesterPeopleDocument, {
    variables: { first: LIMITS.pageSizeMax },
  });
  const [pageError, setPageError] = useState<unknown>(null);
  const requested = useRef<string | null>(null);
  const endCursor = data?.people.pageInfo.hasNextPage ? data.people.pageInfo.endCursor : null;

  useEffect(() => {
    if (!endCursor || requested.current === endCursor) return;
    requested.current = endCursor;
    fetchMore({ variables: { after: endCursor } }).catch((failure: unknown) => {
      requested.current = null;
      setPageError(failure);
    });
  }, [endCursor, fetchMore]);

  const people = useMemo(() => data?.people.edges.map((edge) => edge.node) ?? [], [data]);
  return {
    people,
    loading: (loading && !data) || Boolean(endCursor && !pageError),
    error: error ?? pageError,
    retry: () => {
      setPageError(null);
      requested.current = null;
      return refetch();
    },
  };
}
