import { Skeleton, Stack, type MantineSpacing } from '@mantine/core';
import { ProblemAlert } from './ProblemAlert';

interface QueryFallbackProps {
  /** The query that has not answered (Apollo's `useQuery` result fits): loading, or failed. */
  query: { loading: boolean; error?: unknown; refetch: () => Promise<unknown> };
  /** Names the skeletons for assistive technology, e.g. "Loading requests". */
  label: string;
  /** The height of each skeleton, roughly that of what will replace it. */
  skeletons: readonly number[];
  gap: MantineSpacing;
}

/** What stands in for a query's answer not read yet: skeletons while it loads, or why it failed. */
export function QueryFallback({ query: { loading, error, refetch }, label, skeletons, gap }: QueryFallbackProps) {
  if (loading) {
    return (
      <Stack gap={gap} aria-label={label}>
        {skeletons.map((height, i) => (
          <Skeleton key={i} height={height} radius="md" />
        ))}
      </Stack>
    );
  }
  return error ? <ProblemAlert error={error} onRetry={() => void refetch()} retrying={loading} /> : null;
}
