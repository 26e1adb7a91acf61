import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Grid, Group, List, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { GoalStatus, LEVEL_LABELS, Level, MODE_LABELS, Mode, PlanStatus } from '@fulcrum/shared';
import { Link } from 'react-router';
import { IconArrowRight, IconTarget } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ReadinessBadge } from '@/components/ReadinessBadge';
import { paths } from '@/config/paths';
import type { SignedInViewer } from '@/lib/viewer/useViewer';
import { ReportHomeDocument, type ReportHomeQuery } from '../api/gql/graphql';
import {
  archetypeExplanation,
  archetypeLabel,
  decisionLabel,
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
import { DelegatedToMe } from './DelegatedToMe';
import { CardHeading, HomeSkeleton, HomeTitle, VisibilityNote } from './HomeParts';
import { IconArrowsShift, IconCalendar, IconInbox, IconListCheck } from './icons';
import { StartMyPlanCard, mayPlan } from './StartMyPlanCard';

type MyPlan = NonNullable<ReportHomeQuery['viewer']>['person']['activePlan'] & {};

const OPEN_GOALS = new Set<string>([GoalStatus.PROPOSED, GoalStatus.ACTIVE]);
const MODE_COLORS: Record<Mode, string> = { [Mode.DOING]: 'blue.6', [Mode.MULTIPLYING]: 'teal.6' };

/** Home for someone with a plan of their own: where it stands, their week, goals, what they owe, recent requests. One query. */
export function ReportHome({ viewer }: { viewer: SignedInViewer }) {
  const { data, loading, error, refetch } = useQuery(ReportHomeDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const plan = data?.viewer?.person.activePlan ?? null;

  return (
    <Stack gap="lg" maw={1120} data-testid="report-home">
      <HomeTitle name={viewer.person.name}>
        Your growth plan at a glance, and what you owe before the next 1:1.
      </HomeTitle>
      {!data && loading && <HomeSkeleton label="Loading your plan" cards={3} />}
      {!data && error && <ProblemAlert error={error} onRetry={() => void refetch()} retrying={loading} />}
      {data && error && (
        <ProblemAlert
          error={error}
          onRetry={() => void refetch()}
          retrying={loading}
          message="This page could not be refreshed; it may be out of date. Try again."
        />
      )}
      {/* The cached viewer still had a plan the server no longer has open (archived meanwhile). */}
      {data &&
        !plan &&
        (mayPlan(viewer.person) ? (
          <StartMyPlanCard viewer={viewer} />
        ) : (
          <Text c="dimmed">You have no open plan any more. Your manager can start a new one from People.</Text>
        ))}
      {plan && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="lg">
              <PlanSummaryCard plan={plan} />
              <WeekCard plan={plan} />
              <GoalsCard plan={plan} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <OweCard plan={plan} viewerId={viewer.person.id} />
              <RequestsCard plan={plan} />
            </Stack>
          </Grid.Col>
        </Grid>
      )}
      {data && data.delegationsToMe.length > 0 && (
        <DelegatedToMe delegations={data.delegationsToMe} refetch={ReportHomeDocument} />
      )}
    </Stack>
  );
}

function levelLabel(level: string): string {
  return LEVEL_LABELS[level as Level] ?? level;
}

function PlanSummaryCard({ plan }: { plan: MyPlan }) {
  const next = plan.nextOneOnOne;
  return (
    <Card withBorder radius="md" padding="lg" data-testid="my-plan">
      <Stack gap="sm">
        <CardHeading
          icon={<IconTarget size={20} />}
          title="My plan"
          right={
            <Group gap={6} wrap="nowrap">
              {plan.status !== PlanStatus.ACTIVE && (
                <Badge variant="outline" color="gray" radius="sm">
                  {plan.status === PlanStatus.DRAFT ? 'Draft' : plan.status}
                </Badge>
              )}
              <ReadinessBadge stage={plan.readiness.stage} size="lg" data-testid="my-readiness" />
            </Group>
          }
        >
          {levelLabel(plan.currentLevel)} → {levelLabel(plan.targetLevel)}
          {plan.targetArchetype ? (
            <>
              {' · aiming for '}
              <Tooltip label={archetypeExplanation(plan.targetArchetype)} multiline w={300} withArrow>
                <Text span fw={600} c="var(--mantine-color-text)" style={{ cursor: 'help' }}>
                  {archetypeLabel(plan.targetArchetype)}
                </Text>
              </Tooltip>
            </>
          ) : (
            ' · no target archetype yet'
          )}
        </CardHeading>
        {plan.status === PlanStatus.DRAFT && (
          <Text size="sm">This plan is a draft: fill it in with {plan.manager.name}, then activate it.</Text>
        )}
        {plan.readiness.reasons.length > 0 && (
          <List size="sm" spacing={2} data-testid="my-readiness-reasons">
            {plan.readiness.reasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        )}
        <Group gap={6} wrap="nowrap" data-testid="next-one-on-one">
          <IconCalendar size={16} style={{ flexShrink: 0, color: 'var(--mantine-color-dimmed)' }} />
          {next ? (
            <Text size="sm">
              Next 1:1 with {plan.manager.name}:{' '}
              <Anchor component={Link} to={paths.oneOnOne.to(next.id)} size="sm" fw={600}>
                {formatDateTime(next.scheduledAt)}
              </Anchor>
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              No 1:1 scheduled ·{' '}
              <Anchor component={Link} to={paths.plan.to(plan.id, 'one-on-ones')} size="sm">
                Schedule one
              </Anchor>
            </Text>
          )}
        </Group>
        <Group>
          <Button component={Link} to={paths.plan.to(plan.id)} rightSection={<IconArrowRight size={16} />}>
            Open my plan
          </Button>
        </Group>
        <VisibilityNote testId="my-plan-visibility">
          Visible to: you, {plan.manager.name}, and managers above them. Admins do not see plan content.
        </VisibilityNote>
      </Stack>
    </Card>
  );
}

/** Today's week and the projected one (every open goal applied), by mode, against the budget. */
function WeekCard({ plan }: { plan: MyPlan }) {
  const { week } = plan;
  const rows = [
    { label: 'Today', shape: week.current },
    { label: 'Projected', shape: week.projected },
  ];
  const shifted = plan.shiftedThisQuarter;
  return (
    <Card withBorder radius="md" padding="lg" data-testid="my-week">
      <Stack gap="sm">
        <CardHeading
          icon={<IconArrowsShift size={20} />}
          color="teal"
          title="My week"
          right={
            <Anchor component={Link} to={paths.plan.to(plan.id, 'week')} size="sm" style={{ whiteSpace: 'nowrap' }}>
              Week tab
            </Anchor>
          }
        >
          {MODE_LABELS[Mode.DOING]} (your own hands) against {MODE_LABELS[Mode.MULTIPLYING].toLowerCase()} (through
          others): today, and once your open goals are done. Budget {formatHours(week.budgetHours)} a week.
        </CardHeading>
        {week.current.totalHours === 0 && week.projected.totalHours === 0 ? (
          <Text size="sm" c="dimmed">
            Your week is empty: list what you spend your hours on in the Week tab, then plan what to shift.
          </Text>
        ) : (
          <Stack gap="xs">
            {rows.map(({ label, shape }) => {
              const doing = modeHours(shape.byMode, Mode.DOING);
              const multiplying = modeHours(shape.byMode, Mode.MULTIPLYING);
              const free = Math.max(0, week.budgetHours - shape.totalHours);
              const pct = (hours: number) => (week.budgetHours > 0 ? (hours / week.budgetHours) * 100 : 0);
              return (
                <div key={label} data-testid={`week-${label.toLowerCase()}`}>
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
                    aria-label={`${label}: doing ${formatHours(doing)}, multiplying ${formatHours(multiplying)}, of ${formatHours(week.budgetHours)}`}
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
            })}
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
      </Stack>
    </Card>
  );
}

function GoalsCard({ plan }: { plan: MyPlan }) {
  const open = plan.goals.filter((g) => OPEN_GOALS.has(g.status));
  return (
    <Card withBorder radius="md" padding="lg" data-testid="my-goals">
      <Stack gap="sm">
        <CardHeading
          icon={<IconArrowsShift size={20} />}
          color="indigo"
          title="Change goals under way"
          right={
            <Anchor component={Link} to={paths.plan.to(plan.id, 'goals')} size="sm" style={{ whiteSpace: 'nowrap' }}>
              Goals tab
            </Anchor>
          }
        >
          Each goal stops or shrinks an activity and starts another: change, not addition.
        </CardHeading>
        {open.length === 0 ? (
          <Text size="sm" c="dimmed">
            No open change goals. In the Goals tab, pick an activity to stop or shrink and what to start with the hours
            it frees.
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
                    <Badge variant="light" color="orange" radius="sm" tt="none">
                      Nothing: an addition
                    </Badge>
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
      </Stack>
    </Card>
  );
}

/** The open action items of the next 1:1 that the viewer owns. */
function OweCard({ plan, viewerId }: { plan: MyPlan; viewerId: string }) {
  const next = plan.nextOneOnOne;
  const open = next?.actionItems.filter((a) => !a.done) ?? [];
  const mine = open.filter((a) => a.owner.id === viewerId);
  const theirs = open.length - mine.length;
  const today = todayLocalDate();
  return (
    <Card withBorder radius="md" padding="lg" data-testid="what-i-owe">
      <Stack gap="sm">
        <CardHeading icon={<IconListCheck size={20} />} color="orange" title="What I owe">
          Open action items you took on, for the next 1:1
          {next ? ` (${formatDay(next.scheduledAt)})` : ''}.
        </CardHeading>
        {!next ? (
          <Text size="sm" c="dimmed">
            No 1:1 scheduled. Action items are agreed in a 1:1; schedule the next one from the 1:1s tab of your plan.
          </Text>
        ) : mine.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing open on your side. Items you take on in a 1:1 show here until you tick them.
          </Text>
        ) : (
          <Stack gap={6}>
            {mine.map((item) => {
              const overdue = item.dueOn !== null && item.dueOn < today;
              return (
                <Group key={item.id} gap="xs" wrap="nowrap" align="flex-start" data-testid="owed-item">
                  <Text size="sm" style={{ flex: 1, minWidth: 0 }}>
                    {item.text}
                  </Text>
                  {item.dueOn && (
                    <Badge
                      variant="light"
                      color={overdue ? 'red' : 'gray'}
                      radius="sm"
                      tt="none"
                      style={{ flexShrink: 0 }}
                    >
                      {overdue ? 'Overdue: ' : 'Due '}
                      {formatLocalDate(item.dueOn)}
                    </Badge>
                  )}
                </Group>
              );
            })}
          </Stack>
        )}
        {next && (
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              {theirs > 0 ? `${firstName(plan.manager.name)} has ${plural(theirs, 'open item')}.` : ''}
            </Text>
            <Anchor component={Link} to={paths.oneOnOne.to(next.id)} size="sm">
              Go to the 1:1
            </Anchor>
          </Group>
        )}
        <VisibilityNote>Action items: you and {plan.manager.name}, and managers above them.</VisibilityNote>
      </Stack>
    </Card>
  );
}

function RequestsCard({ plan }: { plan: MyPlan }) {
  const { totalCount, edges } = plan.helpRequests;
  return (
    <Card withBorder radius="md" padding="lg" data-testid="recent-requests">
      <Stack gap="sm">
        <CardHeading icon={<IconInbox size={20} />} color="cyan" title="Recent requests">
          Help asked of you, triaged: help, teach or redirect.
        </CardHeading>
        {edges.length === 0 ? (
          <Text size="sm" c="dimmed">
            No requests logged. When someone asks for your help, log it in the Requests tab: four questions say whether
            to help, teach or redirect.
          </Text>
        ) : (
          <Stack gap={8}>
            {edges.map(({ node: r }) => (
              <Group key={r.id} gap="xs" wrap="nowrap" align="flex-start" data-testid="recent-request">
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" lineClamp={2}>
                    {r.topic}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {r.requesterName} · {formatDay(r.receivedAt)}
                    {r.hoursSpent > 0 ? ` · ${formatHours(r.hoursSpent)}` : ''}
                  </Text>
                </div>
                <Tooltip
                  label={
                    r.decision
                      ? `Decided: ${decisionLabel(r.decision)}`
                      : `Not decided yet; recommended: ${decisionLabel(r.recommendation)}`
                  }
                  withArrow
                >
                  <Badge
                    variant={r.decision ? 'light' : 'outline'}
                    color={r.decision === 'REDIRECT' ? 'gray' : 'cyan'}
                    radius="sm"
                    tt="none"
                    style={{ flexShrink: 0 }}
                  >
                    {decisionLabel(r.decision ?? r.recommendation)}
                    {r.decision ? '' : '?'}
                  </Badge>
                </Tooltip>
              </Group>
            ))}
          </Stack>
        )}
        <Anchor component={Link} to={paths.plan.to(plan.id, 'requests')} size="sm" style={{ alignSelf: 'flex-start' }}>
          {totalCount > edges.length ? `All ${totalCount} requests` : 'Requests tab'}
        </Anchor>
      </Stack>
    </Card>
  );
}
