import { Alert, Group, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm, type FormValidateInput, type UseFormReturnType } from '@mantine/form';
import { CONFIDENCE_MAX, CONFIDENCE_MIN, LIMITS, Side } from '@fulcrum/shared';
import { useState } from 'react';
import { readProblem, type Problem } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/form';
import { notifySuccess } from '@/lib/notify';
import { HoursInput } from './HoursInput';
import { ProblemAlert } from './ProblemAlert';
import { SubmitButton } from './SubmitButton';

const CONFIDENCE_OPTIONS = Array.from({ length: CONFIDENCE_MAX - CONFIDENCE_MIN + 1 }, (_, i) =>
  String(CONFIDENCE_MIN + i),
);
const FORM_FIELDS = ['confidence', 'coachingHours', 'note'];

interface CheckInValues {
  confidence: string;
  coachingHours: number | string;
  note: string;
}

/** Who checks in on which delegation, and about whom: what the inputs' words depend on. */
interface CheckInParty {
  delegationId: string;
  asDelegator: boolean;
  otherName: string;
}

interface CheckInFormProps {
  delegationId: string;
  /** The side the viewer checks in on (the server decides it from who the viewer is). */
  side: Side;
  /** The other person, by first name: who coaches or who is coached. */
  otherName: string;
  /** Lays the inputs out in a row (wide places, such as Home). */
  wide?: boolean;
  /**
   * Runs the check-in mutation of the caller's feature (each feature refetches its own queries
   * once it is saved); a rejection is read as the server's problem.
   */
  save: (input: CheckInInput) => Promise<unknown>;
  saving: boolean;
}

/** What a check-in sends. */
export interface CheckInInput {
  delegationId: string;
  confidence: number;
  coachingHours: number;
  note: string | null;
}

const CHECK_IN_RULES: FormValidateInput<CheckInValues> = {
  confidence: (value) => (value === '' ? `Rate your confidence from ${CONFIDENCE_MIN} to ${CONFIDENCE_MAX}.` : null),
  coachingHours: (value) => {
    const hours = typeof value === 'number' ? value : Number(value);
    return value === '' || !Number.isFinite(hours) || hours < 0 ? 'Coaching hours are 0 or more.' : null;
  },
  note: (value) => (value.trim().length > LIMITS.evidenceMax ? `Use at most ${LIMITS.evidenceMax} characters.` : null),
};

/**
 * Records how a delegation goes, from either side: confidence 1–5, coaching hours since the
 * last check-in (the delegatee logs only what the delegator has not), a note.
 */
export function CheckInForm({ delegationId, side, otherName, wide = false, save, saving }: CheckInFormProps) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const form = useForm<CheckInValues>({
    initialValues: { confidence: '', coachingHours: 0, note: '' },
    validate: CHECK_IN_RULES,
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await save({
        delegationId,
        confidence: Number(values.confidence),
        coachingHours: Number(values.coachingHours),
        note: values.note.trim() || null,
      });
      form.reset();
      notifySuccess('Check-in recorded.');
    } catch (error) {
      const read = readProblem(error);
      const leftover = applyFieldErrors(form, read, FORM_FIELDS);
      if (Object.keys(read.fields).length === 0 || Object.keys(leftover).length > 0) setProblem(read);
    }
  });

  const asDelegator = side === Side.DELEGATOR;
  return (
    <form onSubmit={submit} noValidate aria-label="Check in">
      <Stack gap="sm">
        <CheckInInputs form={form} party={{ delegationId, asDelegator, otherName }} wide={wide} />
        {problem && <ProblemAlert error={problem} />}
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            You check in as the {asDelegator ? 'delegator' : 'delegatee'}.
          </Text>
          <SubmitButton loading={saving} size="sm">
            Record check-in
          </SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}

/** Shown instead of the form once the work came back. */
export function ReclaimedNote() {
  return (
    <Alert color="gray" variant="light" p="xs">
      <Text size="sm">This delegation was reclaimed: it takes no more check-ins.</Text>
    </Alert>
  );
}

/** Confidence, coaching hours and note, in a row on wide places or stacked. */
function CheckInInputs({
  form,
  party,
  wide,
}: {
  form: UseFormReturnType<CheckInValues>;
  party: CheckInParty;
  wide: boolean;
}) {
  const { asDelegator, otherName } = party;
  const confidence = <ConfidenceInput form={form} party={party} />;
  const hours = (
    <HoursInput
      label="Coaching hours"
      description={
        asDelegator
          ? `Spent coaching ${otherName} since the last check-in`
          : `Only what ${otherName} has not logged; usually 0`
      }
      {...form.getInputProps('coachingHours')}
    />
  );
  const note = (
    <Textarea
      label="Note"
      placeholder={
        asDelegator ? 'What they did on their own, what still needs you' : 'What went well, what still feels hard'
      }
      autosize
      minRows={wide ? 1 : 2}
      maxRows={6}
      {...form.getInputProps('note')}
    />
  );

  return wide ? (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      {confidence}
      {hours}
      {note}
    </SimpleGrid>
  ) : (
    <>
      {confidence}
      {hours}
      {note}
    </>
  );
}

/** The 1–5 confidence scale, with its legend (or the error) below. */
function ConfidenceInput({
  form,
  party: { delegationId, asDelegator, otherName },
}: {
  form: UseFormReturnType<CheckInValues>;
  party: CheckInParty;
}) {
  return (
    <div>
      <Text size="sm" fw={500} mb={4} id={`confidence-${delegationId}`}>
        Confidence
      </Text>
      <SegmentedControl
        data={CONFIDENCE_OPTIONS}
        aria-labelledby={`confidence-${delegationId}`}
        value={form.values.confidence}
        onChange={(value) => {
          form.setFieldValue('confidence', value);
          form.clearFieldError('confidence');
        }}
        fullWidth
      />
      <Text
        size="xs"
        c={form.errors.confidence ? 'red' : 'dimmed'}
        mt={4}
        role={form.errors.confidence ? 'alert' : undefined}
      >
        {form.errors.confidence ??
          (asDelegator
            ? `1: ${otherName} is lost without you · 5: ${otherName} could do it alone`
            : '1: lost without help · 5: could do it alone')}
      </Text>
    </div>
  );
}
