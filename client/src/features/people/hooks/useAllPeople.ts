import { skipToken, useQuery } from '@apollo/client/react';
import { LIMITS } from '@fulcrum/shared';
import { useMemo } from 'react';
import { useEveryPage } from '@/lib/useEveryPage';
import { PeopleDocument } from '../api/gql/graphql';
import type { PersonCard } from '../utils/orgTree';

/** The most the server returns per page. */
export const PAGE_SIZE = LIMITS.pageSizeMax;

/** The whole organization for the chart, every page of it. */
export function useAllPeople() {
  const { nodes, totalCount, loading, loadingMore, error, retry } = useEveryPage(PeopleDocument, (data) => data.people);
  const people: PersonCard[] = nodes;
  const byId = useMemo(() => new Map(people.map((person) => [person.id, person])), [people]);
  return { people, byId, totalCount, loading, loadingMore, error, reload: retry };
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
