import { HelpDecision } from '@fulcrum/shared';
import { Anchor, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { IconInbox, IconListCheck } from '@/components/icons';
import { Tag } from '@/components/Tag';
import { paths } from '@/config/paths';
import { decisionLabel, formatDay, formatLocalDate, plural, todayLocalDate } from '../utils/format';
import { HomeCard, VisibilityNote } from './HomeParts';
import { firstName, formatHours } from '@/lib/format';
import type { MyPlan } from './ReportHomeCards';

const WHAT_I_OWE = { testId: 'what-i-owe', icon: IconListCheck, color: 'orange', title: 'What I owe' };
const RECENT_REQUESTS = { testId: 'recent-requests', icon: IconInbox, color: 'cyan', title: 'Recent requests' };

/** The open action items of the next 1:1 that the viewer owns. */
export function OweCard({ plan, viewerId }: { plan: MyPlan; viewerId: string }) {
  const next = plan.nextOneOnOne;
  const open = next?.actionItems.filter((a) => !a.done) ?? [];
  const mine = open.filter((a) => a.owner.id === viewerId);
  const theirs = open.length - mine.length;
  const today = todayLocalDate();
  return (
    <HomeCard
      kind={WHAT_I_OWE}
      description={`Open action items you took on, for the next 1:1${next ? ` (${formatDay(next.scheduledAt)})` : ''}.`}
    >
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
                  <Tag color={overdue ? 'red' : 'gray'} style={{ flexShrink: 0 }}>
                    {overdue ? 'Overdue: ' : 'Due '}
                    {formatLocalDate(item.dueOn)}
                  </Tag>
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
    </HomeCard>
  );
}

export function RequestsCard({ plan }: { plan: MyPlan }) {
  const { totalCount, edges } = plan.helpRequests;
  return (
    <HomeCard kind={RECENT_REQUESTS} description="Help asked of you, triaged: help, teach or redirect.">
      {edges.length === 0 ? (
        <Text size="sm" c="dimmed">
          No requests logged. When someone asks for your help, log it in the Requests tab: four questions say whether to
          help, teach or redirect.
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
                  color={r.decision === HelpDecision.REDIRECT ? 'gray' : 'cyan'}
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
    </HomeCard>
  );
}
