import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Avatar, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { AT_RISK_CONFIDENCE, DelegationStage, Side } from '@fulcrum/shared';
import type { DocumentNode } from 'graphql';
import { useState } from 'react';
import { IconAlertTriangle } from '@/components/icons';
import { StageTrack } from '@/components/StageTrack';
import { HomeCheckInDocument } from '../api/gql/graphql';
import { formatDay, relativeDay } from '../utils/format';
import { CheckInForm } from '@/components/CheckInForm';
import { Tag } from '@/components/Tag';
import { EnumBadge } from '@/components/EnumBadge';
import { firstName, formatHours } from '@/lib/format';
import { isOverdue, newestFirst, type CheckIn, type Delegation } from '../utils/delegations';

/** What each stage means, said to the delegatee. */
export const FOR_DELEGATEE: Record<DelegationStage, (from: string) => string> = {
  [DelegationStage.PLANNED]: (from) => `Agreed with ${from}, not started yet.`,
  [DelegationStage.SHADOWING]: (from) => `You watch ${from} do the work.`,
  [DelegationStage.PAIRING]: (from) => `You and ${from} do the work together.`,
  [DelegationStage.REVIEWING]: (from) => `You do the work; ${from} reviews it.`,
  [DelegationStage.OWNED]: () => 'You own it now: the work is yours.',
  [DelegationStage.RECLAIMED]: (from) => `Ended early: the work went back to ${from}.`,
};

export function lastBySide(checkIns: readonly CheckIn[]): {
  delegator: CheckIn | null;
  delegatee: CheckIn | null;
} {
  const newest = newestFirst(checkIns);
  return {
    delegator: newest.find((c) => c.side === Side.DELEGATOR) ?? null,
    delegatee: newest.find((c) => c.side === Side.DELEGATEE) ?? null,
  };
}

export function confidenceColor(confidence: number): string {
  return confidence <= AT_RISK_CONFIDENCE ? 'red' : confidence === 3 ? 'yellow' : 'teal';
}

export function DelegationToMe({ delegation: d, refetch }: { delegation: Delegation; refetch: DocumentNode }) {
  const stage = d.stage;
  const from = firstName(d.delegator.name);
  return (
    <Stack
      gap="sm"
      id={`delegation-${d.id}`}
      data-testid={`my-delegation-${d.id}`}
      role="article"
      aria-label={d.activityName}
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Avatar size={36} radius="xl" color="initials" name={d.delegator.name} />
          <div style={{ minWidth: 0 }}>
            <Text fw={700}>{d.activityName}</Text>
            <Text size="sm" c="dimmed">
              Handed to you by {d.delegator.name}
              {d.delegator.title ? ` (${d.delegator.title})` : ''} · about {formatHours(d.hoursPerWeek)} a week
            </Text>
          </div>
        </Group>
        <Group gap={6}>
          {d.atRisk && (
            <Badge
              color="red"
              variant="filled"
              radius="sm"
              leftSection={<IconAlertTriangle size={12} />}
              data-testid="my-delegation-at-risk"
            >
              At risk
            </Badge>
          )}
          <EnumBadge of="stage" value={stage} size="lg" data-testid="my-delegation-stage" />
        </Group>
      </Group>

      {stage !== DelegationStage.RECLAIMED && <StageTrack stage={stage} />}
      <Text size="sm" c="dimmed">
        {FOR_DELEGATEE[stage](from)}
      </Text>

      <Card withBorder padding="sm" radius="md" bg="var(--mantine-color-grape-0)">
        <Text size="xs" tt="uppercase" fw={600} c="grape.8">
          What you learn and reuse
        </Text>
        <Text size="sm">{d.learningObjective}</Text>
      </Card>

      <DelegationStatus delegation={d} />
      <MyCheckIns delegation={d} />
      <CheckInBox delegation={d} refetch={refetch} />
    </Stack>
  );
}

/** Whether it is at risk and why, when the next check-in is due, and the last confidence on both sides. */
export function DelegationStatus({ delegation: d }: { delegation: Delegation }) {
  const now = new Date();
  const from = firstName(d.delegator.name);
  const { delegator, delegatee } = lastBySide(d.checkIns);
  const overdue = isOverdue(d, now);
  return (
    <>
      {d.atRisk && <RiskAlert delegation={d} overdue={overdue} />}

      <Group gap="lg" wrap="wrap">
        <Text size="sm" data-testid="my-delegation-due">
          <Text span fw={600}>
            Next check-in:
          </Text>{' '}
          {d.nextCheckInDue ? (
            <Text span c={overdue ? 'red.8' : undefined} fw={overdue ? 600 : undefined}>
              {overdue ? 'overdue since ' : 'due '}
              {formatDay(d.nextCheckInDue)} ({relativeDay(d.nextCheckInDue, now)})
            </Text>
          ) : (
            <Text span c="dimmed">
              none due
            </Text>
          )}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            Last confidence:
          </Text>{' '}
          you {delegatee ? `${delegatee.confidence}/5` : '—'} · {from} {delegator ? `${delegator.confidence}/5` : '—'}
        </Text>
      </Group>
    </>
  );
}

/** Why the delegation is at risk (no check-in for too long, or low confidence), and what to do. */
function RiskAlert({ delegation: d, overdue }: { delegation: Delegation; overdue: boolean }) {
  const from = firstName(d.delegator.name);
  const last = newestFirst(d.checkIns).at(0) ?? null;
  return (
    <Alert color="red" variant="light" p="xs" icon={<IconAlertTriangle size={16} />} data-testid="my-delegation-risk">
      <Text size="sm">
        {overdue
          ? `No check-in for 14 days${last ? ` (the last one was on ${formatDay(last.at)})` : ''}: check in below so ${from} knows how it goes.`
          : `The last check-in had confidence ${last?.confidence ?? '≤ 2'}/5: say what would help, and bring it to ${from}.`}
      </Text>
    </Alert>
  );
}

/** The last two check-ins, or all of them. */
export function MyCheckIns({ delegation: d }: { delegation: Delegation }) {
  const [showAll, setShowAll] = useState(false);
  const newest = newestFirst(d.checkIns);
  return newest.length === 0 ? (
    <Text size="sm" c="dimmed">
      No check-ins yet.
    </Text>
  ) : (
    <Stack gap={6} data-testid="check-ins">
      {(showAll ? newest : newest.slice(0, 2)).map((c) => (
        <Group key={c.id} gap="xs" align="flex-start" wrap="nowrap" data-testid="check-in">
          <Tag size="sm" color={confidenceColor(c.confidence)} style={{ flexShrink: 0 }}>
            {c.confidence}/5
          </Tag>
          <div style={{ minWidth: 0 }}>
            <Text size="xs" c="dimmed">
              {c.side === Side.DELEGATEE ? 'You' : d.delegator.name} · {formatDay(c.at)}
              {c.coachingHours > 0 ? ` · ${formatHours(c.coachingHours)} coaching` : ''}
            </Text>
            {c.note && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.note}
              </Text>
            )}
          </div>
        </Group>
      ))}
      {newest.length > 2 && (
        <Anchor
          component="button"
          type="button"
          size="sm"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => setShowAll((v) => !v)}
        >
          {showAll ? 'Show the last two' : `Show all ${newest.length} check-ins`}
        </Anchor>
      )}
    </Stack>
  );
}

/** The check-in form, behind a link once the work is owned, gone once it was reclaimed. */
export function CheckInBox({ delegation: d, refetch }: { delegation: Delegation; refetch: DocumentNode }) {
  const [checkIn, { loading: checkingIn }] = useMutation(HomeCheckInDocument, {
    refetchQueries: [refetch],
    awaitRefetchQueries: true,
  });
  // Owned work has nothing due: its form waits behind a link.
  const owned = d.stage === DelegationStage.OWNED;
  const [checkInAnyway, setCheckInAnyway] = useState(false);
  const from = firstName(d.delegator.name);
  if (d.stage === DelegationStage.RECLAIMED) {
    return (
      <Text size="sm" c="dimmed">
        This delegation was reclaimed: it takes no more check-ins.
      </Text>
    );
  }
  return owned && !checkInAnyway ? (
    <Anchor
      component="button"
      type="button"
      size="sm"
      style={{ alignSelf: 'flex-start' }}
      onClick={() => setCheckInAnyway(true)}
    >
      Add a check-in anyway
    </Anchor>
  ) : (
    <Card withBorder padding="sm" radius="md">
      <Text size="sm" fw={600} mb="xs">
        {owned ? 'Check in: nothing is due, but a note helps' : 'Check in: how is it going?'}
      </Text>
      <CheckInForm
        delegationId={d.id}
        side={Side.DELEGATEE}
        otherName={from}
        wide
        save={(input) => checkIn({ variables: { input } })}
        saving={checkingIn}
      />
    </Card>
  );
}
