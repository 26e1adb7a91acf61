import { useMutation } from '@apollo/client/react';
import { Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { AntiPattern, GapStatus, RatingSide, ReflectionStatus } from '@fulcrum/shared';
import { useState, type SubmitEvent } from 'react';
import { SubmitButton } from '@/components/SubmitButton';
import { usePlanScope, PLAN_QUERY } from '@/lib/planScope';
import { readProblem } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import {
  UpdateReflectionDocument,
  type PlanReflectionFragment,
  type ReflectionsPlanFragment,
  PlanReflectionsDocument,
  PromotionCaseDocument,
} from '../api/gql/graphql';
import { REFLECTION_TEXT_MAX, SELF_REPORT_ONLY } from '../utils/reflection';
import { firstName } from '@/lib/format';
import { ANTI_PATTERN_EXPLANATIONS, antiPatternLabel } from '@/lib/antiPatterns';

/** Every reflection change reloads the reflections, the plan (its anti-patterns) and the promotion case. */
export const RELOAD = {
  refetchQueries: [PlanReflectionsDocument, PLAN_QUERY, PromotionCaseDocument],
  awaitRefetchQueries: true,
};

/** The anti-patterns only the report can see come first. */
const ORDERED_PATTERNS = [
  ...SELF_REPORT_ONLY,
  ...Object.values(AntiPattern).filter((p) => !SELF_REPORT_ONLY.includes(p)),
];

/** One side's text: a form for its author while the reflection is open, read-only for everyone else. */
export function SideText({
  reflection: r,
  author,
  onFailure,
}: {
  reflection: PlanReflectionFragment;
  author: RatingSide;
  onFailure: (error: unknown) => Promise<void>;
}) {
  const { plan, side, canWrite } = usePlanScope();
  const [update, { loading }] = useMutation(UpdateReflectionDocument, RELOAD);
  const serverText = (author === RatingSide.SELF ? r.selfText : r.managerText) ?? '';
  const [text, setText] = useState(serverText);
  // The text as the server last sent it: a newer one replaces an untouched input.
  const [saved, setSaved] = useState(serverText);
  const [error, setError] = useState<string | null>(null);
  if (serverText !== saved) {
    if (text === saved) setText(serverText);
    setSaved(serverText);
  }
  const name = author === RatingSide.SELF ? plan.owner.name : plan.manager.name;
  const mine = side === author && canWrite && r.status !== ReflectionStatus.SIGNED_OFF;

  const title = `${side === author ? 'Your' : `${firstName(name)}'s`} reflection (${author === RatingSide.SELF ? 'self' : 'manager'})`;

  if (!mine) return <ReadOnlyText author={author} title={title} text={serverText} name={name} />;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(text.trim().length > REFLECTION_TEXT_MAX ? `Use at most ${REFLECTION_TEXT_MAX} characters.` : null);
    if (text.trim().length > REFLECTION_TEXT_MAX) return;
    try {
      await update({ variables: { input: { id: r.id, version: r.version, text } } });
      notifySuccess('Your reflection is saved.');
    } catch (failure) {
      const problem = readProblem(failure);
      if (problem.fields.text) setError(problem.fields.text);
      else await onFailure(failure);
    }
  };

  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-indigo-0)" data-testid={`text-${author}`}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
        <Stack gap="xs">
          <Textarea
            label={title}
            description={
              author === RatingSide.SELF
                ? 'How did the week change? Which gap closed? What did delegating teach you?'
                : `What did you see ${firstName(plan.owner.name)} change, and what comes next?`
            }
            autosize
            minRows={4}
            maxRows={14}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={error}
          />
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              {text === saved ? 'Saved.' : 'Not saved yet.'}
              {(r.signedOffBySelf || r.signedOffByManager) && text !== saved ? ' Saving clears the signatures.' : ''}
            </Text>
            <SubmitButton size="xs" loading={loading} disabled={text === saved}>
              Save my reflection
            </SubmitButton>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The report picks the next gap and ticks the anti-patterns they recognise; everyone else reads them. */
export function OwnerPicks({
  reflection: r,
  onFailure,
}: {
  reflection: PlanReflectionFragment;
  onFailure: (error: unknown) => Promise<void>;
}) {
  const { plan, side, canWrite } = usePlanScope<ReflectionsPlanFragment>();
  const [update, { loading }] = useMutation(UpdateReflectionDocument, RELOAD);
  const serverGap = r.nextGap?.id ?? '';
  const serverPatterns = [...r.selfReportedAntiPatterns].sort().join();
  const [nextGapId, setNextGapId] = useState(serverGap);
  const [patterns, setPatterns] = useState<AntiPattern[]>(r.selfReportedAntiPatterns);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  // The picks as the server last sent them: newer ones replace untouched inputs.
  const [saved, setSaved] = useState({ gap: serverGap, patterns: serverPatterns });
  if (saved.gap !== serverGap || saved.patterns !== serverPatterns) {
    if (nextGapId === saved.gap) setNextGapId(serverGap);
    if ([...patterns].sort().join() === saved.patterns) setPatterns(r.selfReportedAntiPatterns);
    setSaved({ gap: serverGap, patterns: serverPatterns });
  }
  const editable = side === RatingSide.SELF && canWrite && r.status !== ReflectionStatus.SIGNED_OFF;
  const owner = firstName(plan.owner.name);

  if (!editable) return <ReadOnlyPicks reflection={r} owner={owner} />;

  const gaps = plan.gaps.filter((g) => g.status !== GapStatus.CLOSED || g.id === r.nextGap?.id);
  const changed = nextGapId !== serverGap || [...patterns].sort().join() !== serverPatterns;

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setFieldErrors({});
    try {
      await update({
        variables: {
          input: {
            id: r.id,
            version: r.version,
            nextGapId: nextGapId || null,
            selfReportedAntiPatterns: patterns,
          },
        },
      });
      notifySuccess('Next gap and anti-patterns saved.');
    } catch (failure) {
      const problem = readProblem(failure);
      if (problem.fields.nextGapId || problem.fields.selfReportedAntiPatterns) setFieldErrors(problem.fields);
      else await onFailure(failure);
    }
  };

  return (
    <form onSubmit={(event) => void save(event)} noValidate aria-label="Your picks">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <NativeSelect
          label="The next gap"
          description="Start from what you are given to work on: where does your output fall short at the next scope?"
          data={[
            {
              value: '',
              label: gaps.length ? 'Not picked yet' : 'No open gap: add one on the Gaps tab',
            },
            ...gaps.map((g) => ({ value: g.id, label: g.title })),
          ]}
          value={nextGapId}
          onChange={(event) => setNextGapId(event.currentTarget.value)}
          error={fieldErrors.nextGapId}
        />
        <AntiPatternChecks value={patterns} onChange={setPatterns} error={fieldErrors.selfReportedAntiPatterns} />
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <SubmitButton size="xs" variant="light" loading={loading} disabled={!changed}>
          Save picks
        </SubmitButton>
      </Group>
    </form>
  );
}

/** One side's text as everyone but its author sees it (and as its author sees it once final). */
function ReadOnlyText({
  author,
  title,
  text,
  name,
}: {
  author: RatingSide;
  title: string;
  text: string;
  name: string;
}) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`text-${author}`}>
      <Text size="sm" fw={600} mb={4}>
        {title}
      </Text>
      {text ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {firstName(name)} has not written it yet.
        </Text>
      )}
    </Paper>
  );
}

/** The report's picks, as everyone else reads them. */
function ReadOnlyPicks({ reflection: r, owner }: { reflection: PlanReflectionFragment; owner: string }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <div>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          The next gap ({owner} picks it)
        </Text>
        <Text size="sm" data-testid="next-gap">
          {r.nextGap?.title ?? 'Not picked yet.'}
        </Text>
      </div>
      <div>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          Anti-patterns {owner} recognised
        </Text>
        <Text size="sm">
          {r.selfReportedAntiPatterns.length
            ? r.selfReportedAntiPatterns.map(antiPatternLabel).join(', ')
            : 'None ticked.'}
        </Text>
      </div>
    </SimpleGrid>
  );
}

function AntiPatternChecks({
  value,
  onChange,
  error,
}: {
  value: AntiPattern[];
  onChange: (value: AntiPattern[]) => void;
  error: string | undefined;
}) {
  return (
    <Checkbox.Group
      label="Anti-patterns you recognise this quarter"
      description="The first three only you can see; the others are also detected from the data."
      value={value}
      onChange={onChange}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
        {ORDERED_PATTERNS.map((p) => (
          <Checkbox key={p} value={p} label={antiPatternLabel(p)} title={ANTI_PATTERN_EXPLANATIONS[p]} size="sm" />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
