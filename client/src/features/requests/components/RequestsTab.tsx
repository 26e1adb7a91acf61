import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  ANTI_PATTERN_LABELS,
  AntiPattern,
  DECISION_LABELS,
  HORIZON_LABELS,
  HOURS_STEP,
  HelpDecision,
  OVERWHELMED_SHARE,
  REQUEST_WINDOW_DAYS,
  type GuidanceHorizon,
} from '@fulcrum/shared';
import { useState } from 'react';
import { IconAlert, IconPencil, IconPlus } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SubmitButton } from '@/components/SubmitButton';
import { FailureAlert } from '@/features/plan/components/Alerts';
import { leftoverFailure, usePlanScope, useReadFailure, type PlanFailure } from '@/features/plan/hooks/usePlanScope';
import { rebaseForm, type ComparedField } from '@/features/plan/utils/conflict';
import { applyFieldErrors } from '@/lib/form';
import { notifySuccess } from '@/lib/notify';
import {
  DecideHelpRequestDocument,
  HelpRequestsDocument,
  type HelpDecision as GqlDecision,
  type TriagedRequestFragment,
} from '../api/gql/graphql';
import { useRequestLoad } from '../hooks/useRequestLoad';
import { QUESTIONS, decisionColor, decisionLabel } from '../utils/triage';
import { DECISION_OPTIONS, RELOAD_REQUESTS, RequestForm, hoursProblem } from './RequestForm';

const PAGE_SIZE = 10;

/** The help-request triage: the load of the last four weeks, the form, and the list. */
export function RequestsTab() {
  const { plan, canWrite } = usePlanScope();
  const [logging, setLogging] = useState(false);
  const overwhelmed = plan.antiPatterns.find(
    (f) => f.pattern === AntiPattern.OVERWHELMED_BY_REQUESTS && (f.detected || f.selfReported),
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div style={{ flex: 1, minWidth: 260 }}>
          <Title order={2} fz="lg">
            Help requests
          </Title>
          <Text size="sm" c="dimmed">
            As a Lead becomes a reference, requests pile up. Help where only you can, teach what they will reuse, and
            point the rest to whoever owns it.
          </Text>
        </div>
        {canWrite && !logging && (
          <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setLogging(true)}>
            Log a request
          </Button>
        )}
      </Group>

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
        updateQuery: (previous, { fetchMoreResult }) => {
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
        },
      });
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  };

  if (!connection) {
    if (loading) {
      return (
        <Stack gap="sm" aria-label="Loading requests">
          <Skeleton height={90} radius="md" />
          <Skeleton height={90} radius="md" />
        </Stack>
      );
    }
    return error ? <ProblemAlert error={error} onRetry={() => void refetch()} retrying={loading} /> : null;
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
        <Card withBorder padding="lg">
          <Text size="sm" c="dimmed" ta="center">
            No requests logged yet. Log the next one that reaches you, with the four answers, before deciding.
          </Text>
        </Card>
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

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

function RequestCard({ request: r }: { request: TriagedRequestFragment }) {
  const { canWrite } = usePlanScope();
  const [editing, setEditing] = useState(false);
  const differs = r.decision !== null && r.decision !== r.recommendation;

  return (
    <Card withBorder padding="md" data-testid={`request-${r.id}`} role="article" aria-label={r.topic}>
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Text fw={600}>{r.topic}</Text>
            <Text size="sm" c="dimmed">
              {r.requesterName}
              {r.requester ? '' : ' (outside Fulcrum)'} ·{' '}
              {new Date(r.receivedAt).toLocaleDateString(undefined, {
                day: 'numeric',
                month: 'short',
                year: 'numeric',
              })}
            </Text>
          </div>
          {canWrite && !editing && (
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPencil size={14} />}
              onClick={() => setEditing(true)}
              style={{ flexShrink: 0 }}
            >
              {r.decision ? 'Edit decision' : 'Decide'}
            </Button>
          )}
        </Group>
        <Group gap={6}>
          <Badge size="sm" variant="outline" color="gray" radius="sm" tt="none" fw={500} title={QUESTIONS.uniqueSkill}>
            Unique skill: {yesNo(r.uniqueSkill)}
          </Badge>
          <Badge
            size="sm"
            variant="outline"
            color="gray"
            radius="sm"
            tt="none"
            fw={500}
            title={QUESTIONS.reusableLesson}
          >
            Reusable lesson: {yesNo(r.reusableLesson)}
          </Badge>
          <Badge
            size="sm"
            variant="outline"
            color="gray"
            radius="sm"
            tt="none"
            fw={500}
            title={QUESTIONS.owningTeamExists}
          >
            Owning team: {yesNo(r.owningTeamExists)}
          </Badge>
          <Badge
            size="sm"
            variant="outline"
            color="gray"
            radius="sm"
            tt="none"
            fw={500}
            title={QUESTIONS.guidanceHorizon}
          >
            Guides them: {HORIZON_LABELS[r.guidanceHorizon as GuidanceHorizon].toLowerCase()}
          </Badge>
        </Group>
        <Group gap="sm" align="center">
          <Text size="sm">
            Recommended{' '}
            <Badge variant="light" color={decisionColor(r.recommendation)} radius="sm">
              {decisionLabel(r.recommendation)}
            </Badge>
          </Text>
          <Text size="sm">
            Decided{' '}
            {r.decision ? (
              <Badge variant="filled" color={decisionColor(r.decision)} radius="sm" data-testid="decision">
                {decisionLabel(r.decision)}
              </Badge>
            ) : (
              <Badge variant="outline" color="gray" radius="sm" tt="none" data-testid="decision">
                Not yet
              </Badge>
            )}
          </Text>
          {r.redirectedTo && (
            <Text size="sm">
              → <b>{r.redirectedTo}</b>
            </Text>
          )}
          <Text size="sm" c="dimmed">
            · {r.hoursSpent} h spent
          </Text>
        </Group>
        {differs && (
          <Text size="xs" c="dimmed">
            Decided differently from the recommendation.
          </Text>
        )}
        {editing && <DecisionForm request={r} onDone={() => setEditing(false)} />}
      </Stack>
    </Card>
  );
}

interface DecisionValues {
  decision: string;
  redirectedTo: string;
  hoursSpent: number | string;
}

const DECISION_FIELDS = ['decision', 'redirectedTo', 'hoursSpent'];
const COMPARED: ComparedField[] = [
  {
    key: 'decision',
    label: 'decision',
    format: (v) => DECISION_LABELS[v as HelpDecision] ?? String(v),
  },
  { key: 'redirectedTo', label: 'redirected to' },
  { key: 'hoursSpent', label: 'hours spent', format: (v) => `${v} h` },
];

/** Records or changes the decision, whom it went to, and the hours spent, from the version shown. */
function DecisionForm({ request, onDone }: { request: TriagedRequestFragment; onDone: () => void }) {
  const readFailure = useReadFailure();
  const [base, setBase] = useState(request);
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [decide, { loading }] = useMutation(DecideHelpRequestDocument, RELOAD_REQUESTS);
  const form = useForm<DecisionValues>({
    initialValues: {
      decision: request.decision ?? request.recommendation,
      redirectedTo: request.redirectedTo ?? '',
      hoursSpent: request.hoursSpent,
    },
    validate: {
      redirectedTo: (value, values) =>
        values.decision === HelpDecision.REDIRECT && !value.trim()
          ? 'Say whom or where you redirected them to: "no" is never silence.'
          : null,
      hoursSpent: hoursProblem,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await decide({
        variables: {
          input: {
            id: base.id,
            version: base.version,
            decision: values.decision as GqlDecision,
            redirectedTo: values.decision === HelpDecision.REDIRECT ? values.redirectedTo.trim() : null,
            hoursSpent: Number(values.hoursSpent),
          },
        },
      });
      notifySuccess(`Decision: ${decisionLabel(values.decision)}, ${Number(values.hoursSpent)} h spent.`);
      onDone();
    } catch (error) {
      const read = await readFailure(
        error,
        { decision: base.decision, redirectedTo: base.redirectedTo, hoursSpent: base.hoursSpent },
        COMPARED,
      );
      if (read.kind === 'conflict') {
        const current = read.problem.extensions.current as Partial<TriagedRequestFragment> | undefined;
        if (current) {
          rebaseForm(form, {
            decision: current.decision ?? current.recommendation ?? base.recommendation,
            redirectedTo: current.redirectedTo ?? '',
            hoursSpent: current.hoursSpent ?? base.hoursSpent,
          });
          setBase({ ...base, ...current });
        }
      }
      if (read.kind === 'fields') applyFieldErrors(form, read.problem, DECISION_FIELDS);
      setFailure(leftoverFailure(read, DECISION_FIELDS));
    }
  });

  return (
    <Card withBorder padding="sm" bg="var(--mantine-color-indigo-0)">
      <form onSubmit={submit} noValidate aria-label={`Decision on ${request.topic}`}>
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <div>
              <Text size="sm" fw={500} mb={4}>
                Decision
              </Text>
              <SegmentedControl data={DECISION_OPTIONS} aria-label="Decision" {...form.getInputProps('decision')} />
            </div>
            {form.values.decision === HelpDecision.REDIRECT && (
              <TextInput
                label="Redirected to"
                placeholder="Team, workflow or person"
                style={{ flex: 1, minWidth: 200 }}
                {...form.getInputProps('redirectedTo')}
              />
            )}
            <NumberInput
              label="Hours spent"
              min={0}
              step={HOURS_STEP}
              decimalScale={2}
              allowNegative={false}
              suffix=" h"
              w={130}
              {...form.getInputProps('hoursSpent')}
            />
          </Group>
          <FailureAlert failure={failure} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" size="xs" onClick={onDone} disabled={loading}>
              Cancel
            </Button>
            <SubmitButton size="xs" loading={loading}>
              Save decision
            </SubmitButton>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
