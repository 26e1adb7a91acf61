import { useQuery } from '@apollo/client/react';
import { Anchor, Avatar, Badge, Card, Divider, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { DelegationStage, STAGE_LABELS, Side, isFinalStage } from '@fulcrum/shared';
import { useState } from 'react';
import { IconEye, IconUsers } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useViewer } from '@/lib/viewer/useViewer';
import { DelegationsToMeDocument, type MyDelegationFragment } from '../api/gql/graphql';
import { firstName, formatHours, lastBySide, stageColor } from '../utils/delegation';
import { CheckInForm, ReclaimedNote } from './CheckInForm';
import { CheckInList } from './CheckInList';
import { StageTrack } from './StageTrack';

/** What each stage means, said to the delegatee. */
const FOR_DELEGATEE: Record<DelegationStage, (from: string) => string> = {
  [DelegationStage.PLANNED]: (from) => `Agreed with ${from}, not started yet.`,
  [DelegationStage.SHADOWING]: (from) => `You watch ${from} do the work.`,
  [DelegationStage.PAIRING]: (from) => `You and ${from} do the work together.`,
  [DelegationStage.REVIEWING]: (from) => `You do the work; ${from} reviews it.`,
  [DelegationStage.OWNED]: () => 'You own it now: the work is yours.',
  [DelegationStage.RECLAIMED]: (from) => `Ended early: the work went back to ${from}.`,
};

/** Levels for whom "nothing handed to you yet" is worth saying on Home. */
const GROWING_LEVELS = new Set(['JUNIOR', 'MID']);

/**
 * Home, for whoever had work handed to them: what, by whom, where it stands, what they learn,
 * the last check-ins and a check-in form. The delegator's plan is never linked: it is not theirs.
 */
export function DelegatedToMe() {
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(DelegationsToMeDocument, { fetchPolicy: 'cache-and-network' });

  if (!data && loading) {
    return (
      <Card withBorder radius="md" padding="lg" aria-label="Loading what was delegated to you">
        <Stack gap="sm">
          <Skeleton height={18} width="35%" />
          <Skeleton height={12} />
          <Skeleton height={12} width="60%" />
        </Stack>
      </Card>
    );
  }
  if (!data) return error ? <ProblemAlert error={error} onRetry={() => void refetch()} retrying={loading} /> : null;

  const delegations = data.delegationsToMe;
  if (delegations.length === 0 && !GROWING_LEVELS.has(viewer.person.level)) return null;
  // Work in progress first; owned and reclaimed after it.
  const ordered = [...delegations].sort((a, b) => Number(isFinalStage(a.stage as DelegationStage)) - Number(isFinalStage(b.stage as DelegationStage)));

  return (
    <Card withBorder radius="md" padding="lg" data-testid="delegated-to-me">
      <Stack gap="md">
        <Group gap="sm">
          <ThemeIcon variant="light" size={36} radius="md" color="grape">
            <IconUsers size={20} />
          </ThemeIcon>
          <div>
            <Title order={2} fz="lg">
              Delegated to me
            </Title>
            <Text size="sm" c="dimmed">
              Work handed to you step by step: you watch, you pair, you do it with a review, then you own it.
            </Text>
          </div>
        </Group>
        {delegations.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing has been handed to you yet. When a senior delegates work to you, it shows here with what you will learn,
            and you check in on how it goes.
          </Text>
        )}
        {ordered.map((d, index) => (
          <Stack key={d.id} gap="md">
            {index > 0 && <Divider />}
            <MyDelegation delegation={d} />
          </Stack>
        ))}
        {error && <ProblemAlert error={error} onRetry={() => void refetch()} retrying={loading} message="This list could not be refreshed; it may be out of date. Try again." />}
      </Stack>
    </Card>
  );
}

function MyDelegation({ delegation: d }: { delegation: MyDelegationFragment }) {
  const viewer = useViewer();
  const [showAll, setShowAll] = useState(false);
  const stage = d.stage as DelegationStage;
  const reclaimed = stage === DelegationStage.RECLAIMED;
  const { delegator, delegatee } = lastBySide(d.checkIns);
  const from = firstName(d.delegator.name);

  return (
    <Stack gap="sm" data-testid={`my-delegation-${d.id}`} role="article" aria-label={d.activityName}>
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
        <Badge color={stageColor(stage)} variant="light" radius="sm" size="lg" data-testid="my-delegation-stage">
          {STAGE_LABELS[stage]}
        </Badge>
      </Group>

      {!reclaimed && (
        <StageTrack stage={stage} />
      )}
      <Text size="sm" c="dimmed">
        {FOR_DELEGATEE[stage](from)}
      </Text>

      <Card withBorder padding="sm" radius="md" bg="var(--mantine-color-grape-0)">
        <Text size="xs" tt="uppercase" fw={600} c="grape.8">
          What you learn and reuse
        </Text>
        <Text size="sm">{d.learningObjective}</Text>
      </Card>

      <Group gap="xs">
        <Text size="sm" fw={600}>
          Last confidence:
        </Text>
        <Text size="sm">
          you {delegatee ? `${delegatee.confidence}/5` : '—'} · {from} {delegator ? `${delegator.confidence}/5` : '—'}
        </Text>
        <Text size="sm" c="dimmed">
          · {formatHours(d.coachingHoursTotal)} of coaching so far
        </Text>
      </Group>

      <CheckInList checkIns={d.checkIns} limit={showAll ? undefined : 2} viewerId={viewer.person.id} />
      {d.checkIns.length > 2 && (
        <Anchor component="button" type="button" size="sm" style={{ alignSelf: 'flex-start' }} onClick={() => setShowAll((v) => !v)}>
          {showAll ? 'Show the last two' : `Show all ${d.checkIns.length} check-ins`}
        </Anchor>
      )}

      {reclaimed ? (
        <ReclaimedNote />
      ) : (
        <Card withBorder padding="sm" radius="md">
          <Text size="sm" fw={600} mb="xs">
            Check in: how is it going?
          </Text>
          <CheckInForm delegationId={d.id} side={Side.DELEGATEE} otherName={from} refetchQueries={[DelegationsToMeDocument]} wide />
        </Card>
      )}

      <Group gap={6} wrap="nowrap" c="dimmed">
        <IconEye size={14} style={{ flexShrink: 0 }} />
        <Text size="xs">
          Visible to you, {d.delegator.name} and {from}'s managers. You see this delegation only, not the rest of {from}'s plan.
        </Text>
      </Group>
    </Stack>
  );
}
