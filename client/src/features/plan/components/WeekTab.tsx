import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Mode, isOpenGoal } from '@fulcrum/shared';
import { useMemo, useState } from 'react';
import { AddButton } from '@/components/ActionButtons';
import { usePlanScope } from '../hooks/usePlanScope';
import { WeekBars } from './WeekBars';
import { formatHours } from '@/lib/format';
import { ActivityRow } from './ActivityRow';
import { AddActivityForm } from './AddActivityForm';
import { BudgetEditor } from './BudgetEditor';
import { StatCard } from '@/components/StatCard';

export function WeekTab() {
  const { plan } = usePlanScope();
  const { week } = plan;
  const rows = [
    { label: 'Today', shape: week.current },
    { label: 'Projected', shape: week.projected },
  ];
  const openGoals = plan.goals.filter((g) => isOpenGoal(g.status)).length;
  const multiplying = (shape: typeof week.current) =>
    shape.byMode.find((m) => m.key === (Mode.MULTIPLYING as string))?.hours ?? 0;
  const share = (shape: typeof week.current) =>
    shape.totalHours > 0 ? Math.round((multiplying(shape) / shape.totalHours) * 100) : 0;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <StatCard
          label="This week"
          value={formatHours(week.current.totalHours)}
          hint={`of a ${formatHours(week.budgetHours)} budget`}
          testId="week-total"
        />
        <StatCard
          label="Free"
          value={formatHours(week.freeHours)}
          hint={week.freeHours === 0 ? 'the week is full' : 'left in the budget'}
          color={week.freeHours === 0 ? 'orange' : undefined}
          testId="week-free"
        />
        <StatCard
          label="Projected"
          value={formatHours(week.projected.totalHours)}
          hint={openGoals === 0 ? 'no open goals' : `with ${openGoals} open ${openGoals === 1 ? 'goal' : 'goals'}`}
          testId="week-projected"
        />
        <StatCard
          label="Multiplying"
          value={`${share(week.current)}% → ${share(week.projected)}%`}
          hint="of the week, today → projected"
          testId="week-multiplying"
        />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="md">
          <Text fw={600} size="sm" mb={4}>
            By mode
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            Doing: value from your own hands. Multiplying: value through other people.
          </Text>
          <WeekBars rows={rows} budgetHours={week.budgetHours} by="mode" />
        </Card>
        <Card withBorder padding="md">
          <Text fw={600} size="sm" mb={4}>
            By leverage
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            Best work on high leverage, good work on neutral, just get overhead done.
          </Text>
          <WeekBars rows={rows} budgetHours={week.budgetHours} by="leverage" />
        </Card>
      </SimpleGrid>

      <Activities />
      <BudgetEditor />
    </Stack>
  );
}

function Activities() {
  const { plan, canWrite } = usePlanScope();
  const [adding, setAdding] = useState(false);
  const activities = plan.week.activities;
  const usedByGoals = useMemo(() => {
    const used = new Map<string, string>();
    for (const goal of plan.goals) {
      if (!isOpenGoal(goal.status)) continue;
      if (goal.stop?.activity) used.set(goal.stop.activity.id, goal.title);
      if (goal.start.activity) used.set(goal.start.activity.id, goal.title);
    }
    return used;
  }, [plan.goals]);

  return (
    <Stack gap="sm" component="section" aria-label="Activities">
      <Group justify="space-between">
        <div>
          <Title order={2} fz="lg">
            Activities
          </Title>
          <Text size="sm" c="dimmed">
            Where the {formatHours(plan.week.budgetHours)} go. The budget never bends: to take something on, something
            else has to shrink or be handed off.
          </Text>
        </div>
        {canWrite && !adding && <AddButton onClick={() => setAdding(true)}>Add activity</AddButton>}
      </Group>
      {adding && <AddActivityForm onDone={() => setAdding(false)} />}
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={760} type="native">
          <Table verticalSpacing="sm" horizontalSpacing="md" data-testid="activities">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Activity</Table.Th>
                <Table.Th w={120} style={{ whiteSpace: 'nowrap' }}>
                  Hours / week
                </Table.Th>
                <Table.Th w={130}>Mode</Table.Th>
                <Table.Th w={160}>Leverage</Table.Th>
                {canWrite && <Table.Th w={130} aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activities.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="dimmed" ta="center" py="md">
                      No activities yet. {canWrite ? 'Add what the week is spent on today, hour by hour.' : ''}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {activities.map((activity) => (
                <ActivityRow key={activity.id} activity={activity} usedBy={usedByGoals.get(activity.id) ?? null} />
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>Total</Table.Th>
                <Table.Th data-testid="activities-total" style={{ whiteSpace: 'nowrap' }}>
                  {plan.week.current.totalHours} / {formatHours(plan.week.budgetHours)}
                </Table.Th>
                <Table.Th colSpan={canWrite ? 3 : 2}>
                  <Text size="sm" c={plan.week.freeHours === 0 ? 'orange' : 'dimmed'} fw={500}>
                    {formatHours(plan.week.freeHours)} free
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      </Card>
    </Stack>
  );
}
