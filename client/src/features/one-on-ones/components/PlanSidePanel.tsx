import { GapStatus, GoalStatus, OneOnOneStatus } from '@fulcrum/shared';
import { Anchor, Badge, Card, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ReadinessBadge } from '@/components/ReadinessBadge';
import { PLAN_TABS, paths, type PlanTab } from '@/config/paths';
import { useOneOnOneScope } from '../hooks/useOneOnOneScope';
import { formatDay } from '../utils/format';
import { CalendarFeedButton } from './CalendarFeedButton';

const TAB_LABELS: Record<string, string> = {
  current: 'Current state',
  gaps: 'Gaps',
  week: 'Week',
  goals: 'Goals',
  delegations: 'Delegations',
  requests: 'Requests',
  reflections: 'Reflections',
  'one-on-ones': 'All 1:1s',
};

function tabLabel(tab: PlanTab): string {
  return TAB_LABELS[tab] ?? tab.charAt(0).toUpperCase() + tab.slice(1);
}

/** The plan beside the 1:1: where it stands, each of its tabs, and the plan's other 1:1s. */
export function PlanSidePanel() {
  const { plan, oneOnOne, viewerId, participant } = useOneOnOneScope();
  const mine = plan.owner.id === viewerId;
  const openGaps = plan.gaps.filter((g) => g.status !== GapStatus.CLOSED).length;
  const openGoals = plan.goals.filter((g) => g.status === GoalStatus.PROPOSED || g.status === GoalStatus.ACTIVE).length;
  const others = plan.oneOnOnes.edges.map((e) => e.node);

  return (
    <Stack gap="lg">
      <Card withBorder padding="md" data-testid="plan-side-panel">
        <Stack gap="xs">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            The plan
          </Text>
          <Anchor component={Link} to={paths.plan.to(plan.id)} fw={700}>
            {mine ? 'Your growth plan' : `${plan.owner.name}'s growth plan`}
          </Anchor>
          <Group gap={6}>
            <ReadinessBadge stage={plan.readiness.stage} />
            <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500}>
              {openGaps} open {openGaps === 1 ? 'gap' : 'gaps'}
            </Badge>
            <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500}>
              {openGoals} open {openGoals === 1 ? 'goal' : 'goals'}
            </Badge>
          </Group>
          <Stack gap={0} component="nav" aria-label="Plan tabs">
            {PLAN_TABS.map((tab) => (
              <NavLink
                key={tab}
                component={Link}
                to={paths.plan.to(plan.id, tab)}
                label={tabLabel(tab)}
                py={4}
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              />
            ))}
          </Stack>
        </Stack>
      </Card>

      {others.length > 1 && (
        <Card withBorder padding="md">
          <Stack gap={4}>
            <Title order={2} fz="sm">
              1:1s of this plan
            </Title>
            {others.map((o) => (
              <NavLink
                key={o.id}
                component={Link}
                to={paths.oneOnOne.to(o.id)}
                active={o.id === oneOnOne.id}
                label={formatDay(o.scheduledAt)}
                description={o.status === OneOnOneStatus.DONE ? 'Done' : 'Upcoming'}
                py={4}
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              />
            ))}
          </Stack>
        </Card>
      )}

      {participant && (
        <Group>
          <CalendarFeedButton size="xs" />
        </Group>
      )}
    </Stack>
  );
}
