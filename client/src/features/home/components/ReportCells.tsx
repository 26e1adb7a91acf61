import { Anchor, Badge, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { Mode, PlanStatus } from '@fulcrum/shared';
import { type ReactNode } from 'react';
import { Link } from 'react-router';
import { IconAlertTriangle } from '@/components/icons';
import { ReadinessBadge } from '@/components/ReadinessBadge';
import { Tag } from '@/components/Tag';
import { paths } from '@/config/paths';
import {
  archetypeExplanation,
  archetypeLabel,
  formatDateTime,
  formatDay,
  formatLocalDate,
  modeHours,
  plural,
  todayLocalDate,
} from '../utils/format';
import type { ReportRow } from '../utils/reportRows';
import { CellPopover, LazyTooltip } from './Lazy';
import { firstName, formatHours, formatSignedHours } from '@/lib/format';
import { ANTI_PATTERN_EXPLANATIONS, antiPatternLabel } from '@/lib/antiPatterns';

export const WRAPPING_BADGE = {
  root: { height: 'auto', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.35 },
} as const;

export type Plan = NonNullable<ReportRow['plan']>;

export function PlanCells({ row, plan }: { row: ReportRow; plan: Plan }) {
  return (
    <>
      <Table.Td data-testid="cell-readiness">
        <Stack gap={4} align="flex-start">
          <ReadinessBadge stage={plan.readiness.stage} maw="100%" styles={WRAPPING_BADGE} />
          {plan.status === PlanStatus.DRAFT && (
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
              <LazyTooltip key={p} label={ANTI_PATTERN_EXPLANATIONS[p]} multiline w={260} withArrow>
                <Tag color="orange" maw="100%" styles={WRAPPING_BADGE}>
                  {antiPatternLabel(p)}
                </Tag>
              </LazyTooltip>
            ))}
          </Group>
        )}
      </Table.Td>
    </>
  );
}

export function ShiftedCell({ plan }: { plan: Plan }) {
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

export function NextOneOnOneCell({ row, plan }: { row: ReportRow; plan: Plan }) {
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
        <CellPopover
          width={320}
          testId="open-items-popover"
          title="Open action items"
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
        </CellPopover>
      )}
    </Stack>
  );
}

export function riskLine(risk: ReportRow['atRisk'][number]): ReactNode {
  return risk.reason === 'OVERDUE' && risk.due !== null
    ? `${risk.activityName} (${firstName(risk.delegateeName)}): check-in overdue since ${formatDay(risk.due)}`
    : `${risk.activityName} (${firstName(risk.delegateeName)}): last confidence 2/5 or less`;
}

export function AtRiskCell({ row }: { row: ReportRow }) {
  const risks = row.atRisk;
  if (risks.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  }
  const first = risks[0];
  return (
    <Stack gap={2} align="flex-start">
      <CellPopover
        width={340}
        testId="risks-popover"
        title="Delegations at risk"
        target={
          <UnstyledButton aria-label={`${plural(risks.length, 'delegation')} at risk in ${row.name}'s plan`}>
            <Tag color="red" leftSection={<IconAlertTriangle size={12} />} style={{ cursor: 'pointer' }}>
              {risks.length} at risk
            </Tag>
          </UnstyledButton>
        }
      >
        {risks.map((r) => (
          <Text key={r.id} size="sm" data-testid="risk-line">
            {riskLine(r)}
          </Text>
        ))}
      </CellPopover>
      <Text size="xs" c="dimmed" lineClamp={2} data-testid="risk-reason">
        {firstName(first.delegateeName)}: {first.reason === 'OVERDUE' ? 'check-in overdue' : 'low confidence'}
        {risks.length > 1 ? ` (+${risks.length - 1})` : ''}
      </Text>
    </Stack>
  );
}
