import { Alert, Button, Group } from '@mantine/core';
import { explainProblem, readProblem, type Problem } from '@/lib/errors';
import { IconAlert } from './icons';

interface ProblemAlertProps {
  /** An Apollo error (or anything thrown), or an already read problem. */
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  /** Replaces the generic explanation when the caller knows better what to do next. */
  message?: string;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'fields' in value;
}

/** An error in words, with what to do next and, when it makes sense, a retry button. */
export function ProblemAlert({ error, onRetry, retrying, message }: ProblemAlertProps) {
  const problem = isProblem(error) ? error : readProblem(error);
  const explained = explainProblem(problem);
  return (
    <Alert color="red" variant="light" title={explained.title} icon={<IconAlert />} role="alert">
      {message ?? explained.message}
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="white" color="red" onClick={onRetry} loading={retrying}>
            Try again
          </Button>
        </Group>
      )}
    </Alert>
  );
}

/** A query as far as retrying it goes: Apollo's `useQuery` result fits. */
interface RetriableQuery {
  error?: unknown;
  loading: boolean;
  refetch: () => Promise<unknown>;
}

/**
 * A query that answered before but could not refresh it: what that means for what is shown, with
 * a retry. Nothing while the query has not failed.
 */
export function RefreshProblem({
  query: { error, loading, refetch },
  message,
}: {
  query: RetriableQuery;
  message: string;
}) {
  return error ? (
    <ProblemAlert error={error} onRetry={() => void refetch()} retrying={loading} message={message} />
  ) : null;
}
