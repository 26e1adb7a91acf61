import type { ReportHomeQuery } from '../api/gql/graphql';
import { Badge, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { GoalStatus, MODE_LABELS, Mode } from '@fulcrum/shared';
import { IconArrowsShift } from '@/components/icons';
import { Tag } from '@/components/Tag';
import { modeHours } from '../utils/format';
import { HomeCard, PlanTabLink } from './HomeParts';
import { formatHours, formatSignedHours } from '@/lib/format';

export type MyPlan = NonNullable<ReportHomeQuery['viewer']>['person']['activePlan'] & {};
export const OPEN_GOALS = new Set<string>([GoalStatus.PROPOSED, GoalStatus.ACTIVE]);
export const MODE_COLORS: Record<Mode, string> = { [Mode.DOING]: 'blue.6', [Mode.MULTIPLYING]: 'teal.6' };

const MY_WEEK = { testId: 'my-week', icon: IconArrowsShift, color: 'teal', title: 'My week' };
const MY_GOALS = { testId: 'my-goals', icon: IconArrowsShift, color: 'indigo', title: 'Change goals under way' };

/** Today's week and the projected one (every open goal applied), by mode, against the budget. */
export function WeekCard({ plan }: { plan: MyPlan }) {
  const { week } = plan;
  const rows = [
    { label: 'Today', shape: week.current },
    { label: 'Projected', shape: week.projected },
  ];
  const shifted = plan.shiftedThisQuarter;
  return (
    <HomeCard
      kind={MY_WEEK}
      right={<PlanTabLink planId={plan.id} tab="week" label="Week tab" />}
      description={
        <>
          {MODE_LABELS[Mode.DOING]} (your own hands) against {MODE_LABELS[Mode.MULTIPLYING].toLowerCase()} (through
          others): today, and once your open goals are done. Budget {formatHours(week.budgetHours)} a week.
        </>
      }
    >
      {week.current.totalHours === 0 && week.projected.totalHours === 0 ? (
        <Text size="sm" c="dimmed">
          Your week is empty: list what you spend your hours on in the Week tab, then plan what to shift.
        </Text>
      ) : (
        <Stack gap="xs">
          {rows.map(({ label, shape }) => (
            <WeekRow key={label} label={label} shape={shape} budgetHours={week.budgetHours} />
          ))}
        </Stack>
      )}
      <Text size="sm" data-testid="my-shifted">
        <Text span fw={600}>
          Shifted this quarter:
        </Text>{' '}
        {shifted === null ? (
          <Text span c="dimmed">
            — (counted from your first quarterly reflection)
          </Text>
        ) : (
          <Text span c={shifted > 0 ? 'teal.8' : shifted < 0 ? 'red.8' : undefined} fw={600}>
            {formatSignedHours(shifted)} from doing to multiplying
          </Text>
        )}
      </Text>
    </HomeCard>
  );
}

/** One week (today's or the projected one) as hours doing and multiplying, against the budget. */
function WeekRow({
  label,
  shape,
  budgetHours,
}: {
  label: string;
  shape: MyPlan['week']['current'];
  budgetHours: number;
}) {
  const doing = modeHours(shape.byMode, Mode.DOING);
  const multiplying = modeHours(shape.byMode, Mode.MULTIPLYING);
  const free = Math.max(0, budgetHours - shape.totalHours);
  const pct = (hours: number) => (budgetHours > 0 ? (hours / budgetHours) * 100 : 0);
  return (
    <div data-testid={`week-${label.toLowerCase()}`}>
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="xs" c="dimmed">
          Doing {formatHours(doing)} · Multiplying {formatHours(multiplying)}
          {free > 0 ? ` · ${formatHours(free)} free` : ''}
        </Text>
      </Group>
      <Progress.Root
        size={18}
        radius="sm"
        aria-label={`${label}: doing ${formatHours(doing)}, multiplying ${formatHours(multiplying)}, of ${formatHours(budgetHours)}`}
      >
        <Progress.Section value={pct(doing)} color={MODE_COLORS[Mode.DOING]}>
          {doing >= 4 && <Progress.Label>{formatHours(doing)}</Progress.Label>}
        </Progress.Section>
        <Progress.Section value={pct(multiplying)} color={MODE_COLORS[Mode.MULTIPLYING]}>
          {multiplying >= 4 && <Progress.Label>{formatHours(multiplying)}</Progress.Label>}
        </Progress.Section>
      </Progress.Root>
    </div>
  );
}

export function GoalsCard({ plan }: { plan: MyPlan }) {
  const open = plan.goals.filter((g) => OPEN_GOALS.has(g.status));
  return (
    <HomeCard
      kind={MY_GOALS}
      right={<PlanTabLink planId={plan.id} tab="goals" label="Goals tab" />}
      description="Each goal stops or shrinks an activity and starts another: change, not addition."
    >
      {open.length === 0 ? (
        <Text size="sm" c="dimmed">
          No open change goals. In the Goals tab, pick an activity to stop or shrink and what to start with the hours it
          frees.
        </Text>
      ) : (
        open.map((g) => (
          <Card key={g.id} withBorder radius="md" padding="sm" role="article" aria-label={g.title}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Text size="sm" fw={600}>
                {g.title}
              </Text>
              <Badge
                variant="light"
                color={g.status === GoalStatus.ACTIVE ? 'indigo' : 'gray'}
                radius="sm"
                style={{ flexShrink: 0 }}
              >
                {g.status === GoalStatus.ACTIVE ? 'Active' : 'Proposed'}
              </Badge>
            </Group>
            <Stack gap={2} mt={6}>
              <Group gap={8} wrap="nowrap">
                <Text size="xs" c="dimmed" w={36} style={{ flexShrink: 0 }}>
                  Stop
                </Text>
                {g.stop ? (
                  <Text size="sm">
                    {g.stop.activityName}{' '}
                    <Text span fw={600} c="blue.8">
                      {formatSignedHours(-g.stop.hoursPerWeek)}
                    </Text>
                  </Text>
                ) : (
                  <Tag color="orange">Nothing: an addition</Tag>
                )}
              </Group>
              <Group gap={8} wrap="nowrap">
                <Text size="xs" c="dimmed" w={36} style={{ flexShrink: 0 }}>
                  Start
                </Text>
                <Text size="sm">
                  {g.start.activityName}{' '}
                  <Text span fw={600} c="teal.8">
                    {formatSignedHours(g.start.hoursPerWeek)}
                  </Text>
                </Text>
              </Group>
            </Stack>
          </Card>
        ))
      )}
    </HomeCard>
  );
}
