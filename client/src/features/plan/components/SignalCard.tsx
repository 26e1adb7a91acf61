import { useMutation } from '@apollo/client/react';
import { Badge, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import {
  LIMITS,
  RATING_LABELS,
  RatingSide,
  SignalKind,
  SignalRating,
  signalInfo,
  type SignalKey,
} from '@fulcrum/shared';
import { useState, type SubmitEvent } from 'react';
import { SubmitButton } from '@/components/SubmitButton';
import { RateSignalDocument, type PlanSignalFragment } from '../api/gql/graphql';
import { notifySuccess } from '@/lib/notify';
import { RELOAD_PLAN, leftoverFailure, usePlanScope, useReadFailure, type PlanFailure } from '../hooks/usePlanScope';
import { FailureAlert } from '@/components/PlanAlerts';
import { AnchoredCard } from '@/components/AnchoredCard';

export const RATING_OPTIONS = Object.values(SignalRating).map((value) => ({
  value,
  label: RATING_LABELS[value],
}));

/** A clear blocker is a warning; a clear change signal is good news. */
export function ratingColor(kind: SignalKind, rating: SignalRating | null): string {
  if (rating === SignalRating.CLEAR) return kind === SignalKind.BLOCKER ? 'red' : 'teal';
  if (rating === SignalRating.EMERGING) return kind === SignalKind.BLOCKER ? 'orange' : 'blue';
  return 'gray';
}

export function SignalCard({ assessment }: { assessment: PlanSignalFragment }) {
  const { plan, side, canWrite } = usePlanScope();
  const info = signalInfo(assessment.signal);
  const disagree = !assessment.agree;
  const sides = [
    {
      side: RatingSide.SELF,
      who: plan.owner.name,
      role: 'self',
      rating: assessment.selfRating,
      evidence: assessment.selfEvidence,
    },
    {
      side: RatingSide.MANAGER,
      who: plan.manager.name,
      role: 'manager',
      rating: assessment.managerRating,
      evidence: assessment.managerEvidence,
    },
  ];

  return (
    <AnchoredCard
      anchor={`signal-${assessment.signal}`}
      data-disagree={disagree || undefined}
      aria-label={info.title}
      role="group"
      style={disagree ? { borderColor: 'var(--mantine-color-orange-5)', borderWidth: 2 } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Text fw={600}>{info.title}</Text>
            <Text size="sm" c="dimmed">
              {info.question}
            </Text>
          </div>
          {disagree && (
            <Badge color="orange" variant="filled" radius="sm" tt="none" style={{ flexShrink: 0 }}>
              {side ? 'You disagree' : 'They disagree'}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {sides.map((s) => (
            <Paper key={s.side} bg="var(--mantine-color-gray-0)" p="sm" radius="md">
              <Group gap={6} mb={6}>
                <Text size="xs" fw={600} tt="uppercase" c="dimmed">
                  {s.who} · {s.role}
                </Text>
                {s.side === side && (
                  <Badge size="xs" variant="light" color="indigo" radius="sm">
                    You
                  </Badge>
                )}
              </Group>
              {s.side === side && canWrite ? (
                <RatingEditor
                  // Remounts with the saved values when the server's change differs.
                  key={`${s.rating}|${s.evidence}`}
                  signal={assessment.signal}
                  kind={assessment.kind}
                  rating={s.rating}
                  evidence={s.evidence}
                  title={info.title}
                />
              ) : (
                <RatingView kind={assessment.kind} rating={s.rating} evidence={s.evidence} who={s.who} />
              )}
            </Paper>
          ))}
        </SimpleGrid>
      </Stack>
    </AnchoredCard>
  );
}

export function RatingView({
  kind,
  rating,
  evidence,
  who,
}: {
  kind: SignalKind;
  rating: SignalRating | null;
  evidence: string | null;
  who: string;
}) {
  return (
    <Stack gap={4}>
      {rating ? (
        <Badge variant="light" color={ratingColor(kind, rating)} radius="sm" tt="none" w="fit-content">
          {RATING_LABELS[rating]}
        </Badge>
      ) : (
        <Text size="sm" c="dimmed" fs="italic">
          Not rated by {who.split(/\s+/)[0]} yet
        </Text>
      )}
      <Text size="sm" c={evidence ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
        {evidence || 'No evidence noted.'}
      </Text>
    </Stack>
  );
}

/** Saves the viewer's rating of a signal, with its evidence. */
function useRateSignal(signal: SignalKey, title: string) {
  const { plan } = usePlanScope();
  const readFailure = useReadFailure();
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [rateSignal, { loading }] = useMutation(RateSignalDocument, RELOAD_PLAN);
  const rate = async (rating: SignalRating, evidence: string | null) => {
    setFailure(null);
    try {
      await rateSignal({ variables: { input: { planId: plan.id, signal, rating, evidence } } });
      notifySuccess(`${title}: ${RATING_LABELS[rating].toLowerCase()}.`, 'Rating saved');
    } catch (error) {
      setFailure(await readFailure(error));
    }
  };
  return { rate, loading, failure };
}

export function RatingEditor({
  signal,
  kind,
  rating,
  evidence,
  title,
}: {
  signal: SignalKey;
  kind: SignalKind;
  rating: SignalRating | null;
  evidence: string | null;
  title: string;
}) {
  const [value, setValue] = useState<SignalRating | null>(rating);
  const [text, setText] = useState(evidence ?? '');
  const { rate, loading, failure } = useRateSignal(signal, title);
  const dirty = value !== rating || text.trim() !== (evidence ?? '');
  const tooLong = text.trim().length > LIMITS.evidenceMax;

  const save = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!value || !dirty || tooLong) return;
    void rate(value, text.trim() || null);
  };

  const fieldError = (field: string) => (failure?.kind === 'fields' ? failure.problem.fields[field] : undefined);

  return (
    <form onSubmit={save} aria-label={`Your rating: ${title}`}>
      <Stack gap="xs">
        <SegmentedControl
          fullWidth
          size="xs"
          data={RATING_OPTIONS}
          value={value ?? ''}
          onChange={(next) => setValue(next || null)}
          color={ratingColor(kind, value)}
          aria-label={`Your rating of ${title}`}
        />
        {fieldError('rating') && (
          <Text size="xs" c="red">
            {fieldError('rating')}
          </Text>
        )}
        <Textarea
          aria-label="Evidence"
          placeholder="Evidence: what did you see, when?"
          autosize
          minRows={2}
          maxRows={8}
          size="sm"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={tooLong ? `Use at most ${LIMITS.evidenceMax} characters.` : fieldError('evidence')}
        />
        {failure && <FailureAlert failure={leftoverFailure(failure, ['rating', 'evidence'])} />}
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {!value ? 'Pick a rating to save.' : dirty ? 'Not saved yet.' : 'Saved.'}
          </Text>
          <SubmitButton size="xs" loading={loading} disabled={!value || !dirty || tooLong}>
            Save rating
          </SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}
