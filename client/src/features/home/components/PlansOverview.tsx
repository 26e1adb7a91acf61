import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Avatar, Badge, Button, Card, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { IconArrowRight, IconEye, IconTarget, IconUsers } from '@/components/icons';
import { LevelBadge } from '@/components/PersonBadges';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ReadinessBadge } from '@/components/ReadinessBadge';
import { NextOneOnOneLink } from '@/features/one-on-ones/components/NextOneOnOneLink';
import { paths } from '@/config/paths';
import { ViewerDocument } from '@/gql/graphql';
import { HomePlansDocument, StartMyPlanDocument, type HomePlansQuery } from '../api/gql/graphql';
import { readProblem, type Problem } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import { useViewer } from '@/lib/viewer/useViewer';

type HomePlan = HomePlansQuery['visiblePlans'][number];

/** Plans are for the step from Senior to Lead and beyond; juniors are offered none. */
const PLANNING_LEVELS = new Set<string>(['SENIOR', 'LEAD', 'STAFF', 'PRINCIPAL']);

const STATUS_LABELS: Record<string, string> = { DRAFT: 'Draft', ACTIVE: 'Active', ARCHIVED: 'Archived' };

function openGoals(plan: HomePlan): number {
  return plan.goals.filter((g) => g.status === 'PROPOSED' || g.status === 'ACTIVE').length;
}

function disagreements(plan: HomePlan): number {
  return plan.signals.filter((s) => !s.agree).length;
}

/** "My plan" for a report; the plans of their reports (with readiness) for a manager. */
export function PlansOverview() {
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(HomePlansDocument, { fetchPolicy: 'cache-and-network' });

  if (!data && loading) {
    return (
      <Card withBorder radius="md" padding="lg" aria-label="Loading plans">
        <Stack gap="sm">
          <Skeleton height={18} width="30%" />
          <Skeleton height={12} />
          <Skeleton height={12} width="70%" />
        </Stack>
      </Card>
    );
  }
  if (!data) return error ? <ProblemAlert error={error} onRetry={() => void refetch()} retrying={loading} /> : null;

  const mine = data.visiblePlans.find((p) => p.owner.id === viewer.person.id) ?? null;
  const others = data.visiblePlans.filter((p) => p.owner.id !== viewer.person.id);
  const withPlan = new Set(data.visiblePlans.map((p) => p.owner.id));
  const reportsWithoutPlan = viewer.person.reports.filter((r) => !withPlan.has(r.id));
  const showTeam = others.length > 0 || viewer.person.reports.length > 0;

  return (
    <Stack gap="lg">
      {(mine || (viewer.person.manager && PLANNING_LEVELS.has(viewer.person.level))) && <MyPlanCard plan={mine} />}
      {showTeam && (
        <Card withBorder radius="md" padding="lg" data-testid="team-plans">
          <Stack gap="md">
            <Group gap="sm">
              <ThemeIcon variant="light" size={36} radius="md" color="teal">
                <IconUsers size={20} />
              </ThemeIcon>
              <div>
                <Title order={2} fz="lg">
                  Your team's plans
                </Title>
                <Text size="sm" c="dimmed">
                  Your reports, and their reports, with where each one stands.
                </Text>
              </div>
            </Group>
            {others.map((plan) => (
              <TeamPlanRow key={plan.id} plan={plan} direct={plan.manager.id === viewer.person.id} />
            ))}
            {reportsWithoutPlan.map((report) => (
              <Group key={report.id} justify="space-between" wrap="nowrap" gap="sm">
                <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                  <Avatar size={32} radius="xl" color="initials" name={report.name} />
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500} truncate>
                      {report.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      No plan yet
                    </Text>
                  </div>
                </Group>
                <Anchor component={Link} to={paths.person.to(report.id)} size="sm" style={{ flexShrink: 0 }}>
                  Start one from People
                </Anchor>
              </Group>
            ))}
            <VisibilityNote text="Each plan is visible to its owner, their manager, and managers above them; admins do not see plan content." />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

function VisibilityNote({ text }: { text: string }) {
  return (
    <Group gap={6} wrap="nowrap" c="dimmed">
      <IconEye size={14} style={{ flexShrink: 0 }} />
      <Text size="xs">{text}</Text>
    </Group>
  );
}

function TeamPlanRow({ plan, direct }: { plan: HomePlan; direct: boolean }) {
  const disagree = disagreements(plan);
  const goals = openGoals(plan);
  return (
    <Card withBorder padding="sm" radius="md" data-testid={`team-plan-${plan.owner.id}`}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Avatar size={36} radius="xl" color="initials" name={plan.owner.name} />
          <div style={{ minWidth: 0 }}>
            <Text size="sm" fw={600} truncate>
              {plan.owner.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {plan.owner.title ?? ''}
              {direct ? '' : ` · reports to ${plan.manager.name}`}
            </Text>
            {direct && <NextOneOnOneLink planId={plan.id} next={plan.nextOneOnOne} />}
          </div>
        </Group>
        <Group gap="xs">
          <ReadinessBadge stage={plan.readiness.stage} />
          {plan.status !== 'ACTIVE' && (
            <Badge variant="outline" color="gray" radius="sm">
              {STATUS_LABELS[plan.status] ?? plan.status}
            </Badge>
          )}
          {disagree > 0 && (
            <Badge variant="light" color="orange" radius="sm" tt="none">
              {disagree === 1 ? '1 disagreement' : `${disagree} disagreements`}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {plan.week.current.totalHours} / {plan.week.budgetHours} h · {goals} open {goals === 1 ? 'goal' : 'goals'}
          </Text>
          <Button
            component={Link}
            to={paths.plan.to(plan.id)}
            size="xs"
            variant="light"
            rightSection={<IconArrowRight size={14} />}
            aria-label={`Open ${plan.owner.name}'s plan`}
          >
            Open
          </Button>
        </Group>
      </Group>
    </Card>
  );
}

function MyPlanCard({ plan }: { plan: HomePlan | null }) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [start, { loading }] = useMutation(StartMyPlanDocument, { refetchQueries: [HomePlansDocument, ViewerDocument] });
  const manager = viewer.person.manager;

  const startMine = async () => {
    setProblem(null);
    try {
      const { data } = await start({ variables: { input: { ownerId: viewer.person.id } } });
      if (data) {
        notifySuccess('Your draft plan is ready. Fill it in with your manager, then activate it.', 'Plan started');
        void navigate(paths.plan.to(data.startPlan.id));
      }
    } catch (error) {
      setProblem(readProblem(error));
    }
  };

  return (
    <Card withBorder radius="md" padding="lg" data-testid="my-plan">
      <Stack gap="sm">
        <Group gap="sm">
          <ThemeIcon variant="light" size={36} radius="md">
            <IconTarget size={20} />
          </ThemeIcon>
          <Title order={2} fz="lg">
            My plan
          </Title>
          {plan && <ReadinessBadge stage={plan.readiness.stage} />}
          {plan && plan.status !== 'ACTIVE' && (
            <Badge variant="outline" color="gray" radius="sm">
              {STATUS_LABELS[plan.status] ?? plan.status}
            </Badge>
          )}
        </Group>
        {plan ? (
          <>
            <Group gap="xs">
              <LevelBadge level={plan.currentLevel} />
              <Text size="sm" c="dimmed">
                →
              </Text>
              <LevelBadge level={plan.targetLevel} />
              <Text size="sm" c="dimmed">
                · week {plan.week.current.totalHours} / {plan.week.budgetHours} h · {openGoals(plan)} open change{' '}
                {openGoals(plan) === 1 ? 'goal' : 'goals'}
                {disagreements(plan) > 0 ? ` · ${disagreements(plan)} signal(s) you and ${plan.manager.name} see differently` : ''}
              </Text>
            </Group>
            <NextOneOnOneLink planId={plan.id} next={plan.nextOneOnOne} />
            {plan.readiness.reasons[0] && (
              <Text size="sm" c="dimmed">
                {plan.readiness.reasons.join(' ')}
              </Text>
            )}
            <Group>
              <Button component={Link} to={paths.plan.to(plan.id)} rightSection={<IconArrowRight size={16} />}>
                Open my plan
              </Button>
            </Group>
            <VisibilityNote text={`Visible to: you, ${plan.manager.name}, and managers above them`} />
          </>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              You have no growth plan yet. Start one and fill it in with {manager?.name ?? 'your manager'}: where you stand, what
              limits you, and how your week has to change to grow into a Lead.
            </Text>
            <Group>
              <Button onClick={() => void startMine()} loading={loading}>
                Start my plan
              </Button>
            </Group>
            <VisibilityNote text={`Visible to: you, ${manager?.name ?? 'your manager'}, and managers above them`} />
          </>
        )}
        {problem && <ProblemAlert error={problem} />}
      </Stack>
    </Card>
  );
}
