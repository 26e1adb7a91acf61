import { useQuery } from '@apollo/client/react';
import { Badge, Button, Center, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { ErrorCode } from '@fulcrum/shared';
import { Suspense, lazy, useCallback, useMemo } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { PageLoader } from '@/components/PageLoader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isPlanTab, paths, type PlanTab } from '@/config/paths';
import { PlanDocument } from '../api/gql/graphql';
import { readProblem } from '@/lib/errors';
import { useScrollToHash } from '@/lib/useScrollToHash';
import { useViewer } from '@/lib/viewer/useViewer';
import { CurrentStateTab } from '../components/CurrentStateTab';
import { GapsTab } from '../components/GapsTab';
import { GoalsTab } from '../components/GoalsTab';
import { PlanHeader } from '../components/PlanHeader';
import { WeekTab } from '../components/WeekTab';
import { PlanScopeContext, planScope } from '../hooks/usePlanScope';
import { formatHours } from '../utils/week';

// Tabs of other features load with their tab, not with the plan.
const DelegationsTab = lazy(() =>
  import('@/features/delegations/components/DelegationsTab').then((m) => ({
    default: m.DelegationsTab,
  })),
);
const RequestsTab = lazy(() =>
  import('@/features/requests/components/RequestsTab').then((m) => ({ default: m.RequestsTab })),
);
// With the charts and the Markdown renderer.
const ReflectionsTab = lazy(() =>
  import('@/features/reflections/components/ReflectionsTab').then((m) => ({
    default: m.ReflectionsTab,
  })),
);

// The plan's 1:1s load with their tab.
const PlanOneOnOnes = lazy(() =>
  import('@/features/one-on-ones/components/PlanOneOnOnes').then((m) => ({
    default: m.PlanOneOnOnes,
  })),
);

export function PlanPage() {
  const { planId = '', tab } = useParams();
  const viewer = useViewer();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(PlanDocument, {
    variables: { id: planId },
    fetchPolicy: 'cache-and-network',
  });
  const reload = useCallback(() => refetch(), [refetch]);
  const notFound = (!loading && data && !data.plan) || (error && readProblem(error).code === ErrorCode.NOT_FOUND);
  const scope = useMemo(
    () => (data?.plan ? planScope({ ...data, plan: data.plan }, viewer.person.id, reload) : null),
    [data, viewer.person.id, reload],
  );

  // Links from a 1:1's agenda land on the item (#gap-<id>, #signal-ROLE_MODEL, #goal-<id>).
  useScrollToHash(!!scope);

  if (tab !== undefined && !isPlanTab(tab)) return <Navigate to={paths.plan.to(planId)} replace />;
  if (notFound) return <PlanNotFound />;
  if (!scope) {
    if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} retrying={loading} />;
    return <PageLoader label="Opening the plan…" />;
  }

  const current: PlanTab = tab ?? 'current';
  const { plan } = scope;
  const openGoals = plan.goals.filter((g) => g.status === 'PROPOSED' || g.status === 'ACTIVE').length;
  const openGaps = plan.gaps.filter((g) => g.status !== 'CLOSED').length;
  const activeDelegations = plan.delegations.filter((d) => d.stage !== 'OWNED' && d.stage !== 'RECLAIMED').length;

  return (
    <PlanScopeContext value={scope}>
      <Stack gap="lg" maw={1100}>
        <PlanHeader />
        <Tabs
          value={current}
          onChange={(value) => value && isPlanTab(value) && navigate(paths.plan.to(plan.id, value))}
          keepMounted={false}
        >
          <Tabs.List>
            <Tabs.Tab value="current">Current state</Tabs.Tab>
            <Tabs.Tab value="gaps" rightSection={<CountBadge value={openGaps} />}>
              Gaps
            </Tabs.Tab>
            <Tabs.Tab
              value="week"
              rightSection={
                <CountBadge value={`${plan.week.current.totalHours}/${formatHours(plan.week.budgetHours)}`} />
              }
            >
              Week
            </Tabs.Tab>
            <Tabs.Tab value="goals" rightSection={<CountBadge value={openGoals} />}>
              Goals
            </Tabs.Tab>
            <Tabs.Tab value="delegations" rightSection={<CountBadge value={activeDelegations} />}>
              Delegations
            </Tabs.Tab>
            <Tabs.Tab value="requests">Requests</Tabs.Tab>
            <Tabs.Tab value="reflections">Reflections</Tabs.Tab>
            <Tabs.Tab value="one-on-ones">1:1s</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="current" pt="lg">
            <CurrentStateTab />
          </Tabs.Panel>
          <Tabs.Panel value="gaps" pt="lg">
            <GapsTab />
          </Tabs.Panel>
          <Tabs.Panel value="week" pt="lg">
            <WeekTab />
          </Tabs.Panel>
          <Tabs.Panel value="goals" pt="lg">
            <GoalsTab />
          </Tabs.Panel>
          <Tabs.Panel value="delegations" pt="lg">
            <Suspense fallback={<PageLoader label="Opening the delegations…" />}>
              <DelegationsTab />
            </Suspense>
          </Tabs.Panel>
          <Tabs.Panel value="requests" pt="lg">
            <Suspense fallback={<PageLoader label="Opening the requests…" />}>
              <RequestsTab />
            </Suspense>
          </Tabs.Panel>
          <Tabs.Panel value="reflections" pt="lg">
            <Suspense fallback={<PageLoader label="Opening the reflections…" />}>
              <ReflectionsTab />
            </Suspense>
          </Tabs.Panel>
          <Tabs.Panel value="one-on-ones" pt="lg">
            <Suspense fallback={<PageLoader label="Opening the 1:1s…" />}>
              <PlanOneOnOnes
                planId={plan.id}
                ownerName={plan.owner.name}
                managerName={plan.manager.name}
                canSchedule={scope.canWrite}
                participant={scope.side !== null}
              />
            </Suspense>
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </PlanScopeContext>
  );
}

function CountBadge({ value }: { value: number | string }) {
  return (
    <Badge size="sm" variant="light" color="gray" radius="sm" tt="none">
      {value}
    </Badge>
  );
}

function PlanNotFound() {
  return (
    <Center mih={360}>
      <Paper withBorder radius="md" p="xl" maw={520} w="100%" role="alert">
        <Stack gap="sm">
          <Title order={1} fz={20}>
            This plan does not exist or is not shared with you
          </Title>
          <Text size="sm" c="dimmed">
            A plan is visible only to its owner, their manager, and managers above them. Check the link, or find the
            plan from Home or People.
          </Text>
          <Button component={Link} to={paths.home.to()} w="fit-content">
            Go to Home
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
