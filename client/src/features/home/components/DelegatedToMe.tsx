import { Alert, Anchor, Avatar, Badge, Card, Divider, Group, Stack, Text } from '@mantine/core';
import { AT_RISK_CONFIDENCE, DelegationStage, Side, isFinalStage } from '@fulcrum/shared';
import type { DocumentNode } from 'graphql';
import { useState } from 'react';
import { IconUsers } from '@/components/icons';
import { StageTrack, stageColor, stageLabel } from '@/components/StageTrack';
import type { HomeDelegationFragment } from '../api/gql/graphql';
import { firstName, formatDay, formatHours, plural, relativeDay } from '../utils/format';
import { CheckInForm } from './CheckInForm';
import { CardHeading, VisibilityNote } from './HomeParts';
import { IconAlertTriangle, IconClock } from './icons';

type Delegation = HomeDelegationFragment;
type CheckIn = Delegation['checkIns'][number];

/** What each stage means, said to the delegatee. */
const FOR_DELEGATEE: Record<DelegationStage, (from: string) => string> = {
  [DelegationStage.PLANNED]: (from) => `Agreed with ${from}, not started yet.`,
  [DelegationStage.SHADOWING]: (from) => `You watch ${from} do the work.`,
  [DelegationStage.PAIRING]: (from) => `You and ${from} do the work together.`,
  [DelegationStage.REVIEWING]: (from) => `You do the work; ${from} reviews it.`,
  [DelegationStage.OWNED]: () => 'You own it now: the work is yours.',
  [DelegationStage.RECLAIMED]: (from) => `Ended early: the work went back to ${from}.`,
};

function isOverdue(d: Pick<Delegation, 'nextCheckInDue'>, now: Date): boolean {
  return d.nextCheckInDue !== null && Date.parse(d.nextCheckInDue) < now.getTime();
}

function newestFirst(checkIns: readonly CheckIn[]): CheckIn[] {
  return [...checkIns].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** At risk first, then the soonest check-in, then the finished ones. */
export function orderDelegations(delegations: readonly Delegation[]): Delegation[] {
  const rank = (d: Delegation) => (d.atRisk ? 0 : isFinalStage(d.stage as DelegationStage) ? 2 : 1);
  const due = (d: Delegation) => (d.nextCheckInDue ? Date.parse(d.nextCheckInDue) : Number.POSITIVE_INFINITY);
  return [...delegations].sort(
    (a, b) => rank(a) - rank(b) || due(a) - due(b) || a.activityName.localeCompare(b.activityName),
  );
}

/** The earliest check-in due across the delegations still in progress, or null. */
export function nextCheckIn(delegations: readonly Delegation[]): Delegation | null {
  let next: Delegation | null = null;
  for (const d of delegations) {
    if (d.nextCheckInDue && (!next || Date.parse(d.nextCheckInDue) < Date.parse(next.nextCheckInDue!))) next = d;
  }
  return next;
}

/** "Next check-in": when, for what, with whom; red when it is overdue. */
export function NextCheckInCard({ delegations }: { delegations: readonly Delegation[] }) {
  const now = new Date();
  const next = nextCheckIn(delegations);
  const atRisk = delegations.filter((d) => d.atRisk).length;
  const overdue = next !== null && isOverdue(next, now);
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      data-testid="next-check-in"
      bg={overdue ? 'var(--mantine-color-red-0)' : undefined}
    >
      <Stack gap="xs">
        <CardHeading icon={<IconClock size={20} />} color={overdue ? 'red' : 'grape'} title="My next check-in">
          Every delegation wants a check-in at least every 14 days, from you or from the person who handed it over.
        </CardHeading>
        {next ? (
          <Text
            size="sm"
            data-testid="next-check-in-due"
            c={overdue ? 'red.8' : undefined}
            fw={overdue ? 600 : undefined}
          >
            {overdue ? 'Overdue since' : 'Due'} {formatDay(next.nextCheckInDue!)} (
            {relativeDay(next.nextCheckInDue!, now)}):{' '}
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
      </Stack>
    </Card>
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
    <Card withBorder radius="md" padding="lg" data-testid="delegated-to-me">
      <Stack gap="md">
        <CardHeading icon={<IconUsers size={20} />} color="grape" title="Delegated to me">
          Work handed to you step by step: you watch, you pair, you do it with a review, then you own it.
        </CardHeading>
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
      </Stack>
    </Card>
  );
}

function lastBySide(checkIns: readonly CheckIn[]): {
  delegator: CheckIn | null;
  delegatee: CheckIn | null;
} {
  const newest = newestFirst(checkIns);
  return {
    delegator: newest.find((c) => c.side === Side.DELEGATOR) ?? null,
    delegatee: newest.find((c) => c.side === Side.DELEGATEE) ?? null,
  };
}

function confidenceColor(confidence: number): string {
  return confidence <= AT_RISK_CONFIDENCE ? 'red' : confidence === 3 ? 'yellow' : 'teal';
}

function DelegationToMe({ delegation: d, refetch }: { delegation: Delegation; refetch: DocumentNode }) {
  const [showAll, setShowAll] = useState(false);
  const now = new Date();
  const stage = d.stage as DelegationStage;
  const reclaimed = stage === DelegationStage.RECLAIMED;
  // Owned work has nothing due: its form waits behind a link.
  const owned = stage === DelegationStage.OWNED;
  const [checkInAnyway, setCheckInAnyway] = useState(false);
  const from = firstName(d.delegator.name);
  const newest = newestFirst(d.checkIns);
  const last = newest[0] ?? null;
  const { delegator, delegatee } = lastBySide(d.checkIns);
  const overdue = isOverdue(d, now);

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
          <Badge color={stageColor(stage)} variant="light" radius="sm" size="lg" data-testid="my-delegation-stage">
            {stageLabel(stage)}
          </Badge>
        </Group>
      </Group>

      {!reclaimed && <StageTrack stage={stage} />}
      <Text size="sm" c="dimmed">
        {FOR_DELEGATEE[stage](from)}
      </Text>

      <Card withBorder padding="sm" radius="md" bg="var(--mantine-color-grape-0)">
        <Text size="xs" tt="uppercase" fw={600} c="grape.8">
          What you learn and reuse
        </Text>
        <Text size="sm">{d.learningObjective}</Text>
      </Card>

      {d.atRisk && (
        <Alert
          color="red"
          variant="light"
          p="xs"
          icon={<IconAlertTriangle size={16} />}
          data-testid="my-delegation-risk"
        >
          <Text size="sm">
            {overdue
              ? `No check-in for 14 days${last ? ` (the last one was on ${formatDay(last.at)})` : ''}: check in below so ${from} knows how it goes.`
              : `The last check-in had confidence ${last?.confidence ?? '≤ 2'}/5: say what would help, and bring it to ${from}.`}
          </Text>
        </Alert>
      )}

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

      {newest.length === 0 ? (
        <Text size="sm" c="dimmed">
          No check-ins yet.
        </Text>
      ) : (
        <Stack gap={6} data-testid="check-ins">
          {(showAll ? newest : newest.slice(0, 2)).map((c) => (
            <Group key={c.id} gap="xs" align="flex-start" wrap="nowrap" data-testid="check-in">
              <Badge
                size="sm"
                variant="light"
                color={confidenceColor(c.confidence)}
                radius="sm"
                tt="none"
                style={{ flexShrink: 0 }}
              >
                {c.confidence}/5
              </Badge>
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
      )}

      {reclaimed ? (
        <Text size="sm" c="dimmed">
          This delegation was reclaimed: it takes no more check-ins.
        </Text>
      ) : owned && !checkInAnyway ? (
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
          <CheckInForm delegationId={d.id} delegatorFirstName={from} refetch={refetch} />
        </Card>
      )}
    </Stack>
  );
}
