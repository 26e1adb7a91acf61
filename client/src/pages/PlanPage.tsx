import { useQuery } from '@apollo/client/react';
import { Badge, Stack, Tabs } from '@mantine/core';
import { DelegationStage, GapStatus, GoalStatus } from '@fulcrum/shared';
import { Suspense, lazy, useCallback, useMemo, type ReactNode } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageFallback, isMissing, type PageSubject } from '@/components/PageFallback';
import { PageLoader } from '@/components/PageLoader';
import { isPlanTab, paths, type PlanTab } from '@/config/paths';
import type { DelegationsPlanFragment } from '@/features/delegations/api/gql/graphql';
import {
  CurrentStateTab,
  GapsTab,
  GoalsTab,
  PlanCataloguesContext,
  PlanDocument,
  PlanHeader,
  WeekTab,
  type PlanDetailFragment,
} from '@/features/plan';
import type { ReflectionsPlanFragment } from '@/features/reflections/api/gql/graphql';
import type { RequestsPlanFragment } from '@/features/requests/api/gql/graphql';
import { PlanScopeProvider, planScope, usePlanScope } from '@/lib/planScope';
import { formatHours } from '@/lib/format';
import { useScrollToHash } from '@/lib/useScrollToHash';
import { useViewer } from '@/lib/viewer/useViewer';

/**
 * What the tabs of other features read of the plan (`usePlanScope<…>()`): the plan's query
 * must hold all of it (checked with `satisfies` below).
 */
type TabsPlan = DelegationsPlanFragment & RequestsPlanFragment & ReflectionsPlanFragment;

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

const PLAN: PageSubject = {
  name: 'the plan',
  notFoundTitle: 'This plan does not exist or is not shared with you',
  notFoundExplanation:
    'A plan is visible only to its owner, their manager, and managers above them. Check the link, or find the plan from Home or People.',
};

/** The plan's query and scope; null while loading. */
function usePlanData(planId: string) {
  const viewer = useViewer();
  const query = useQuery(PlanDocument, { variables: { id: planId }, fetchPolicy: 'cache-and-network' });
  const { data, refetch } = query;
  const reload = useCallback(() => refetch(), [refetch]);
  const missing = isMissing(query, data?.plan);
  const scope = useMemo(
    () => (data?.plan ? planScope(data.plan satisfies TabsPlan, viewer.person.id, reload) : null),
    [data, viewer.person.id, reload],
  );
  const catalogues = useMemo(
    () => ({ levers: data?.levers ?? [], archetypes: data?.archetypes ?? [] }),
    [data?.levers, data?.archetypes],
  );
  return { scope, catalogues, missing, query };
}

export function PlanPage() {
  const { planId = '', tab } = useParams();
  const { scope, catalogues, missing, query } = usePlanData(planId);

  // Links from a 1:1's agenda land on the item (#gap-<id>, #signal-ROLE_MODEL, #goal-<id>).
  useScrollToHash(!!scope);

  if (tab !== undefined && !isPlanTab(tab)) return <Navigate to={paths.plan.to(planId)} replace />;
  if (missing || !scope) return <PageFallback missing={missing} query={query} subject={PLAN} />;
  return (
    <PlanScopeProvider scope={scope}>
      <PlanCataloguesContext value={catalogues}>
        <Stack gap="lg" maw={1100}>
          <PlanHeader />
          <PlanTabs current={tab ?? 'current'} />
        </Stack>
      </PlanCataloguesContext>
    </PlanScopeProvider>
  );
}

/** The tabs of the open plan; those of other features load with their tab. */
function PlanTabs({ current }: { current: PlanTab }) {
  const navigate = useNavigate();
  const { plan, canWrite, side } = usePlanScope<PlanDetailFragment>();
  const openGoals = plan.goals.filter((g) => g.status === GoalStatus.PROPOSED || g.status === GoalStatus.ACTIVE).length;
  const openGaps = plan.gaps.filter((g) => g.status !== GapStatus.CLOSED).length;
  const activeDelegations = plan.delegations.filter(
    (d) => d.stage !== DelegationStage.OWNED && d.stage !== DelegationStage.RECLAIMED,
  ).length;
  const week = `${plan.week.current.totalHours}/${formatHours(plan.week.budgetHours)}`;
  const tabs: { value: PlanTab; label: string; count?: number | string; loading?: string; content: ReactNode }[] = [
    { value: 'current', label: 'Current state', content: <CurrentStateTab /> },
    { value: 'gaps', label: 'Gaps', count: openGaps, content: <GapsTab /> },
    { value: 'week', label: 'Week', count: week, content: <WeekTab /> },
    { value: 'goals', label: 'Goals', count: openGoals, content: <GoalsTab /> },
    {
      value: 'delegations',
      label: 'Delegations',
      count: activeDelegations,
      loading: 'the delegations',
      content: <DelegationsTab />,
    },
    { value: 'requests', label: 'Requests', loading: 'the requests', content: <RequestsTab /> },
    { value: 'reflections', label: 'Reflections', loading: 'the reflections', content: <ReflectionsTab /> },
    {
      value: 'one-on-ones',
      label: '1:1s',
      loading: 'the 1:1s',
      content: (
        <PlanOneOnOnes
          planId={plan.id}
          ownerName={plan.owner.name}
          managerName={plan.manager.name}
          canSchedule={canWrite}
          participant={side !== null}
        />
      ),
    },
  ];
  return (
    <Tabs
      value={current}
      onChange={(value) => {
        if (value && isPlanTab(value)) void navigate(paths.plan.to(plan.id, value));
      }}
      keepMounted={false}
    >
      <Tabs.List>
        {tabs.map((t) => (
          <Tabs.Tab
            key={t.value}
            value={t.value}
            rightSection={t.count === undefined ? undefined : <CountBadge value={t.count} />}
          >
            {t.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((t) => (
        <Tabs.Panel key={t.value} value={t.value} pt="lg">
          {t.loading ? (
            <Suspense fallback={<PageLoader label={`Opening ${t.loading}…`} />}>{t.content}</Suspense>
          ) : (
            t.content
          )}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

function CountBadge({ value }: { value: number | string }) {
  return (
    <Badge size="sm" variant="light" color="gray" radius="sm" tt="none">
      {value}
    </Badge>
  );
}
