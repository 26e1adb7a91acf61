import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { ReadinessStage } from '@fulcrum/shared';
import { useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { IconSearch } from '@/components/icons';
import { READINESS_LABELS } from '@/components/ReadinessBadge';
import { paths } from '@/config/paths';
import type { SignedInViewer } from '@/lib/viewer/useViewer';
import { ManagerHomeDocument } from '../api/gql/graphql';
import {
  NO_FILTER,
  buildManagerHome,
  filterRows,
  isFiltering,
  sortRows,
  type Filter,
  type ManagerHomeModel,
  type ReadinessFilter,
  type Sort,
  type SortKey,
  type VisibleRow,
} from '../utils/reportRows';
import { HomeQueryStatus, HomeTitle, VisibilityNote } from './HomeParts';
import { ReportsTable } from './ReportsTable';
import { StartMyPlanCard, canStartOwnPlan } from './StartMyPlanCard';
import { MyPlanCard } from './MyPlanCard';

/** Direct reports shown at first, and added by "Show more": a thousand rows stay quick. */
const PAGE = 100;

/** Columns whose most useful order is the largest first. */
const DESCENDING_FIRST = new Set<SortKey>(['shifted', 'atRisk', 'antiPatterns']);

const READINESS_OPTIONS: { value: ReadinessFilter; label: string }[] = [
  { value: 'ALL', label: 'Any readiness' },
  {
    value: ReadinessStage.FOCUS_ON_SENIOR_SCOPE,
    label: READINESS_LABELS[ReadinessStage.FOCUS_ON_SENIOR_SCOPE],
  },
  {
    value: ReadinessStage.BUILDING_SIGNALS,
    label: READINESS_LABELS[ReadinessStage.BUILDING_SIGNALS],
  },
  {
    value: ReadinessStage.READY_FOR_CHANGE,
    label: READINESS_LABELS[ReadinessStage.READY_FOR_CHANGE],
  },
  { value: 'NO_PLAN', label: 'No plan yet' },
];
const READINESS_BY_VALUE = new Map<string, ReadinessFilter>(READINESS_OPTIONS.map((o) => [o.value, o.value]));

/** Home for a manager: every report, where each one stands, what needs attention. One query. */
export function ManagerHome({ viewer }: { viewer: SignedInViewer }) {
  const query = useQuery(ManagerHomeDocument, { fetchPolicy: 'cache-and-network' });
  const { data } = query;
  const model = useMemo(() => (data ? buildManagerHome(data, viewer.person.id) : null), [data, viewer.person.id]);

  return (
    <Stack gap="lg" data-testid="manager-home">
      <HomeTitle name={viewer.person.name}>Where each of your reports stands, and what needs you this week.</HomeTitle>
      <HomeQueryStatus query={query} ready={!!model} label="Loading your reports" cards={2} />
      {model && <Reports model={model} />}
      {model?.myPlan ? (
        <MyPlanCard plan={model.myPlan} managerName={viewer.person.manager?.name ?? 'your manager'} />
      ) : (
        model && canStartOwnPlan(viewer) && <StartMyPlanCard viewer={viewer} />
      )}
    </Stack>
  );
}

function Reports({ model }: { model: ManagerHomeModel }) {
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'asc' });
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  // Typing stays responsive with many rows: the table follows a moment later.
  const deferredFilter = useDeferredValue(filter);
  const [openRows, setOpenRows] = useState<Record<string, boolean>>({});
  const [limit, setLimit] = useState(PAGE);

  const sorted = useMemo(() => sortRows(model.rows, sort), [model.rows, sort]);
  const visible = useMemo(() => filterRows(sorted, deferredFilter), [sorted, deferredFilter]);
  const filtering = isFiltering(deferredFilter);

  const onSort = useCallback(
    (key: SortKey) =>
      setSort((current) =>
        current.key === key
          ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
          : { key, direction: DESCENDING_FIRST.has(key) ? 'desc' : 'asc' },
      ),
    [],
  );
  const onToggle = useCallback(
    (personId: string, open: boolean) => setOpenRows((rows) => ({ ...rows, [personId]: open })),
    [],
  );
  // Collapsed by default; under a filter, the matching people below are shown.
  const isExpanded = useCallback((v: VisibleRow) => openRows[v.row.personId] ?? filtering, [openRows, filtering]);
  const update = (change: Partial<Filter>) => setFilter((f) => ({ ...f, ...change }));
  const { stats } = model;

  return (
    <>
      <ReportStats stats={stats} onNeedsAttention={() => update({ needsAttention: true })} />

      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <ReportFilters
            filter={filter}
            update={update}
            clear={() => setFilter(NO_FILTER)}
            needsAttention={stats.needsAttention}
          />

          {model.rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              No one reports to you any more. Who reports to whom is set in{' '}
              <Anchor component={Link} to={paths.people.to()} size="sm">
                People
              </Anchor>
              .
            </Text>
          ) : visible.length === 0 ? (
            <Group gap="sm" data-testid="no-match">
              <Text size="sm" c="dimmed">
                No one matches these filters.
              </Text>
              <Button variant="light" size="xs" onClick={() => setFilter(NO_FILTER)}>
                Clear filters
              </Button>
            </Group>
          ) : (
            <ReportsTable
              rows={visible.length > limit ? visible.slice(0, limit) : visible}
              sort={sort}
              onSort={onSort}
              isExpanded={isExpanded}
              onToggle={onToggle}
            />
          )}
          {visible.length > limit && (
            <Group justify="center">
              <Button variant="light" onClick={() => setLimit((l) => l + PAGE)}>
                Show {Math.min(PAGE, visible.length - limit)} more of {visible.length}
              </Button>
            </Group>
          )}
          <VisibilityNote testId="manager-home-visibility">
            Each plan is visible to its owner, their manager and the managers above them: you see your reports and
            theirs. Admins and colleagues do not see plan content. A row opens the plan; the date opens the 1:1.
          </VisibilityNote>
        </Stack>
      </Card>
    </>
  );
}

/** The four counts over the reports; the risky ones filter the table to who needs attention. */
function ReportStats({ stats, onNeedsAttention }: { stats: ManagerHomeModel['stats']; onNeedsAttention: () => void }) {
  const figures: Figure[] = [
    {
      testId: 'stat-reports',
      label: 'Reports',
      value: stats.people,
      hint: `${stats.direct} direct${stats.people > stats.direct ? `, ${stats.people - stats.direct} below them` : ''}`,
    },
    {
      testId: 'stat-plans',
      label: 'Plans',
      value: stats.plans,
      hint: stats.people > stats.plans ? `${stats.people - stats.plans} without a plan` : 'everyone has one',
    },
    {
      testId: 'stat-at-risk',
      label: 'Delegations at risk',
      value: stats.atRisk,
      hint: 'confidence ≤ 2 or 14 days silent',
      alarm: 'red',
    },
    {
      testId: 'stat-anti-patterns',
      label: 'Anti-patterns',
      value: stats.antiPatterns,
      hint: "detected from the plans' data",
      alarm: 'orange',
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" data-testid="manager-stats">
      {figures.map((figure) => (
        <Stat
          key={figure.testId}
          figure={figure}
          // A risk counted opens the reports that need attention.
          onClick={figure.alarm && figure.value > 0 ? onNeedsAttention : undefined}
        />
      ))}
    </SimpleGrid>
  );
}

/** Search by name, filter by readiness or by what needs attention. */
function ReportFilters({
  filter,
  update,
  clear,
  needsAttention,
}: {
  filter: Filter;
  update: (change: Partial<Filter>) => void;
  clear: () => void;
  needsAttention: number;
}) {
  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label="Search by name"
          placeholder="Name or title"
          leftSection={<IconSearch size={16} />}
          value={filter.search}
          onChange={(event) => update({ search: event.currentTarget.value })}
          w={220}
        />
        <NativeSelect
          label="Filter by readiness"
          data={READINESS_OPTIONS}
          value={filter.readiness}
          onChange={(event) => update({ readiness: READINESS_BY_VALUE.get(event.currentTarget.value) ?? 'ALL' })}
          w={220}
        />
        <Switch
          label={`Needs attention (${needsAttention})`}
          description="A delegation at risk or an anti-pattern"
          checked={filter.needsAttention}
          onChange={(event) => update({ needsAttention: event.currentTarget.checked })}
          mb={2}
        />
      </Group>
      {isFiltering(filter) && (
        <Button variant="subtle" size="xs" onClick={clear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}

/** One count over the reports; `alarm`: the colour it takes once there is any. */
interface Figure {
  testId: string;
  label: string;
  value: number;
  hint: string;
  alarm?: string;
}

function Stat({ figure: { testId, label, value, hint, alarm }, onClick }: { figure: Figure; onClick?: () => void }) {
  const color = alarm && value > 0 ? alarm : undefined;
  const body: ReactNode = (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} c={color ? `${color}.7` : undefined} lh={1.3} data-testid={`${testId}-value`}>
        {value}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {hint}
      </Text>
    </Stack>
  );
  return onClick ? (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="button"
      type="button"
      onClick={onClick}
      data-testid={testId}
      aria-label={`${label}: ${value}. Show the reports that need attention`}
      style={{ textAlign: 'left', cursor: 'pointer', width: '100%' }}
    >
      {body}
    </Paper>
  ) : (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      {body}
    </Paper>
  );
}
