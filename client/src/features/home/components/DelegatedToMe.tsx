import { Anchor, Divider, Group, Stack, Text } from '@mantine/core';
import type { DocumentNode } from 'graphql';
import { IconAlertTriangle, IconClock, IconUsers } from '@/components/icons';
import { formatDay, plural, relativeDay } from '../utils/format';
import { HomeCard, VisibilityNote } from './HomeParts';
import { DelegationToMe } from './DelegationToMe';
import { isOverdue, nextCheckIn, orderDelegations, type Delegation } from '../utils/delegations';

const NEXT_CHECK_IN = { testId: 'next-check-in', icon: IconClock, color: 'grape', title: 'My next check-in' };
const DELEGATED_TO_ME = { testId: 'delegated-to-me', icon: IconUsers, color: 'grape', title: 'Delegated to me' };

/** "Next check-in": when, for what, with whom; red when it is overdue. */
export function NextCheckInCard({ delegations }: { delegations: readonly Delegation[] }) {
  const now = new Date();
  const next = nextCheckIn(delegations);
  const atRisk = delegations.filter((d) => d.atRisk).length;
  const overdue = next !== null && isOverdue(next, now);
  return (
    <HomeCard
      kind={overdue ? { ...NEXT_CHECK_IN, color: 'red' } : NEXT_CHECK_IN}
      bg={overdue ? 'var(--mantine-color-red-0)' : undefined}
      gap="xs"
      description="Every delegation wants a check-in at least every 14 days, from you or from the person who handed it over."
    >
      {next ? (
        <Text
          size="sm"
          data-testid="next-check-in-due"
          c={overdue ? 'red.8' : undefined}
          fw={overdue ? 600 : undefined}
        >
          {overdue ? 'Overdue since' : 'Due'} {formatDay(next.nextCheckInDue)} ({relativeDay(next.nextCheckInDue, now)}
          ):{' '}
          <Anchor href={`#delegation-${next.id}`} size="sm" fw={600} c={overdue ? 'red.8' : undefined}>
            {next.activityName}
          </Anchor>{' '}
          with {next.delegator.name}.
        </Text>
      ) : (
        <Text size="sm" c="dimmed" data-testid="next-check-in-due">
          Nothing due:{' '}
          {delegations.length === 0
            ? 'no work has been handed to you yet.'
            : 'everything handed to you is owned or ended.'}
        </Text>
      )}
      {atRisk > 0 && (
        <Group gap={6} wrap="nowrap" c="red.8">
          <IconAlertTriangle size={16} style={{ flexShrink: 0 }} />
          <Text size="sm" fw={500}>
            {plural(atRisk, 'delegation')} at risk: check in and say what would help.
          </Text>
        </Group>
      )}
    </HomeCard>
  );
}

/** The work handed to the viewer, each with its stage, what they learn, the check-ins and a check-in form. */
export function DelegatedToMe({
  delegations,
  refetch,
  emptyHint,
}: {
  delegations: readonly Delegation[];
  refetch: DocumentNode;
  emptyHint?: string;
}) {
  const ordered = orderDelegations(delegations);
  return (
    <HomeCard
      kind={DELEGATED_TO_ME}
      gap="md"
      description="Work handed to you step by step: you watch, you pair, you do it with a review, then you own it."
    >
      {ordered.length === 0 && (
        <Text size="sm" c="dimmed">
          {emptyHint ??
            'Nothing has been handed to you yet. When a senior delegates work to you, it shows here with what you will learn, and you check in on how it goes.'}
        </Text>
      )}
      {ordered.map((d, index) => (
        <Stack key={d.id} gap="md">
          {index > 0 && <Divider />}
          <DelegationToMe delegation={d} refetch={refetch} />
        </Stack>
      ))}
      <VisibilityNote>
        Each delegation is visible to you, the person who handed it over and their managers. You see the delegation
        only, not the rest of their plan.
      </VisibilityNote>
    </HomeCard>
  );
}
