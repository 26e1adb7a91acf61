import { useMutation } from '@apollo/client/react';
import { Card, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { GapKind, GapStatus, LIMITS, nameProblem, GAP_KIND_LABELS } from '@fulcrum/shared';
import { FormActions } from '@/components/FormActions';
import { GrowingTextarea } from '@/components/GrowingTextarea';
import { AddGapDocument, UpdateGapDocument, type PlanGapFragment } from '../api/gql/graphql';
import { notifySuccess } from '@/lib/notify';
import { RELOAD_PLAN, usePlanScope, useReadFailure } from '../hooks/usePlanScope';
import { FailureAlert } from '@/components/PlanAlerts';
import { useVersionedForm } from '@/lib/useVersionedForm';
import { labelledField, type ComparedField } from '@/lib/conflict';
import { saveAddOrEdit } from '../utils/addOrEdit';
import { TitleInput } from './TitleInput';

export const STATUS_LABELS: Record<GapStatus, string> = {
  [GapStatus.OPEN]: 'Open',
  [GapStatus.WORKING]: 'Working',
  [GapStatus.CLOSED]: 'Closed',
};

export const KIND_EXPLANATIONS: Record<GapKind, string> = {
  [GapKind.AUTONOMY]:
    'The "X" in "great, as long as someone helps them with X": what makes others hesitate to let them rotate.',
  [GapKind.NEXT_SCOPE]:
    'The next gap: from what they are given to work on, where their output falls short at the next scope ("my models ship, but nobody decides what to build next with them").',
};

export const STATUS_OPTIONS = Object.values(GapStatus).map((value) => ({
  value,
  label: STATUS_LABELS[value],
}));

export const KIND_OPTIONS = Object.values(GapKind).map((value) => ({
  value,
  label: GAP_KIND_LABELS[value],
}));

export const GAP_FIELDS: ComparedField[] = [
  { key: 'title', label: 'title' },
  { key: 'description', label: 'description' },
  { key: 'status', label: 'status', format: labelledField(STATUS_LABELS) },
  { key: 'evidence', label: 'evidence' },
];

/** What limits the strength, and what shows it. */
const GAP_TEXTS = [
  { field: 'description', label: 'Description', placeholder: 'What limits the strength, concretely' },
  { field: 'evidence', label: 'Evidence', placeholder: 'What was seen, when, by whom' },
] as const;

export const FORM_FIELDS = ['kind', 'title', 'description', 'evidence', 'status'];

export interface GapValues {
  kind: GapKind;
  title: string;
  description: string;
  evidence: string;
  status: GapStatus;
}

export const maxLength = (max: number) => (value: string) =>
  value.trim().length > max ? `Use at most ${max} characters.` : null;

export const optional = (value: string) => (value.trim() === '' ? null : value.trim());

/** What an edit changes of the gap it started from; null when nothing changed. */
function gapChanges(values: GapValues, base: PlanGapFragment) {
  const changes = {
    title: values.title.trim() !== base.title ? values.title.trim() : undefined,
    description: optional(values.description) !== base.description ? optional(values.description) : undefined,
    evidence: optional(values.evidence) !== base.evidence ? optional(values.evidence) : undefined,
    status: values.status !== base.status ? values.status : undefined,
  };
  return Object.values(changes).every((value) => value === undefined) ? null : changes;
}

/** A new gap as addGap takes it. */
function newGapInput(values: GapValues, planId: string) {
  return {
    planId,
    kind: values.kind,
    title: values.title.trim(),
    description: optional(values.description),
    evidence: optional(values.evidence),
  };
}

/** The form's values for a gap, or for a new one. */
function gapValues(gap: PlanGapFragment | undefined): GapValues {
  return {
    kind: gap?.kind ?? GapKind.AUTONOMY,
    title: gap?.title ?? '',
    description: gap?.description ?? '',
    evidence: gap?.evidence ?? '',
    status: gap?.status ?? GapStatus.OPEN,
  };
}

/** Adds a gap, or edits one (title, description, evidence, status) from the version it was opened at. */
export function GapForm({ gap, onDone }: { gap?: PlanGapFragment; onDone: () => void }) {
  const { plan } = usePlanScope();
  const readFailure = useReadFailure();
  const [addGap, adding] = useMutation(AddGapDocument, RELOAD_PLAN);
  const [updateGap, updating] = useMutation(UpdateGapDocument, RELOAD_PLAN);
  const form = useForm<GapValues>({
    initialValues: gapValues(gap),
    validate: {
      title: (value) => nameProblem(value, LIMITS.titleMax),
      description: maxLength(LIMITS.descriptionMax),
      evidence: maxLength(LIMITS.evidenceMax),
    },
  });
  const versioned = useVersionedForm<PlanGapFragment>({
    initial: gap ?? null,
    read: readFailure,
    compared: GAP_FIELDS,
    form,
    inputs: FORM_FIELDS,
    toValues: (current) => ({
      title: current.title,
      description: current.description ?? '',
      evidence: current.evidence ?? '',
      status: current.status,
    }),
  });

  const submit = form.onSubmit(
    saveAddOrEdit(versioned, onDone, {
      changes: gapChanges,
      add: async (values) => {
        await addGap({ variables: { input: newGapInput(values, plan.id) } });
        notifySuccess(`Gap "${values.title.trim()}" added.`);
      },
      update: async (input, values) => {
        await updateGap({ variables: { input } });
        notifySuccess(`"${values.title.trim()}" saved.`);
      },
    }),
  );

  const saving = adding.loading || updating.loading;
  return (
    <Card withBorder padding="md" bg="var(--mantine-color-indigo-0)">
      <form onSubmit={submit} noValidate aria-label={gap ? `Edit gap ${gap.title}` : 'Add gap'}>
        <Stack gap="sm">
          <Text fw={600}>{gap ? 'Edit gap' : 'New gap'}</Text>
          <GapFields form={form} gap={gap} />
          <FailureAlert failure={versioned.failure} />
          <FormActions onCancel={onDone} saving={saving}>
            {gap ? 'Save gap' : 'Add gap'}
          </FormActions>
        </Stack>
      </form>
    </Card>
  );
}

/** The status (of a gap) or the kind (of a new one), then what it is and the evidence. */
function GapFields({ form, gap }: { form: UseFormReturnType<GapValues>; gap: PlanGapFragment | undefined }) {
  return (
    <>
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
            {KIND_EXPLANATIONS[form.values.kind]}
          </Text>
        </div>
      )}
      <TitleInput
        placeholder="e.g. Stakeholder updates without the manager in the room"
        {...form.getInputProps('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {GAP_TEXTS.map(({ field, label, placeholder }) => (
          <GrowingTextarea key={field} label={label} placeholder={placeholder} {...form.getInputProps(field)} />
        ))}
      </SimpleGrid>
    </>
  );
}
