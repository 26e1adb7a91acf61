import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { AntiPattern, RatingSide, ReflectionStatus, canShareReflection } from '@fulcrum/shared';
import { useState, type FormEvent } from 'react';
import { IconCheck } from '@/components/icons';
import { SubmitButton } from '@/components/SubmitButton';
import { PlanDocument } from '@/features/plan/api/gql/graphql';
import { FailureAlert } from '@/features/plan/components/Alerts';
import { usePlanScope, useReadFailure, type PlanFailure } from '@/features/plan/hooks/usePlanScope';
import type { ComparedField } from '@/features/plan/utils/conflict';
import { readProblem } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import {
  PlanReflectionsDocument,
  PromotionCaseDocument,
  ShareReflectionDocument,
  SignOffReflectionDocument,
  UpdateReflectionDocument,
  type AntiPattern as GqlAntiPattern,
  type PlanReflectionFragment,
} from '../api/gql/graphql';
import {
  ANTI_PATTERN_EXPLANATIONS,
  REFLECTION_TEXT_MAX,
  SELF_REPORT_ONLY,
  STATUS_COLORS,
  antiPatternLabel,
  formatRatio,
  statusLabel,
} from '../utils/reflection';

/** Every reflection change reloads the reflections, the plan (its anti-patterns) and the promotion case. */
const RELOAD = {
  refetchQueries: [PlanReflectionsDocument, PlanDocument, PromotionCaseDocument],
  awaitRefetchQueries: true,
};

function firstName(name: string): string {
  return name.split(/\s+/)[0] || name;
}

function useReflectionFields(): ComparedField[] {
  const { plan } = usePlanScope();
  return [
    { key: 'status', label: 'status', format: (v) => statusLabel(String(v)) },
    { key: 'selfText', label: `${firstName(plan.owner.name)}'s text` },
    { key: 'managerText', label: `${firstName(plan.manager.name)}'s text` },
    {
      key: 'signedOffBySelf',
      label: `${firstName(plan.owner.name)}'s sign-off`,
      format: (v) => (v ? 'signed' : 'not signed'),
    },
    {
      key: 'signedOffByManager',
      label: `${firstName(plan.manager.name)}'s sign-off`,
      format: (v) => (v ? 'signed' : 'not signed'),
    },
  ];
}

function snapshotOf(r: PlanReflectionFragment): Record<string, unknown> {
  return {
    status: r.status,
    selfText: r.selfText,
    managerText: r.managerText,
    signedOffBySelf: r.signedOffBySelf,
    signedOffByManager: r.signedOffByManager,
  };
}

/**
 * One quarter's reflection: its frozen snapshot, both sides' texts (each editable only by its
 * author), the owner's picks, and the way to sign-off (share, then both sign).
 */
export function ReflectionPanel({
  reflection: r,
  reload,
}: {
  reflection: PlanReflectionFragment;
  reload: () => Promise<unknown>;
}) {
  const { plan, side, canWrite } = usePlanScope();
  const readFailure = useReadFailure();
  const fields = useReflectionFields();
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [share, sharing] = useMutation(ShareReflectionDocument, RELOAD);
  const [signOff, signing] = useMutation(SignOffReflectionDocument, RELOAD);
  const status = r.status as ReflectionStatus;
  const signedOff = status === ReflectionStatus.SIGNED_OFF;
  const owner = firstName(plan.owner.name);
  const manager = firstName(plan.manager.name);
  const mySignature =
    side === RatingSide.SELF ? r.signedOffBySelf : side === RatingSide.MANAGER ? r.signedOffByManager : null;

  const fail = async (error: unknown) => {
    const read = await readFailure(error, snapshotOf(r), fields);
    await reload().catch(() => undefined);
    setFailure(read);
  };

  const doShare = async () => {
    setFailure(null);
    try {
      await share({ variables: { id: r.id } });
      notifySuccess(
        `${side === RatingSide.SELF ? manager : owner} can sign it off now; so can you.`,
        `${r.quarter} reflection shared`,
      );
    } catch (error) {
      await fail(error);
    }
  };
  const doSignOff = async () => {
    setFailure(null);
    try {
      const { data } = await signOff({ variables: { id: r.id } });
      notifySuccess(
        data?.signOffReflection.status === ReflectionStatus.SIGNED_OFF
          ? 'Both of you signed: the reflection is final.'
          : `Signed. It is final once ${side === RatingSide.SELF ? manager : owner} signs too.`,
        'Signed off',
      );
    } catch (error) {
      await fail(error);
    }
  };

  return (
    <Card withBorder padding="lg" data-testid={`reflection-${r.quarter}`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Group gap="sm">
            <Title order={3} fz="lg">
              Reflection {r.quarter}
            </Title>
            <Badge
              color={STATUS_COLORS[status]}
              variant={signedOff ? 'filled' : 'light'}
              radius="sm"
              data-testid="reflection-status"
            >
              {statusLabel(status)}
            </Badge>
          </Group>
          <Group gap="xs" data-testid="signatures">
            <Signature name={plan.owner.name} signed={r.signedOffBySelf} />
            <Signature name={plan.manager.name} signed={r.signedOffByManager} />
          </Group>
        </Group>

        <Snapshot reflection={r} />

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <SideText reflection={r} author={RatingSide.SELF} onFailure={fail} />
          <SideText reflection={r} author={RatingSide.MANAGER} onFailure={fail} />
        </SimpleGrid>

        <OwnerPicks reflection={r} onFailure={fail} />

        <FailureAlert failure={failure} />

        {signedOff ? (
          <Alert color="teal" variant="light" icon={<IconCheck />} p="sm">
            <Text size="sm">Signed off by both: this reflection is final and can only be read.</Text>
          </Alert>
        ) : (
          canWrite && (
            <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-gray-0)">
              <Group justify="space-between" gap="sm">
                <Text size="sm" c="dimmed" style={{ flex: 1, minWidth: 220 }}>
                  {status === ReflectionStatus.DRAFT
                    ? 'Write both sides, then share: once shared, each of you signs it off. A change after that clears the signatures.'
                    : mySignature
                      ? `You signed. Waiting for ${side === RatingSide.SELF ? manager : owner}.`
                      : 'Shared: sign it off when you agree with both texts. Saving a change clears the signatures given so far.'}
                </Text>
                <Group gap="xs">
                  {canShareReflection(status) && (
                    <Button onClick={() => void doShare()} loading={sharing.loading} variant="light">
                      Share with {side === RatingSide.SELF ? manager : owner}
                    </Button>
                  )}
                  {status === ReflectionStatus.SHARED && !mySignature && (
                    <Button
                      onClick={() => void doSignOff()}
                      loading={signing.loading}
                      color="teal"
                      leftSection={<IconCheck size={16} />}
                    >
                      Sign off
                    </Button>
                  )}
                </Group>
              </Group>
            </Paper>
          )
        )}
      </Stack>
    </Card>
  );
}

function Signature({ name, signed }: { name: string; signed: boolean }) {
  return (
    <Badge
      variant={signed ? 'light' : 'outline'}
      color={signed ? 'teal' : 'gray'}
      radius="sm"
      tt="none"
      fw={500}
      leftSection={signed ? <IconCheck size={12} /> : undefined}
      data-testid={`signature-${firstName(name)}`}
    >
      {firstName(name)}: {signed ? 'signed' : 'not signed'}
    </Badge>
  );
}

/** The quarter as it was frozen when the reflection started. */
function Snapshot({ reflection: r }: { reflection: PlanReflectionFragment }) {
  const s = r.snapshot;
  const total = s.doingHours + s.multiplyingHours;
  const doingShare = total > 0 ? Math.round((s.doingHours / total) * 100) : 0;
  const items: [string, string][] = [
    ['Doing', `${s.doingHours} h (${doingShare}%)`],
    ['Multiplying', `${s.multiplyingHours} h`],
    ['High / neutral / overhead', `${s.highLeverageHours} / ${s.neutralHours} / ${s.overheadHours} h`],
    ['Gaps closed', String(s.gapsClosed)],
    ['Delegations owned', String(s.delegationsOwned)],
    ['Leverage ratio', formatRatio(s.leverageRatio)],
  ];
  return (
    <Paper withBorder radius="md" p="sm" data-testid="snapshot">
      <Text size="xs" c="dimmed" mb={6}>
        Snapshot frozen when the reflection started: later changes to the plan do not change it.
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs">
        {items.map(([label, value]) => (
          <div key={label}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} lh={1.3}>
              {label}
            </Text>
            <Text size="sm" fw={600}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

/** One side's text: a form for its author while the reflection is open, read-only for everyone else. */
function SideText({
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

  if (!mine) {
    return (
      <Paper withBorder p="sm" radius="md" data-testid={`text-${author}`}>
        <Text size="sm" fw={600} mb={4}>
          {title}
        </Text>
        {serverText ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {serverText}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {firstName(name)} has not written it yet.
          </Text>
        )}
      </Paper>
    );
  }

  const submit = async (event: FormEvent) => {
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
function OwnerPicks({
  reflection: r,
  onFailure,
}: {
  reflection: PlanReflectionFragment;
  onFailure: (error: unknown) => Promise<void>;
}) {
  const { plan, side, canWrite } = usePlanScope();
  const [update, { loading }] = useMutation(UpdateReflectionDocument, RELOAD);
  const serverGap = r.nextGap?.id ?? '';
  const serverPatterns = [...r.selfReportedAntiPatterns].sort().join();
  const [nextGapId, setNextGapId] = useState(serverGap);
  const [patterns, setPatterns] = useState<string[]>(r.selfReportedAntiPatterns);
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

  if (!editable) {
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

  const gaps = plan.gaps.filter((g) => g.status !== 'CLOSED' || g.id === r.nextGap?.id);
  const changed = nextGapId !== serverGap || [...patterns].sort().join() !== serverPatterns;
  const ordered = [...SELF_REPORT_ONLY, ...Object.values(AntiPattern).filter((p) => !SELF_REPORT_ONLY.includes(p))];

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setFieldErrors({});
    try {
      await update({
        variables: {
          input: {
            id: r.id,
            version: r.version,
            nextGapId: nextGapId || null,
            selfReportedAntiPatterns: patterns as GqlAntiPattern[],
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
        <Checkbox.Group
          label="Anti-patterns you recognise this quarter"
          description="The first three only you can see; the others are also detected from the data."
          value={patterns}
          onChange={setPatterns}
          error={fieldErrors.selfReportedAntiPatterns}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
            {ordered.map((p) => (
              <Checkbox key={p} value={p} label={antiPatternLabel(p)} title={ANTI_PATTERN_EXPLANATIONS[p]} size="sm" />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </SimpleGrid>
      <Group justify="flex-end" mt="xs">
        <SubmitButton size="xs" variant="light" loading={loading} disabled={!changed}>
          Save picks
        </SubmitButton>
      </Group>
    </form>
  );
}
