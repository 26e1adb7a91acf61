import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Grid, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { OneOnOneStatus } from '@fulcrum/shared';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { IconArrowRight, IconEye } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SubmitButton } from '@/components/SubmitButton';
import { paths } from '@/config/paths';
import { readProblem, type Problem } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import { PlanOneOnOnesDocument, ScheduleOneOnOneDocument, type OneOnOneSummaryFragment } from '../api/gql/graphql';
import { formatDateTime, fromDateTimeInput, suggestedNextSlot } from '../utils/format';
import { CalendarFeedButton } from './CalendarFeedButton';
import { SectionHeader } from '@/components/SectionHeader';

const PAGE_SIZE = 10;

interface PlanOneOnOnesProps {
  planId: string;
  ownerName: string;
  managerName: string;
  /** The plan's owner or direct manager, on a plan that is not archived. */
  canSchedule: boolean;
  /** The viewer takes part in the plan's 1:1s (and so has a calendar of them). */
  participant: boolean;
}

/** The plan's 1:1s: the next one, scheduling one, and every 1:1 newest first. */
export function PlanOneOnOnes({ planId, ownerName, managerName, canSchedule, participant }: PlanOneOnOnesProps) {
  const list = usePlanOneOnOnes(planId);
  const { plan, error } = list;

  return (
    <Stack gap="lg" data-testid="plan-one-on-ones">
      <SectionHeader
        title="1:1s"
        description={<>Walk an agenda linked to the plan, write the notes together, leave with action items.</>}
      >
        {participant && <CalendarFeedButton />}
      </SectionHeader>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <NextCard next={plan?.nextOneOnOne ?? null} loading={!plan && !error} />
            {canSchedule && <ScheduleForm planId={planId} next={plan?.nextOneOnOne ?? null} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <AllOneOnOnes list={list} canSchedule={canSchedule} />
        </Grid.Col>
      </Grid>

      <Group gap={6} wrap="nowrap" c="dimmed" data-testid="one-on-ones-visibility">
        <IconEye size={16} style={{ flexShrink: 0 }} />
        <Text size="sm">
          Agenda, shared notes and action items: {ownerName}, {managerName}, and managers above them. Private notes:
          only their author.
        </Text>
      </Group>
    </Stack>
  );
}

/** The plan's 1:1s, a page at a time. */
function usePlanOneOnOnes(planId: string) {
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(PlanOneOnOnesDocument, {
    variables: { planId, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [moreProblem, setMoreProblem] = useState<Problem | null>(null);
  const plan = data?.plan ?? null;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const loadMore = async () => {
    if (!plan?.oneOnOnes.pageInfo.endCursor) return;
    setMoreProblem(null);
    try {
      await fetchMore({ variables: { after: plan.oneOnOnes.pageInfo.endCursor } });
    } catch (e) {
      setMoreProblem(readProblem(e));
    }
  };

  return {
    plan,
    error,
    refetch,
    refetching: networkStatus === NetworkStatus.refetch,
    moreProblem,
    loadingMore,
    loadMore,
  };
}

/** Every 1:1 of the plan, newest first, with "Load more". */
function AllOneOnOnes({
  list: { plan, error, refetch, refetching, moreProblem, loadingMore, loadMore },
  canSchedule,
}: {
  list: ReturnType<typeof usePlanOneOnOnes>;
  canSchedule: boolean;
}) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} fz="md">
            All 1:1s of this plan
          </Title>
          {plan && (
            <Text size="xs" c="dimmed">
              {plan.oneOnOnes.totalCount} in all, newest first
            </Text>
          )}
        </Group>
        {!plan && error && <ProblemAlert error={error} onRetry={() => void refetch()} retrying={refetching} />}
        {!plan && !error && (
          <Stack gap="xs" aria-label="Loading 1:1s">
            <Skeleton height={44} />
            <Skeleton height={44} />
          </Stack>
        )}
        {plan && plan.oneOnOnes.edges.length === 0 && (
          <Text size="sm" c="dimmed">
            No 1:1 yet.
            {canSchedule ? ' Schedule the first one: the plan proposes what to talk about.' : ''}
          </Text>
        )}
        <Stack gap={6} data-testid="one-on-one-list">
          {plan?.oneOnOnes.edges.map(({ node }) => (
            <OneOnOneRow key={node.id} oneOnOne={node} />
          ))}
        </Stack>
        {moreProblem && <ProblemAlert error={moreProblem} onRetry={() => void loadMore()} retrying={loadingMore} />}
        {plan?.oneOnOnes.pageInfo.hasNextPage && (
          <Group justify="center">
            <Button variant="default" size="xs" onClick={() => void loadMore()} loading={loadingMore}>
              Load more
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function counts(o: OneOnOneSummaryFragment): string {
  const open = o.actionItems.filter((a) => !a.done).length;
  return `${o.agenda.length} agenda ${o.agenda.length === 1 ? 'item' : 'items'} · ${o.actionItems.length} action ${
    o.actionItems.length === 1 ? 'item' : 'items'
  }${o.actionItems.length > 0 ? ` (${open} open)` : ''}`;
}

function StatusBadge({ status }: { status: OneOnOneStatus }) {
  return status === OneOnOneStatus.DONE ? (
    <Badge variant="light" color="gray" radius="sm">
      Done
    </Badge>
  ) : (
    <Badge variant="light" color="teal" radius="sm">
      Upcoming
    </Badge>
  );
}

function NextCard({ next, loading }: { next: OneOnOneSummaryFragment | null; loading: boolean }) {
  return (
    <Card withBorder padding="lg" data-testid="next-one-on-one-card">
      <Stack gap="xs">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          Next 1:1
        </Text>
        {loading ? (
          <Skeleton height={40} />
        ) : next ? (
          <>
            <Text fw={700} fz="lg">
              {formatDateTime(next.scheduledAt)}
            </Text>
            <Text size="sm" c="dimmed">
              {counts(next)}
            </Text>
            <Group>
              <Button component={Link} to={paths.oneOnOne.to(next.id)} rightSection={<IconArrowRight size={16} />}>
                Open 1:1
              </Button>
            </Group>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Nothing scheduled.
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function OneOnOneRow({ oneOnOne }: { oneOnOne: OneOnOneSummaryFragment }) {
  return (
    <Card
      withBorder
      padding="xs"
      radius="md"
      component={Link}
      to={paths.oneOnOne.to(oneOnOne.id)}
      style={{ color: 'inherit', textDecoration: 'none' }}
      data-testid="one-on-one-row"
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {formatDateTime(oneOnOne.scheduledAt)}
          </Text>
          <Text size="xs" c="dimmed">
            {counts(oneOnOne)}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <StatusBadge status={oneOnOne.status} />
          <IconArrowRight size={16} />
        </Group>
      </Group>
    </Card>
  );
}

function ScheduleForm({ planId, next }: { planId: string; next: OneOnOneSummaryFragment | null }) {
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [schedule, { loading }] = useMutation(ScheduleOneOnOneDocument, {
    refetchQueries: [PlanOneOnOnesDocument],
    awaitRefetchQueries: true,
  });
  const form = useForm({
    initialValues: { scheduledAt: suggestedNextSlot() },
    validate: {
      scheduledAt: (value) => (fromDateTimeInput(value) ? null : 'Choose a date and a time.'),
    },
  });

  const submit = form.onSubmit(async ({ scheduledAt }) => {
    const at = fromDateTimeInput(scheduledAt);
    if (!at) return; // The validation above has already said so.
    setProblem(null);
    try {
      const { data } = await schedule({ variables: { input: { planId, scheduledAt: at.toISOString() } } });
      if (data) {
        notifySuccess(
          `For ${formatDateTime(data.scheduleOneOnOne.scheduledAt)}. Any open action items of the last 1:1 came along.`,
          '1:1 scheduled',
        );
        void navigate(paths.oneOnOne.to(data.scheduleOneOnOne.id));
      }
    } catch (error) {
      const read = readProblem(error);
      if (read.fields.scheduledAt) form.setFieldError('scheduledAt', read.fields.scheduledAt);
      else setProblem(read);
    }
  });

  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} noValidate aria-label="Schedule a 1:1">
        <Stack gap="sm">
          <Title order={3} fz="md">
            Schedule a 1:1
          </Title>
          <TextInput
            type="datetime-local"
            label="Date and time"
            description="In your time zone"
            {...form.getInputProps('scheduledAt')}
          />
          <Text size="xs" c="dimmed">
            The open action items of the latest 1:1 carry over, and the plan proposes agenda items: signals you see
            differently, delegations at risk, overdue action items, goals that have not moved.
          </Text>
          {next && (
            <Text size="xs" c="orange.8">
              A 1:1 is already planned for {formatDateTime(next.scheduledAt)}. Schedule another only if you mean to.
            </Text>
          )}
          {problem && <ProblemAlert error={problem} />}
          <Group justify="flex-end">
            <SubmitButton loading={loading}>Schedule 1:1</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
