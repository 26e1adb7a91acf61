import { skipToken, useQuery } from '@apollo/client/react';
import { LIMITS } from '@fulcrum/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { PeopleDocument } from '../api/gql/graphql';
import type { PersonCard } from '../utils/orgTree';

/** The most the server returns per page. */
export const PAGE_SIZE = LIMITS.pageSizeMax;

/**
 * The whole organization for the chart: the server pages `people` by at most 100, so pages
 * are fetched one after another until `hasNextPage` is false, each appended to the cache.
 */
export function useAllPeople() {
  const { data, loading, error, fetchMore, refetch } = useQuery(PeopleDocument, {
    variables: { first: PAGE_SIZE },
  });
  const [pageError, setPageError] = useState<unknown>(null);
  const requested = useRef<string | null>(null);

  const pageInfo = data?.people.pageInfo;
  const endCursor = pageInfo?.hasNextPage ? pageInfo.endCursor : null;

  useEffect(() => {
    if (!endCursor || requested.current === endCursor) return;
    requested.current = endCursor;
    fetchMore({ variables: { after: endCursor } }).catch((failure: unknown) => {
      requested.current = null;
      setPageError(failure);
    });
  }, [endCursor, fetchMore]);

  const reload = useCallback(async () => {
    requested.current = null;
    setPageError(null);
    await refetch();
  }, [refetch]);

  const people = useMemo<PersonCard[]>(() => data?.people.edges.map((edge) => edge.node) ?? [], [data]);
  const byId = useMemo(() => new Map(people.map((person) => [person.id, person])), [people]);

  return {
    people,
    byId,
    totalCount: data?.people.totalCount ?? 0,
    /** Nothing to show yet. */
    loading: loading && !data,
    /** Some people shown, more pages on their way. */
    loadingMore: Boolean(endCursor) && !pageError,
    error: error ?? pageError,
    reload,
  };
}

/** Server-side search (name, title, specialty...) for the search box. */
export function usePeopleSearch(search: string) {
  const { data, loading, error, previousData } = useQuery(
    PeopleDocument,
    search ? { variables: { search, first: PAGE_SIZE } } : skipToken,
  );
  const result = data ?? previousData;
  const matches = useMemo(() => result?.people.edges.map((edge) => edge.node) ?? [], [result]);
  return {
    matches,
    totalCount: result?.people.totalCount ?? 0,
    hasMore: result?.people.pageInfo.hasNextPage ?? false,
    searching: loading,
    error,
  };
}
