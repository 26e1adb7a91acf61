import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Card,
  Group,
  List,
  Loader,
  Paper,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import {
  LIMITS,
  RATING_LABELS,
  RatingSide,
  ReadinessStage,
  SignalKind,
  SignalRating,
  signalInfo,
  type SignalKey,
} from '@fulcrum/shared';
import { useState, type FormEvent } from 'react';
import { IconTarget } from '@/components/icons';
import { ReadinessBadge } from '@/components/ReadinessBadge';
import { SubmitButton } from '@/components/SubmitButton';
import { RateSignalDocument, UpdatePlanDocument, type PlanSignalFragment } from '../api/gql/graphql';
import { notifySuccess } from '@/lib/notify';
import { RELOAD_PLAN, leftoverFailure, usePlanScope, useReadFailure, type PlanFailure } from '../hooks/usePlanScope';
import { FailureAlert } from './Alerts';

const STAGE_EXPLANATIONS: Record<ReadinessStage, string> = {
  [ReadinessStage.FOCUS_ON_SENIOR_SCOPE]:
    'A blocker is clear: keep growing as a Senior first, and turn each clear blocker into a gap to close.',
  [ReadinessStage.BUILDING_SIGNALS]:
    'No blocker is clear, but fewer than two change signals are. Keep collecting evidence on both sides.',
  [ReadinessStage.READY_FOR_CHANGE]:
    'No blocker is clear and at least two change signals are: time to change the nature of the work, not to add to it.',
};

const RATING_OPTIONS = Object.values(SignalRating).map((value) => ({
  value,
  label: RATING_LABELS[value],
}));

/** A clear blocker is a warning; a clear change signal is good news. */
function ratingColor(kind: string, rating: string | null): string {
  if (rating === SignalRating.CLEAR) return kind === SignalKind.BLOCKER ? 'red' : 'teal';
  if (rating === SignalRating.EMERGING) return kind === SignalKind.BLOCKER ? 'orange' : 'blue';
  return 'gray';
}

export function CurrentStateTab() {
  const { plan, side } = usePlanScope();
  const disagreements = plan.signals.filter((s) => !s.agree);
  const ownerFirst = plan.owner.name.split(/\s+/)[0];
  const managerFirst = plan.manager.name.split(/\s+/)[0];

  return (
    <Stack gap="xl">
      <ReadinessCard />

      {disagreements.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          title={side ? 'Where you see it differently' : 'Where they see it differently'}
          data-testid="disagreement-summary"
        >
          {side === RatingSide.SELF
            ? `You and ${managerFirst}`
            : side === RatingSide.MANAGER
              ? `You and ${ownerFirst}`
              : `${ownerFirst} and ${managerFirst}`}{' '}
          rate {disagreements.length === 1 ? 'one signal' : `${disagreements.length} signals`} differently:{' '}
          {disagreements.map((s) => signalInfo(s.signal as SignalKey).title).join(', ')}. Start the next 1:1 with{' '}
          {disagreements.length === 1 ? 'it' : 'them'}.
        </Alert>
      )}

      <SignalGroup
        kind={SignalKind.BLOCKER}
        title="Blockers: keep growing as a Senior"
        description="Any of these clear means the next step is still inside the Senior scope. Each one is a gap to close, not a verdict."
      />
      <SignalGroup
        kind={SignalKind.CHANGE}
        title="Change signals: time to change the nature of the work"
        description="Two of these clear, and no blocker, mean more of the same work no longer grows the person."
      />

      <ArchetypePicker />
    </Stack>
  );
}

function ReadinessCard() {
  const { plan } = usePlanScope();
  const { stage, reasons } = plan.readiness;
  return (
    <Card withBorder padding="lg" data-testid="readiness">
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={2} fz="lg">
            Readiness
          </Title>
          <ReadinessBadge stage={stage} size="lg" />
        </Group>
        <Text size="sm">{STAGE_EXPLANATIONS[stage as ReadinessStage]}</Text>
        <List size="sm" spacing={2}>
          {reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed">
          Derived from {plan.manager.name}'s ratings; {plan.owner.name}'s own ratings count where the manager has not
          rated yet.
        </Text>
      </Stack>
    </Card>
  );
}

function SignalGroup({ kind, title, description }: { kind: SignalKind; title: string; description: string }) {
  const { plan } = usePlanScope();
  const signals = plan.signals.filter((s) => s.kind === kind);
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <div>
        <Title order={2} fz="lg">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      </div>
      {signals.map((assessment) => (
        <SignalCard key={assessment.signal} assessment={assessment} />
      ))}
    </Stack>
  );
}

function SignalCard({ assessment }: { assessment: PlanSignalFragment }) {
  const { plan, side, canWrite } = usePlanScope();
  const info = signalInfo(assessment.signal as SignalKey);
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
    <Card
      withBorder
      padding="md"
      id={`signal-${assessment.signal}`}
      data-testid={`signal-${assessment.signal}`}
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
                  signal={assessment.signal as SignalKey}
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
    </Card>
  );
}

function RatingView({
  kind,
  rating,
  evidence,
  who,
}: {
  kind: string;
  rating: string | null;
  evidence: string | null;
  who: string;
}) {
  return (
    <Stack gap={4}>
      {rating ? (
        <Badge variant="light" color={ratingColor(kind, rating)} radius="sm" tt="none" w="fit-content">
          {RATING_LABELS[rating as SignalRating]}
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

function RatingEditor({
  signal,
  kind,
  rating,
  evidence,
  title,
}: {
  signal: SignalKey;
  kind: string;
  rating: string | null;
  evidence: string | null;
  title: string;
}) {
  const { plan } = usePlanScope();
  const readFailure = useReadFailure();
  const [value, setValue] = useState<string | null>(rating);
  const [text, setText] = useState(evidence ?? '');
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [rate, { loading }] = useMutation(RateSignalDocument, RELOAD_PLAN);
  const dirty = value !== rating || text.trim() !== (evidence ?? '');
  const tooLong = text.trim().length > LIMITS.evidenceMax;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!value || !dirty || tooLong) return;
    setFailure(null);
    try {
      await rate({
        variables: {
          input: {
            planId: plan.id,
            signal,
            rating: value as SignalRating,
            evidence: text.trim() || null,
          },
        },
      });
      notifySuccess(`${title}: ${RATING_LABELS[value as SignalRating].toLowerCase()}.`, 'Rating saved');
    } catch (error) {
      setFailure(await readFailure(error));
    }
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
          onChange={setValue}
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

function ArchetypePicker() {
  const { plan, archetypes, canWrite } = usePlanScope();
  const readFailure = useReadFailure();
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [update, { loading }] = useMutation(UpdatePlanDocument, RELOAD_PLAN);
  const chosen = archetypes.find((a) => a.archetype === plan.targetArchetype);

  const choose = async (archetype: string) => {
    if (!canWrite || archetype === plan.targetArchetype) return;
    setFailure(null);
    const before = { targetArchetype: plan.targetArchetype };
    try {
      await update({
        variables: {
          input: {
            id: plan.id,
            version: plan.version,
            targetArchetype: archetype as typeof plan.targetArchetype,
          },
        },
      });
    } catch (error) {
      setFailure(
        await readFailure(error, before, [
          {
            key: 'targetArchetype',
            label: 'target archetype',
            format: (v) => archetypes.find((a) => a.archetype === v)?.title ?? String(v),
          },
        ]),
      );
    }
  };

  return (
    <Stack gap="sm" component="section" aria-label="Target archetype">
      <Group gap="sm">
        <IconTarget />
        <Title order={2} fz="lg">
          Target archetype
        </Title>
        {loading && <Loader size="xs" />}
      </Group>
      <Text size="sm" c="dimmed">
        {chosen
          ? `Aiming to become a ${chosen.title}. ${canWrite ? 'Pick another if the direction changes.' : ''}`
          : canWrite
            ? 'What kind of Lead is this plan aiming for? Pick the closest; it can change later.'
            : 'No target archetype chosen yet.'}
      </Text>
      <FailureAlert failure={failure} />
      <Radio.Group
        value={plan.targetArchetype ?? null}
        onChange={(value) => void choose(value)}
        aria-label="Target archetype"
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {archetypes.map((a) => (
            <Radio.Card
              key={a.archetype}
              value={a.archetype}
              disabled={!canWrite || loading}
              p="md"
              radius="md"
              style={
                a.archetype === plan.targetArchetype
                  ? {
                      borderColor: 'var(--mantine-color-indigo-6)',
                      background: 'var(--mantine-color-indigo-0)',
                    }
                  : undefined
              }
            >
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator />
                <div>
                  <Text fw={600} size="sm">
                    {a.title}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {a.explanation}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
    </Stack>
  );
}
