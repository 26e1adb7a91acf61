/** A query of a plan's help requests, paged. */
interface PagedRequests {
  plan?: { helpRequests: { edges: readonly { node: { id: string } }[] } } | null;
}

/** Adds the next page after the requests already read, skipping any that moved onto it meanwhile. */
export function appendNewRequests<Data extends PagedRequests>(
  previous: Data,
  { fetchMoreResult }: { fetchMoreResult: Data },
): Data {
  if (!previous.plan || !fetchMoreResult.plan) return previous;
  const seen = new Set(previous.plan.helpRequests.edges.map((e) => e.node.id));
  return {
    ...previous,
    plan: {
      ...previous.plan,
      helpRequests: {
        ...fetchMoreResult.plan.helpRequests,
        edges: [
          ...previous.plan.helpRequests.edges,
          ...fetchMoreResult.plan.helpRequests.edges.filter((e) => !seen.has(e.node.id)),
        ],
      },
    },
  };
}
