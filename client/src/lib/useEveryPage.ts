import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { LIMITS } from '@fulcrum/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** The Relay-style connection the server pages lists with. */
export interface Connection<Node> {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: Node }[];
}

interface PageVariables {
  first?: number | null;
  after?: string | null;
}

/**
 * Every node of a paged list: the server pages by at most 100 (`LIMITS.pageSizeMax`), so pages
 * are fetched one after another until the last, each appended to the cache (the field's type
 * policy merges them). `connection` picks the list out of the query's data.
 */
export function useEveryPage<Data, Node, Variables extends PageVariables = PageVariables>(
  document: TypedDocumentNode<Data, Variables>,
  connection: (data: Data) => Connection<Node>,
) {
  const { data, loading, error, fetchMore, refetch } = useQuery(document, {
    variables: { first: LIMITS.pageSizeMax } as Variables,
  });
  const [pageError, setPageError] = useState<unknown>(null);
  const requested = useRef<string | null>(null);
  const list = data ? connection(data) : null;
  const endCursor = list?.pageInfo.hasNextPage ? (list.pageInfo.endCursor ?? null) : null;

  useEffect(() => {
    if (!endCursor || requested.current === endCursor) return;
    requested.current = endCursor;
    fetchMore({ variables: { after: endCursor } as Partial<Variables> }).catch((failure: unknown) => {
      requested.current = null;
      setPageError(failure);
    });
  }, [endCursor, fetchMore]);

  const retry = useCallback(async () => {
    requested.current = null;
    setPageError(null);
    await refetch();
  }, [refetch]);

  const nodes = useMemo(() => list?.edges.map((edge) => edge.node) ?? [], [list]);
  return {
    nodes,
    totalCount: list?.totalCount ?? 0,
    /** Nothing to show yet. */
    loading: loading && !data,
    /** Some nodes shown, more pages on their way. */
    loadingMore: Boolean(endCursor) && !pageError,
    error: error ?? pageError,
    retry,
  };
}
