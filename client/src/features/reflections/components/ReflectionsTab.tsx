import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Card,
  Divider,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { compareQuarters, quarterOf } from '@fulcrum/shared';
import { useCallback, useState, type ComponentProps } from 'react';
import { ProblemAlert, RefreshProblem } from '@/components/ProblemAlert';
import { QueryFallback } from '@/components/QueryFallback';
import { FailureAlert } from '@/components/PlanAlerts';
import { usePlanScope, useReadFailure, type PlanFailure, PLAN_QUERY } from '@/lib/planScope';
import { notifySuccess } from '@/lib/notify';
import {
  PlanReflectionsDocument,
  StartReflectionDocument,
  type PlanReflectionFragment,
  type PlanReflectionsQuery,
} from '../api/gql/graphql';
import { STATUS_COLORS, quarterChoices, statusLabel } from '../utils/reflection';
import { PromotionCase } from './PromotionCase';
import { ReflectionPanel } from './ReflectionPanel';
import { TrendCharts } from './TrendCharts';
import { SectionHeader } from '@/components/SectionHeader';
import { ANTI_PATTERN_EXPLANATIONS, antiPatternLabel } from '@/lib/antiPatterns';

type Finding = NonNullable<PlanReflectionsQuery['plan']>['antiPatterns'][number];

/** The quarterly look back: the trend, the anti-patterns, the reflection of a quarter, and the promotion case. */
export function ReflectionsTab() {
  const { plan } = usePlanScope();
  const { data, loading, error, refetch } = useQuery(PlanReflectionsDocument, {
    variables: { planId: plan.id },
    fetchPolicy: 'cache-and-network',
  });
  const reload = useCallback(() => refetch(), [refetch]);
  const [quarter, setQuarter] = useState(() => quarterOf(new Date()));
  const current = data?.plan;

  if (!current) {
    return (
      <QueryFallback query={{ loading, error, refetch }} label="Loading reflections" skeletons={[260, 180]} gap="md" />
    );
  }

  const reflection = current.reflections.find((r) => r.quarter === quarter) ?? null;
  const others = [...current.reflections]
    .filter((r) => r.quarter !== quarter)
    .sort((a, b) => compareQuarters(b.quarter, a.quarter));

  return (
    <Stack gap="xl">
      <RefreshProblem
        query={{ error, loading, refetch }}
        message="The reflections could not be refreshed; they may be out of date. Try again."
      />
      <TrendSection trend={current.trend} />

      <AntiPatterns findings={current.antiPatterns} />

      <Stack gap="sm" component="section" aria-label="Quarterly reflection">
        <SectionHeader
          title="Quarterly reflection"
          align="flex-end"
          description={
            <>
              Once a quarter, look back together: how the week changed, which gap closed, what the next gap is. Each of
              you writes your own side; both sign it off.
            </>
          }
        >
          <NativeSelect
            label="Quarter"
            data={quarterChoices(current.reflections.map((r) => r.quarter)).map((q) => ({
              value: q,
              label: `${q}${q === quarterOf(new Date()) ? ' · this quarter' : current.reflections.some((r) => r.quarter === q) ? '' : ' · not started'}`,
            }))}
            value={quarter}
            onChange={(event) => setQuarter(event.currentTarget.value)}
            w={220}
          />
        </SectionHeader>
        {reflection ? (
          <ReflectionPanel key={reflection.id} reflection={reflection} reload={reload} />
        ) : (
          <StartReflection quarter={quarter} reload={reload} />
        )}
      </Stack>

      {others.length > 0 && <OtherReflections others={others} quarter={quarter} onOpen={setQuarter} />}

      <Divider />
      <PromotionCase />
    </Stack>
  );
}

/** Doing against multiplying over the quarters. */
function TrendSection({ trend }: { trend: ComponentProps<typeof TrendCharts>['trend'] }) {
  return (
    <Stack gap="sm" component="section" aria-label="Trend">
      <div>
        <Title order={2} fz="lg">
          The trend
        </Title>
        <Text size="sm" c="dimmed">
          Becoming a Lead shows as a change in the nature of the work: fewer hours doing, more multiplying.
        </Text>
      </div>
      <TrendCharts trend={trend} />
    </Stack>
  );
}

/** The reflections of the other quarters, newest first; one opens in the panel above. */
function OtherReflections({
  others,
  quarter,
  onOpen,
}: {
  others: readonly PlanReflectionFragment[];
  quarter: string;
  onOpen: (quarter: string) => void;
}) {
  return (
    <Stack gap="sm" component="section" aria-label="Other reflections">
      <Title order={3} fz="md">
        {others.every((r) => compareQuarters(r.quarter, quarter) < 0) ? 'Past reflections' : 'Other reflections'}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {others.map((r) => (
          <PastReflection key={r.id} reflection={r} onOpen={() => onOpen(r.quarter)} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function AntiPatterns({ findings }: { findings: readonly Finding[] }) {
  const { plan } = usePlanScope();
  const found = findings.filter((f) => f.detected || f.selfReported);
  const clear = findings.filter((f) => !f.detected && !f.selfReported);
  return (
    <Stack gap="sm" component="section" aria-label="Anti-patterns">
      <div>
        <Title order={2} fz="lg">
          Anti-patterns
        </Title>
        <Text size="sm" c="dimmed">
          Detected from the plan's data, or recognised by {plan.owner.name.split(/\s+/)[0]} in a reflection. Each one is
          a habit to notice, not a verdict.
        </Text>
      </div>
      {found.length === 0 ? (
        <Card withBorder padding="md">
          <Text size="sm" c="dimmed">
            None detected or self-reported right now.
          </Text>
        </Card>
      ) : (
        found.map((f) => (
          <Card
            key={f.pattern}
            withBorder
            padding="md"
            data-testid={`finding-${f.pattern}`}
            style={{ borderLeft: '4px solid var(--mantine-color-yellow-6)' }}
          >
            <Group gap="xs" mb={4}>
              <Text fw={600}>{antiPatternLabel(f.pattern)}</Text>
              {f.detected && (
                <Badge size="sm" color="yellow" variant="light" radius="sm" tt="none">
                  Detected
                </Badge>
              )}
              {f.selfReported && (
                <Badge size="sm" color="grape" variant="light" radius="sm" tt="none">
                  Self-reported
                </Badge>
              )}
            </Group>
            <Text size="sm">{f.evidence ?? ANTI_PATTERN_EXPLANATIONS[f.pattern]}</Text>
            {f.evidence && (
              <Text size="xs" c="dimmed" mt={2}>
                {ANTI_PATTERN_EXPLANATIONS[f.pattern]}
              </Text>
            )}
          </Card>
        ))
      )}
      {clear.length > 0 && (
        <Text size="xs" c="dimmed">
          Not seen: {clear.map((f) => antiPatternLabel(f.pattern)).join(', ')}.
        </Text>
      )}
    </Stack>
  );
}

function StartReflection({ quarter, reload }: { quarter: string; reload: () => Promise<unknown> }) {
  const { plan, canWrite } = usePlanScope();
  const readFailure = useReadFailure();
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [start, { loading }] = useMutation(StartReflectionDocument, {
    refetchQueries: [PlanReflectionsDocument, PLAN_QUERY],
    awaitRefetchQueries: true,
  });
  const past = compareQuarters(quarter, quarterOf(new Date())) < 0;

  const go = async () => {
    setFailure(null);
    try {
      await start({ variables: { input: { planId: plan.id, quarter } } });
      notifySuccess('The snapshot is frozen. Write your side, then share it.', `${quarter} reflection started`);
    } catch (error) {
      const read = await readFailure(error);
      await reload().catch(() => undefined);
      setFailure(read);
    }
  };

  return (
    <Card withBorder padding="lg" data-testid="no-reflection">
      <Stack gap="sm">
        <Text fw={600}>No reflection for {quarter} yet.</Text>
        {canWrite ? (
          <>
            <Text size="sm" c="dimmed">
              Starting it freezes a snapshot of the plan as it is now: hours by mode and leverage, gaps closed,
              delegations by stage, the leverage ratio and the anti-patterns. Later changes to the plan never change it.
              {past ? ` ${quarter} is over: its snapshot will show the plan as it is today.` : ''}
            </Text>
            {failure?.kind === 'fields' ? (
              // The quarter is the only input: say what is wrong with it and what to do.
              <ProblemAlert
                error={failure.problem}
                message={`${Object.values(failure.problem.fields).join(' ')} Pick another quarter above.`}
              />
            ) : (
              <FailureAlert failure={failure} />
            )}
            <Group>
              <Button onClick={() => void go()} loading={loading}>
                Start the {quarter} reflection
              </Button>
            </Group>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {plan.owner.name} or {plan.manager.name} starts it.
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function PastReflection({ reflection: r, onOpen }: { reflection: PlanReflectionFragment; onOpen: () => void }) {
  const { plan } = usePlanScope();
  const s = r.snapshot;
  return (
    <Paper withBorder p="md" radius="md" data-testid={`past-reflection-${r.quarter}`}>
      <Stack gap={6}>
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={600}>{r.quarter}</Text>
            <Badge size="sm" color={STATUS_COLORS[r.status]} variant="light" radius="sm">
              {statusLabel(r.status)}
            </Badge>
          </Group>
          <Button size="compact-sm" variant="subtle" onClick={onOpen}>
            Open
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Frozen: doing {s.doingHours} h · multiplying {s.multiplyingHours} h · {s.gapsClosed} gap(s) closed ·{' '}
          {s.delegationsOwned} delegation(s) owned · ratio {s.leverageRatio ?? '—'}
        </Text>
        {r.selfText && (
          <Text size="sm" lineClamp={3}>
            <b>{plan.owner.name.split(/\s+/)[0]}:</b> {r.selfText}
          </Text>
        )}
        {r.managerText && (
          <Text size="sm" lineClamp={3}>
            <b>{plan.manager.name.split(/\s+/)[0]}:</b> {r.managerText}
          </Text>
        )}
        {r.nextGap && (
          <Text size="xs" c="dimmed">
            Next gap: {r.nextGap.title}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
