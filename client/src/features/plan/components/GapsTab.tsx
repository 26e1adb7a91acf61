import { useMutation } from '@apollo/client/react';
import {
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { GAP_KIND_LABELS, GapKind, GapStatus, LIMITS, nameProblem } from '@fulcrum/shared';
import { useState } from 'react';
import { IconPencil, IconPlus } from '@/components/icons';
import { SubmitButton } from '@/components/SubmitButton';
import {
  AddGapDocument,
  UpdateGapDocument,
  type GapKind as GqlGapKind,
  type GapStatus as GqlGapStatus,
  type PlanGapFragment,
} from '../api/gql/graphql';
import { applyFieldErrors } from '@/lib/form';
import { notifySuccess } from '@/lib/notify';
import { RELOAD_PLAN, leftoverFailure, usePlanScope, useReadFailure, type PlanFailure } from '../hooks/usePlanScope';
import { rebaseForm, type ComparedField } from '../utils/conflict';
import { FailureAlert } from './Alerts';

const STATUS_LABELS: Record<GapStatus, string> = {
  [GapStatus.OPEN]: 'Open',
  [GapStatus.WORKING]: 'Working',
  [GapStatus.CLOSED]: 'Closed',
};
const STATUS_COLORS: Record<GapStatus, string> = {
  [GapStatus.OPEN]: 'orange',
  [GapStatus.WORKING]: 'blue',
  [GapStatus.CLOSED]: 'teal',
};
const KIND_EXPLANATIONS: Record<GapKind, string> = {
  [GapKind.AUTONOMY]:
    'The "X" in "great, as long as someone helps them with X": what makes others hesitate to let them rotate.',
  [GapKind.NEXT_SCOPE]:
    'The next gap: from what they are given to work on, where their output falls short at the next scope ("my models ship, but nobody decides what to build next with them").',
};

const STATUS_OPTIONS = Object.values(GapStatus).map((value) => ({
  value,
  label: STATUS_LABELS[value],
}));
const KIND_OPTIONS = Object.values(GapKind).map((value) => ({
  value,
  label: GAP_KIND_LABELS[value],
}));
const GAP_FIELDS: ComparedField[] = [
  { key: 'title', label: 'title' },
  { key: 'description', label: 'description' },
  { key: 'status', label: 'status', format: (v) => STATUS_LABELS[v as GapStatus] ?? String(v) },
  { key: 'evidence', label: 'evidence' },
];
const FORM_FIELDS = ['kind', 'title', 'description', 'evidence', 'status'];

export function GapsTab() {
  const { plan, canWrite } = usePlanScope();
  const [adding, setAdding] = useState(false);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div style={{ flex: 1, minWidth: 260 }}>
          <Title order={2} fz="lg">
            Gaps
          </Title>
          <Text size="sm" c="dimmed">
            A gap is what limits a strength, not a weakness to punish. Close one, then find the next.
          </Text>
        </div>
        {canWrite && !adding && (
          <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setAdding(true)}>
            Add gap
          </Button>
        )}
      </Group>
      {adding && <GapForm onDone={() => setAdding(false)} />}
      {plan.gaps.length === 0 && !adding && (
        <Card withBorder padding="lg">
          <Text size="sm" c="dimmed" ta="center">
            No gaps yet. Start from the rotation doubt: in "great, as long as someone helps them with X", X is a gap.
          </Text>
        </Card>
      )}
      {/* One flat keyed list, headers between: a gap whose status changes (also while it is being
          edited, by someone else) moves without losing its form. */}
      {Object.values(GapStatus).flatMap((status) => {
        const gaps = plan.gaps.filter((g) => g.status === status);
        if (gaps.length === 0) return [];
        return [
          <Group key={`heading-${status}`} gap="xs" mt="xs">
            <Title order={3} fz="md">
              {STATUS_LABELS[status]}
            </Title>
            <Badge size="sm" variant="light" color={STATUS_COLORS[status]} radius="sm">
              {gaps.length}
            </Badge>
          </Group>,
          ...gaps.map((gap) => <GapCard key={gap.id} gap={gap} />),
        ];
      })}
    </Stack>
  );
}

function GapCard({ gap }: { gap: PlanGapFragment }) {
  const { canWrite } = usePlanScope();
  const [editing, setEditing] = useState(false);
  if (editing) return <GapForm gap={gap} onDone={() => setEditing(false)} />;
  return (
    <Card withBorder padding="md" id={`gap-${gap.id}`} data-testid={`gap-${gap.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} style={{ minWidth: 0 }}>
            {gap.title}
          </Text>
          {canWrite && (
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPencil size={14} />}
              onClick={() => setEditing(true)}
              style={{ flexShrink: 0 }}
            >
              Edit
            </Button>
          )}
        </Group>
        <Group gap={6}>
          <Badge variant="light" color={gap.kind === GapKind.AUTONOMY ? 'grape' : 'indigo'} radius="sm" tt="none">
            {GAP_KIND_LABELS[gap.kind as GapKind]}
          </Badge>
          <Badge variant="outline" color={STATUS_COLORS[gap.status as GapStatus]} radius="sm" tt="none">
            {STATUS_LABELS[gap.status as GapStatus]}
          </Badge>
          <Text size="xs" c="dimmed">
            Opened {gap.openedQuarter}
            {gap.closedQuarter ? ` · closed ${gap.closedQuarter}` : ''}
          </Text>
        </Group>
        {gap.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {gap.description}
          </Text>
        )}
        {gap.evidence && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            <b>Evidence:</b> {gap.evidence}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

interface GapValues {
  kind: string;
  title: string;
  description: string;
  evidence: string;
  status: string;
}

const maxLength = (max: number) => (value: string) =>
  value.trim().length > max ? `Use at most ${max} characters.` : null;
const optional = (value: string) => (value.trim() === '' ? null : value.trim());

/** Adds a gap, or edits one (title, description, evidence, status) from the version it was opened at. */
function GapForm({ gap, onDone }: { gap?: PlanGapFragment; onDone: () => void }) {
  const { plan } = usePlanScope();
  const readFailure = useReadFailure();
  const [base, setBase] = useState<PlanGapFragment | null>(gap ?? null);
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [addGap, adding] = useMutation(AddGapDocument, RELOAD_PLAN);
  const [updateGap, updating] = useMutation(UpdateGapDocument, RELOAD_PLAN);
  const form = useForm<GapValues>({
    initialValues: {
      kind: gap?.kind ?? GapKind.AUTONOMY,
      title: gap?.title ?? '',
      description: gap?.description ?? '',
      evidence: gap?.evidence ?? '',
      status: gap?.status ?? GapStatus.OPEN,
    },
    validate: {
      title: (value) => nameProblem(value, LIMITS.titleMax),
      description: maxLength(LIMITS.descriptionMax),
      evidence: maxLength(LIMITS.evidenceMax),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      if (base) {
        const changes = {
          title: values.title.trim() !== base.title ? values.title.trim() : undefined,
          description: optional(values.description) !== base.description ? optional(values.description) : undefined,
          evidence: optional(values.evidence) !== base.evidence ? optional(values.evidence) : undefined,
          status: values.status !== base.status ? (values.status as GqlGapStatus) : undefined,
        };
        if (Object.values(changes).every((value) => value === undefined)) {
          onDone();
          return;
        }
        await updateGap({
          variables: { input: { id: base.id, version: base.version, ...changes } },
        });
        notifySuccess(`"${values.title.trim()}" saved.`);
      } else {
        await addGap({
          variables: {
            input: {
              planId: plan.id,
              kind: values.kind as GqlGapKind,
              title: values.title.trim(),
              description: optional(values.description),
              evidence: optional(values.evidence),
            },
          },
        });
        notifySuccess(`Gap "${values.title.trim()}" added.`);
      }
      onDone();
    } catch (error) {
      const read = await readFailure(error, base ?? undefined, GAP_FIELDS);
      if (read.kind === 'conflict' && base) {
        const current = read.problem.extensions.current as PlanGapFragment | undefined;
        if (current) {
          rebaseForm(form, {
            title: current.title,
            description: current.description ?? '',
            evidence: current.evidence ?? '',
            status: current.status,
          });
          setBase({ ...base, ...current });
        }
      }
      if (read.kind === 'fields') applyFieldErrors(form, read.problem, FORM_FIELDS);
      setFailure(leftoverFailure(read, FORM_FIELDS));
    }
  });

  const saving = adding.loading || updating.loading;
  return (
    <Card withBorder padding="md" bg="var(--mantine-color-indigo-0)">
      <form onSubmit={submit} noValidate aria-label={gap ? `Edit gap ${gap.title}` : 'Add gap'}>
        <Stack gap="sm">
          <Text fw={600}>{gap ? 'Edit gap' : 'New gap'}</Text>
          {gap ? (
            <div>
              <Text size="sm" fw={500} mb={4}>
                Status
              </Text>
              <SegmentedControl data={STATUS_OPTIONS} aria-label="Status" {...form.getInputProps('status')} />
              {form.values.status === GapStatus.CLOSED && gap.status !== GapStatus.CLOSED && (
                <Text size="xs" c="dimmed" mt={4}>
                  Closing it records this quarter as the quarter it closed. Add the evidence that shows it.
                </Text>
              )}
            </div>
          ) : (
            <div>
              <Text size="sm" fw={500} mb={4}>
                Kind
              </Text>
              <SegmentedControl data={KIND_OPTIONS} aria-label="Kind" {...form.getInputProps('kind')} />
              <Text size="xs" c="dimmed" mt={4}>
                {KIND_EXPLANATIONS[form.values.kind as GapKind]}
              </Text>
            </div>
          )}
          <TextInput
            label="Title"
            placeholder="e.g. Stakeholder updates without the manager in the room"
            maxLength={LIMITS.titleMax}
            data-autofocus
            {...form.getInputProps('title')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Textarea
              label="Description"
              placeholder="What limits the strength, concretely"
              autosize
              minRows={2}
              {...form.getInputProps('description')}
            />
            <Textarea
              label="Evidence"
              placeholder="What was seen, when, by whom"
              autosize
              minRows={2}
              {...form.getInputProps('evidence')}
            />
          </SimpleGrid>
          <FailureAlert failure={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone} disabled={saving}>
              Cancel
            </Button>
            <SubmitButton loading={saving}>{gap ? 'Save gap' : 'Add gap'}</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
