import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Box, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ANTI_PATTERN_LABELS, AntiPattern, OVERWHELMED_SHARE, REQUEST_WINDOW_DAYS } from '@fulcrum/shared';
import { useState } from 'react';
import { IconAlert } from '@/components/icons';
import { AddButton } from '@/components/ActionButtons';
import { EmptyCard } from '@/components/EmptyCard';
import { QueryFallback } from '@/components/QueryFallback';
import { ProblemAlert } from '@/components/ProblemAlert';
import { usePlanScope } from '@/lib/planScope';
import { HelpRequestsDocument, type RequestsPlanFragment } from '../api/gql/graphql';
import { appendNewRequests } from '../utils/requestPages';
import { useRequestLoad } from '../hooks/useRequestLoad';
import { RequestForm } from './RequestForm';
import { RequestCard } from './RequestCard';
import { SectionHeader } from '@/components/SectionHeader';

const PAGE_SIZE = 10;

/** The help-request triage: the load of the last four weeks, the form, and the list. */
export function RequestsTab() {
  const { plan, canWrite } = usePlanScope<RequestsPlanFragment>();
  const [logging, setLogging] = useState(false);
  const overwhelmed = plan.antiPatterns.find(
    (f) => f.pattern === AntiPattern.OVERWHELMED_BY_REQUESTS && (f.detected || f.selfReported),
  );

  return (
    <Stack gap="lg">
      <SectionHeader
        title="Help requests"
        description={
          <>
            As a Lead becomes a reference, requests pile up. Help where only you can, teach what they will reuse, and
            point the rest to whoever owns it.
          </>
        }
      >
        {canWrite && !logging && <AddButton onClick={() => setLogging(true)}>Log a request</AddButton>}
      </SectionHeader>

      {overwhelmed && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlert />}
          title={`Anti-pattern: ${ANTI_PATTERN_LABELS[AntiPattern.OVERWHELMED_BY_REQUESTS]}${overwhelmed.detected ? '' : ' (self-reported)'}`}
          data-testid="anti-pattern-OVERWHELMED_BY_REQUESTS"
        >
          {overwhelmed.evidence ?? 'Ticked in a reflection.'}
        </Alert>
      )}
      <LoadCard />
      {logging && <RequestForm onDone={() => setLogging(false)} />}
      <RequestList />
    </Stack>
  );
}

/** The share of four weekly budgets that requests of the last four weeks took, against the 20% line. */
function LoadCard() {
  const { plan } = usePlanScope();
  const { load, complete, loading, error, retry } = useRequestLoad(plan.id, plan.weeklyHours);
  const budget = 4 * plan.weeklyHours;
  const percent = Math.round(load.share * 1000) / 10;
  const scale = Math.max(OVERWHELMED_SHARE * 2, load.share * 1.25);
  const over = load.share > OVERWHELMED_SHARE;

  return (
    <Card withBorder padding="md" data-testid="request-load">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end">
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Requests, last {REQUEST_WINDOW_DAYS / 7} weeks
            </Text>
            {loading ? (
              <Skeleton height={28} width={220} mt={4} />
            ) : (
              <Text fw={700} fz={22} c={over ? 'red' : undefined}>
                {percent}% of the week
              </Text>
            )}
          </div>
          {!loading && (
            <Text size="sm" c="dimmed">
              {load.hours} h of {budget} h (four weekly budgets){complete ? '' : ' · counting…'}
            </Text>
          )}
        </Group>
        <Box pos="relative" h={26} aria-hidden>
          <Box
            pos="absolute"
            top={8}
            left={0}
            right={0}
            h={10}
            bg="var(--mantine-color-gray-2)"
            style={{ borderRadius: 5 }}
          />
          <Box
            pos="absolute"
            top={8}
            left={0}
            h={10}
            w={`${Math.min(100, (load.share / scale) * 100)}%`}
            bg={over ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-indigo-5)'}
            style={{ borderRadius: 5, transition: 'width 300ms' }}
          />
          <Box
            pos="absolute"
            top={0}
            h={26}
            w={2}
            bg="var(--mantine-color-red-7)"
            left={`${(OVERWHELMED_SHARE / scale) * 100}%`}
          />
        </Box>
        <Text size="xs" c="dimmed">
          The red line is {OVERWHELMED_SHARE * 100}%: above it, requests crowd out the plan ("
          {ANTI_PATTERN_LABELS[AntiPattern.OVERWHELMED_BY_REQUESTS]}"). Counted from the hours spent on requests
          received in the last {REQUEST_WINDOW_DAYS} days.
        </Text>
        {error ? (
          <ProblemAlert
            error={error}
            onRetry={() => void retry()}
            message="The requests of the last four weeks could not all be read; the share may be low. Try again."
          />
        ) : null}
      </Stack>
    </Card>
  );
}

function RequestList() {
  const { plan } = usePlanScope();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(HelpRequestsDocument, {
    variables: { planId: plan.id, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.plan?.helpRequests;

  const more = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: appendNewRequests,
      });
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  };

  if (!connection) {
    return <QueryFallback query={{ loading, error, refetch }} label="Loading requests" skeletons={[90, 90]} gap="sm" />;
  }

  return (
    <Stack gap="sm" component="section" aria-label="Requests">
      <Group gap="xs">
        <Title order={3} fz="md">
          Logged requests
        </Title>
        <Badge size="sm" variant="light" color="gray" radius="sm">
          {connection.totalCount}
        </Badge>
        <Text size="xs" c="dimmed">
          newest first
        </Text>
      </Group>
      {connection.edges.length === 0 && (
        <EmptyCard>
          No requests logged yet. Log the next one that reaches you, with the four answers, before deciding.
        </EmptyCard>
      )}
      {connection.edges.map(({ node }) => (
        <RequestCard key={node.id} request={node} />
      ))}
      {moreError ? <ProblemAlert error={moreError} onRetry={() => void more()} retrying={loadingMore} /> : null}
      {connection.pageInfo.hasNextPage && (
        <Group justify="center">
          <Button variant="default" onClick={() => void more()} loading={loadingMore}>
            Load more ({connection.totalCount - connection.edges.length} older)
          </Button>
        </Group>
      )}
    </Stack>
  );
}
