import {
  ActionIcon,
  Anchor,
  Avatar,
  Badge,
  Box,
  Group,
  Stack,
  Table,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { LEVEL_LABELS, Level, Mode } from '@fulcrum/shared';
import { Fragment, memo, useCallback, type MouseEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { IconChevronDown, IconChevronRight } from '@/components/icons';
import { ReadinessBadge } from '@/components/ReadinessBadge';
import { paths } from '@/config/paths';
import {
  ANTI_PATTERN_EXPLANATIONS,
  antiPatternLabel,
  archetypeExplanation,
  archetypeLabel,
  firstName,
  formatDateTime,
  formatDay,
  formatHours,
  formatLocalDate,
  formatSignedHours,
  modeHours,
  plural,
  todayLocalDate,
} from '../utils/format';
import type { ReportRow, Sort, SortKey, VisibleRow } from '../utils/reportRows';
import { IconAlertTriangle, IconSelector, IconSortAscending, IconSortDescending } from './icons';
import { LazyPopover, LazyTooltip } from './Lazy';
import type { AntiPattern } from '@fulcrum/shared';

/** Levels for whom a missing plan is worth a nudge. */
const PLANNING_LEVELS = new Set<string>([Level.SENIOR, Level.LEAD, Level.STAFF, Level.PRINCIPAL]);

// Widths that fit the content area of a 1280 px wide window; narrower ones scroll sideways.
const COLUMNS: { key: SortKey | null; label: string; width: number; help?: string }[] = [
  { key: 'name', label: 'Person', width: 216 },
  { key: 'readiness', label: 'Readiness', width: 136 },
  { key: null, label: 'Target', width: 88, help: 'The target archetype of the plan.' },
  {
    key: 'shifted',
    label: 'Shifted',
    width: 78,
    help: 'Hours a week moved from doing to multiplying this quarter.',
  },
  { key: 'next', label: 'Next 1:1', width: 140 },
  {
    key: 'atRisk',
    label: 'At risk',
    width: 134,
    help: 'Delegations whose last check-in had confidence 2 or less, or with no check-in for 14 days.',
  },
  {
    key: 'antiPatterns',
    label: 'Anti-patterns',
    width: 150,
    help: 'Detected from the plan’s data.',
  },
];

/** Badges in narrow cells wrap onto a second line instead of cutting their words. */
const WRAPPING_BADGE = {
  root: { height: 'auto', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.35 },
} as const;

interface ReportsTableProps {
  rows: readonly VisibleRow[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  isExpanded: (visible: VisibleRow) => boolean;
  onToggle: (personId: string, open: boolean) => void;
}

/** Every report, one row each; the people below a direct report load into the table only once expanded. */
export function ReportsTable({ rows, sort, onSort, isExpanded, onToggle }: ReportsTableProps) {
  const navigate = useNavigate();
  const open = useCallback((to: string) => void navigate(to), [navigate]);
  return (
    <Table.ScrollContainer minWidth={COLUMNS.reduce((sum, c) => sum + c.width, 0)} type="native">
      <Table
        verticalSpacing="sm"
        horizontalSpacing="xs"
        highlightOnHover
        layout="fixed"
        data-testid="reports-table"
        aria-label="Your reports"
      >
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => (
              <Table.Th
                key={c.label}
                w={c.width}
                aria-sort={
                  c.key && sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
                }
              >
                {c.key ? (
                  <SortButton
                    label={c.label}
                    help={c.help}
                    active={sort.key === c.key}
                    direction={sort.direction}
                    onClick={() => onSort(c.key!)}
                  />
                ) : (
                  <HeaderLabel label={c.label} help={c.help} />
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((visible) => {
            const expanded = visible.children.length > 0 && isExpanded(visible);
            return (
              <Fragment key={visible.row.personId}>
                <ReportRowView
                  row={visible.row}
                  depth={0}
                  below={visible.children.length}
                  expanded={expanded}
                  dimmed={!visible.matched}
                  onToggle={onToggle}
                  onOpen={open}
                />
                {expanded &&
                  visible.children.map((child) => (
                    <ReportRowView
                      key={child.personId}
                      row={child}
                      depth={1}
                      below={0}
                      expanded={false}
                      dimmed={false}
                      onToggle={onToggle}
                      onOpen={open}
                    />
                  ))}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function HeaderLabel({ label, help }: { label: string; help?: string }) {
  const text = (
    <Text size="sm" fw={600} span style={help ? { cursor: 'help' } : undefined}>
      {label}
    </Text>
  );
  return help ? (
    <Tooltip label={help} multiline w={240} withArrow>
      {text}
    </Tooltip>
  ) : (
    text
  );
}

function SortButton({
  label,
  help,
  active,
  direction,
  onClick,
}: {
  label: string;
  help?: string;
  active: boolean;
  direction: 'asc' | 'desc';
  onClick: () => void;
}) {
  const Icon = !active ? IconSelector : direction === 'asc' ? IconSortAscending : IconSortDescending;
  const button = (
    <UnstyledButton onClick={onClick} aria-label={`Sort by ${label.toLowerCase()}`} style={{ display: 'inline-flex' }}>
      <Group gap={4} wrap="nowrap">
        <Text size="sm" fw={600} c={active ? undefined : 'var(--mantine-color-text)'}>
          {label}
        </Text>
        <Icon
          size={14}
          style={{
            flexShrink: 0,
            color: active ? 'var(--mantine-primary-color-filled)' : 'var(--mantine-color-dimmed)',
          }}
        />
      </Group>
    </UnstyledButton>
  );
  return help ? (
    <Tooltip label={help} multiline w={240} withArrow openDelay={300}>
      {button}
    </Tooltip>
  ) : (
    button
  );
}

interface RowProps {
  row: ReportRow;
  depth: 0 | 1;
  /** How many people below this one the table can show (0: no toggle). */
  below: number;
  expanded: boolean;
  /** Shown only because someone below matches the filter. */
  dimmed: boolean;
  onToggle: (personId: string, open: boolean) => void;
  onOpen: (to: string) => void;
}

/** Links and buttons inside a row do their own thing; a click anywhere else opens the row. */
function isOwnClick(event: MouseEvent<HTMLElement>): boolean {
  const target = event.target as HTMLElement;
  if (!event.currentTarget.contains(target)) return false; // from a popover rendered in a portal
  if (target.closest('a, button, input, [role="button"]')) return false;
  return !window.getSelection()?.toString();
}

const ReportRowView = memo(function ReportRowView({ row, depth, below, expanded, dimmed, onToggle, onOpen }: RowProps) {
  const target = row.plan ? paths.plan.to(row.plan.id) : paths.person.to(row.personId);
  return (
    <Table.Tr
      aria-label={row.name}
      data-testid="report-row"
      data-depth={depth}
      onClick={(event) => isOwnClick(event) && onOpen(target)}
      style={{ cursor: 'pointer', opacity: dimmed ? 0.6 : undefined }}
      bg={depth > 0 ? 'var(--mantine-color-gray-0)' : undefined}
    >
      <Table.Td>
        <PersonCell row={row} depth={depth} below={below} expanded={expanded} onToggle={onToggle} />
      </Table.Td>
      {row.plan ? (
        <PlanCells row={row} plan={row.plan} />
      ) : (
        <Table.Td colSpan={6} data-testid="cell-no-plan">
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              No plan yet
            </Text>
            {row.level && PLANNING_LEVELS.has(row.level) ? (
              <Anchor
                component={Link}
                to={paths.person.to(row.personId)}
                size="sm"
                aria-label={`Start a plan for ${row.name} from People`}
              >
                Start one from People
              </Anchor>
            ) : (
              row.level && (
                <Text size="xs" c="dimmed">
                  · {LEVEL_LABELS[row.level as Level] ?? row.level}: grows through the work delegated to them
                </Text>
              )
            )}
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
});

function PersonCell({
  row,
  depth,
  below,
  expanded,
  onToggle,
}: Pick<RowProps, 'row' | 'depth' | 'below' | 'expanded' | 'onToggle'>) {
  const linkLabel = row.plan ? `Open ${row.name}'s plan` : `Open ${row.name} in People`;
  const to = row.plan ? paths.plan.to(row.plan.id) : paths.person.to(row.personId);
  return (
    <Group gap={6} wrap="nowrap" pl={depth * 28}>
      {below > 0 ? (
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          onClick={() => onToggle(row.personId, !expanded)}
          aria-expanded={expanded}
          aria-label={`${expanded ? 'Hide' : 'Show'} the ${plural(below, 'person', 'people')} below ${row.name}`}
        >
          {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
        </ActionIcon>
      ) : (
        <Box w={22} style={{ flexShrink: 0 }} />
      )}
      <Avatar size={28} radius="xl" color="initials" name={row.name} />
      <div style={{ minWidth: 0 }}>
        <Anchor
          component={Link}
          to={to}
          size="sm"
          fw={600}
          c="var(--mantine-color-text)"
          aria-label={linkLabel}
          display="block"
          lh={1.3}
        >
          {row.name}
        </Anchor>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {[row.title, row.children.length > 0 ? plural(row.children.length, 'report') : null]
            .filter(Boolean)
            .join(' · ') || '\u00a0'}
        </Text>
      </div>
    </Group>
  );
}

type Plan = NonNullable<ReportRow['plan']>;

function PlanCells({ row, plan }: { row: ReportRow; plan: Plan }) {
  return (
    <>
      <Table.Td data-testid="cell-readiness">
        <Stack gap={4} align="flex-start">
          <ReadinessBadge stage={plan.readiness.stage} maw="100%" styles={WRAPPING_BADGE} />
          {plan.status === 'DRAFT' && (
            <Badge variant="outline" color="gray" radius="sm" size="xs">
              Draft
            </Badge>
          )}
        </Stack>
      </Table.Td>
      <Table.Td data-testid="cell-archetype">
        {plan.targetArchetype ? (
          <LazyTooltip label={archetypeExplanation(plan.targetArchetype)} multiline w={280} withArrow>
            <Text size="sm" span style={{ cursor: 'help' }}>
              {archetypeLabel(plan.targetArchetype)}
            </Text>
          </LazyTooltip>
        ) : (
          <Text size="sm" c="dimmed">
            Not set
          </Text>
        )}
      </Table.Td>
      <Table.Td data-testid="cell-shifted">
        <ShiftedCell plan={plan} />
      </Table.Td>
      <Table.Td data-testid="cell-next">
        <NextOneOnOneCell row={row} plan={plan} />
      </Table.Td>
      <Table.Td data-testid="cell-at-risk">
        <AtRiskCell row={row} />
      </Table.Td>
      <Table.Td data-testid="cell-anti-patterns">
        {row.antiPatterns.length === 0 ? (
          <Text size="sm" c="dimmed">
            None
          </Text>
        ) : (
          <Group gap={4}>
            {row.antiPatterns.map((p) => (
              <LazyTooltip key={p} label={ANTI_PATTERN_EXPLANATIONS[p as AntiPattern] ?? p} multiline w={260} withArrow>
                <Badge variant="light" color="orange" radius="sm" tt="none" maw="100%" styles={WRAPPING_BADGE}>
                  {antiPatternLabel(p)}
                </Badge>
              </LazyTooltip>
            ))}
          </Group>
        )}
      </Table.Td>
    </>
  );
}

function ShiftedCell({ plan }: { plan: Plan }) {
  const { current, projected } = plan.week;
  const week = `Multiplying ${formatHours(modeHours(current.byMode, Mode.MULTIPLYING))} a week today, ${formatHours(
    modeHours(projected.byMode, Mode.MULTIPLYING),
  )} once the open goals are done; doing ${formatHours(modeHours(current.byMode, Mode.DOING))} today, ${formatHours(
    modeHours(projected.byMode, Mode.DOING),
  )} projected.`;
  const shifted = plan.shiftedThisQuarter;
  const label =
    shifted === null
      ? `Not counted yet: there is no quarterly snapshot before this quarter to compare with (the first reflection takes one). ${week}`
      : `${formatSignedHours(shifted)} a week moved from doing to multiplying since the last quarter's snapshot. ${week}`;
  return (
    <LazyTooltip label={label} multiline w={280} withArrow>
      <Text
        size="sm"
        span
        tabIndex={0}
        fw={shifted === null ? undefined : 600}
        c={shifted === null ? 'dimmed' : shifted > 0 ? 'teal.8' : shifted < 0 ? 'red.8' : undefined}
        style={{ cursor: 'help' }}
        aria-label={shifted === null ? 'Not counted yet' : `${formatSignedHours(shifted)} shifted`}
      >
        {shifted === null ? '—' : formatSignedHours(shifted)}
      </Text>
    </LazyTooltip>
  );
}

function NextOneOnOneCell({ row, plan }: { row: ReportRow; plan: Plan }) {
  const next = row.nextOneOnOne;
  if (!next) {
    return (
      <Stack gap={0}>
        <Text size="sm" c="dimmed">
          None scheduled
        </Text>
        <Anchor
          component={Link}
          to={paths.plan.to(plan.id, 'one-on-ones')}
          size="xs"
          aria-label={`Schedule a 1:1 with ${row.name}`}
        >
          Schedule
        </Anchor>
      </Stack>
    );
  }
  const items = next.openItems;
  const today = todayLocalDate();
  return (
    <Stack gap={0} align="flex-start">
      <Anchor
        component={Link}
        to={paths.oneOnOne.to(next.id)}
        size="sm"
        fw={500}
        aria-label={`Open the next 1:1 with ${row.name}, ${formatDateTime(next.scheduledAt)}`}
      >
        {formatDateTime(next.scheduledAt)}
      </Anchor>
      {items.length === 0 ? (
        <Text size="xs" c="dimmed">
          No open action items
        </Text>
      ) : (
        <LazyPopover
          width={320}
          position="bottom-start"
          withArrow
          shadow="md"
          trapFocus
          dropdownProps={{ 'data-testid': 'open-items-popover' }}
          target={
            <Anchor
              component="button"
              type="button"
              size="xs"
              aria-label={`${plural(items.length, 'open action item')} for the 1:1 with ${row.name}`}
            >
              {plural(items.length, 'open item')}
            </Anchor>
          }
        >
          <Stack gap={6}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              Open action items
            </Text>
            {items.map((item) => (
              <div key={item.id} data-testid="open-action-item">
                <Text size="sm">{item.text}</Text>
                <Text size="xs" c={item.dueOn && item.dueOn < today ? 'red.8' : 'dimmed'}>
                  {firstName(item.owner.name)}
                  {item.dueOn
                    ? ` · ${item.dueOn < today ? 'overdue, was due' : 'due'} ${formatLocalDate(item.dueOn)}`
                    : ''}
                </Text>
              </div>
            ))}
            <Anchor component={Link} to={paths.oneOnOne.to(next.id)} size="sm">
              Open the 1:1
            </Anchor>
          </Stack>
        </LazyPopover>
      )}
    </Stack>
  );
}

function riskLine(risk: ReportRow['atRisk'][number]): ReactNode {
  return risk.reason === 'OVERDUE'
    ? `${risk.activityName} (${firstName(risk.delegateeName)}): check-in overdue since ${formatDay(risk.due!)}`
    : `${risk.activityName} (${firstName(risk.delegateeName)}): last confidence 2/5 or less`;
}

function AtRiskCell({ row }: { row: ReportRow }) {
  const risks = row.atRisk;
  if (risks.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  }
  const first = risks[0]!;
  return (
    <Stack gap={2} align="flex-start">
      <LazyPopover
        width={340}
        position="bottom-start"
        withArrow
        shadow="md"
        trapFocus
        dropdownProps={{ 'data-testid': 'risks-popover' }}
        target={
          <UnstyledButton aria-label={`${plural(risks.length, 'delegation')} at risk in ${row.name}'s plan`}>
            <Badge
              color="red"
              variant="light"
              radius="sm"
              tt="none"
              leftSection={<IconAlertTriangle size={12} />}
              style={{ cursor: 'pointer' }}
            >
              {risks.length} at risk
            </Badge>
          </UnstyledButton>
        }
      >
        <Stack gap={6}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            Delegations at risk
          </Text>
          {risks.map((r) => (
            <Text key={r.id} size="sm" data-testid="risk-line">
              {riskLine(r)}
            </Text>
          ))}
        </Stack>
      </LazyPopover>
      <Text size="xs" c="dimmed" lineClamp={2} data-testid="risk-reason">
        {firstName(first.delegateeName)}: {first.reason === 'OVERDUE' ? 'check-in overdue' : 'low confidence'}
        {risks.length > 1 ? ` (+${risks.length - 1})` : ''}
      </Text>
    </Stack>
  );
}
