import { ActionIcon, Anchor, Avatar, Box, Group, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { LEVEL_LABELS, Level } from '@fulcrum/shared';
import { Fragment, memo, useCallback, type MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  IconChevronDown,
  IconChevronRight,
  IconSelector,
  IconSortAscending,
  IconSortDescending,
} from '@/components/icons';
import { paths } from '@/config/paths';
import { plural } from '../utils/format';
import type { ReportRow, Sort, SortKey, VisibleRow } from '../utils/reportRows';
import { PlanCells } from './ReportCells';

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

type Column = (typeof COLUMNS)[number];

/** A column's heading: a sort button when the column sorts, with its help as a tooltip. */
function ColumnHeader({ column: c, sort, onSort }: { column: Column; sort: Sort; onSort: (key: SortKey) => void }) {
  const { key } = c;
  return (
    <Table.Th
      w={c.width}
      aria-sort={key && sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      {key ? (
        <SortButton
          label={c.label}
          help={c.help}
          active={sort.key === key}
          direction={sort.direction}
          onClick={() => onSort(key)}
        />
      ) : (
        <HeaderLabel label={c.label} help={c.help} />
      )}
    </Table.Th>
  );
}

/** Badges in narrow cells wrap onto a second line instead of cutting their words. */

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
              <ColumnHeader key={c.label} column={c} sort={sort} onSort={onSort} />
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
                  · {LEVEL_LABELS[row.level]}: grows through the work delegated to them
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
