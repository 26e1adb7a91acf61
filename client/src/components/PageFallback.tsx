import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorCode } from '@fulcrum/shared';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { readProblem } from '@/lib/errors';
import { PageLoader } from './PageLoader';
import { ProblemAlert } from './ProblemAlert';

/** A page's query, as far as the fallback needs it. */
interface SubjectQuery {
  loading: boolean;
  /** The answer, once there is one. */
  data?: unknown;
  error?: unknown;
}

/**
 * Whether the page's one subject (a plan, a 1:1) is missing: the answer came without it, or the
 * server said NOT_FOUND (it does not exist, or it is not shared with the viewer).
 */
export function isMissing({ loading, data, error }: SubjectQuery, subject: unknown): boolean {
  return (
    (!loading && data !== undefined && !subject) ||
    (error !== undefined && readProblem(error).code === ErrorCode.NOT_FOUND)
  );
}

/** A query as far as the fallback goes: Apollo's `useQuery` result fits. */
interface RetriableQuery {
  loading: boolean;
  error?: unknown;
  refetch: () => Promise<unknown>;
}

/** How a page names its subject while opening it, and what it says when the subject is missing. */
export interface PageSubject {
  /** For the loader: "the plan". */
  name: string;
  notFoundTitle: string;
  /** Who may see such a subject, and where else to find it. */
  notFoundExplanation: string;
}

/**
 * What a page about one subject shows until it can show the subject: that it is missing, why the
 * first load failed (with a retry), or that it is opening.
 */
export function PageFallback({
  missing,
  query: { loading, error, refetch },
  subject,
}: {
  missing: boolean;
  query: RetriableQuery;
  subject: PageSubject;
}) {
  if (missing) {
    return (
      <Center mih={360}>
        <Paper withBorder radius="md" p="xl" maw={520} w="100%" role="alert">
          <Stack gap="sm">
            <Title order={1} fz={20}>
              {subject.notFoundTitle}
            </Title>
            <Text size="sm" c="dimmed">
              {subject.notFoundExplanation}
            </Text>
            <Button component={Link} to={paths.home.to()} w="fit-content">
              Go to Home
            </Button>
          </Stack>
        </Paper>
      </Center>
    );
  }
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} retrying={loading} />;
  return <PageLoader label={`Opening ${subject.name}…`} />;
}
