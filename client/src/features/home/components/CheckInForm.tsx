import { useMutation } from '@apollo/client/react';
import { Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CONFIDENCE_MAX, CONFIDENCE_MIN, HOURS_STEP, LIMITS } from '@fulcrum/shared';
import type { DocumentNode } from 'graphql';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SubmitButton } from '@/components/SubmitButton';
import { readProblem, type Problem } from '@/lib/errors';
import { applyFieldErrors } from '@/lib/form';
import { notifySuccess } from '@/lib/notify';
import { HomeCheckInDocument } from '../api/gql/graphql';

const CONFIDENCE_OPTIONS = Array.from({ length: CONFIDENCE_MAX - CONFIDENCE_MIN + 1 }, (_, i) =>
  String(CONFIDENCE_MIN + i),
);
const FORM_FIELDS = ['confidence', 'coachingHours', 'note'];

interface CheckInValues {
  confidence: string;
  coachingHours: number | string;
  note: string;
}

/**
 * The delegatee's check-in on Home: confidence 1–5, coaching hours not logged by the delegator
 * (usually none), a note. Once saved, Home's query is refetched: the next due date and the risk
 * come from the server.
 */
export function CheckInForm({
  delegationId,
  delegatorFirstName,
  refetch,
}: {
  delegationId: string;
  delegatorFirstName: string;
  refetch: DocumentNode;
}) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [checkIn, { loading }] = useMutation(HomeCheckInDocument, {
    refetchQueries: [refetch],
    awaitRefetchQueries: true,
  });
  const form = useForm<CheckInValues>({
    initialValues: { confidence: '', coachingHours: 0, note: '' },
    validate: {
      confidence: (value) =>
        value === '' ? `Rate your confidence from ${CONFIDENCE_MIN} to ${CONFIDENCE_MAX}.` : null,
      coachingHours: (value) => {
        const hours = typeof value === 'number' ? value : Number(value);
        return value === '' || !Number.isFinite(hours) || hours < 0 ? 'Coaching hours are 0 or more.' : null;
      },
      note: (value) =>
        value.trim().length > LIMITS.evidenceMax ? `Use at most ${LIMITS.evidenceMax} characters.` : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await checkIn({
        variables: {
          input: {
            delegationId,
            confidence: Number(values.confidence),
            coachingHours: Number(values.coachingHours),
            note: values.note.trim() || null,
          },
        },
      });
      form.reset();
      notifySuccess('Check-in recorded.');
    } catch (error) {
      const read = readProblem(error);
      const leftover = applyFieldErrors(form, read, FORM_FIELDS);
      if (Object.keys(read.fields).length === 0 || Object.keys(leftover).length > 0) setProblem(read);
    }
  });

  const labelId = `confidence-${delegationId}`;
  return (
    <form onSubmit={submit} noValidate aria-label="Check in">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <div>
            <Text size="sm" fw={500} mb={4} id={labelId}>
              Confidence
            </Text>
            <SegmentedControl
              data={CONFIDENCE_OPTIONS}
              aria-labelledby={labelId}
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
              {form.errors.confidence ?? '1: lost without help · 5: could do it alone'}
            </Text>
          </div>
          <NumberInput
            label="Coaching hours"
            description={`Only what ${delegatorFirstName} has not logged; usually 0`}
            min={0}
            step={HOURS_STEP}
            decimalScale={2}
            allowNegative={false}
            suffix=" h"
            {...form.getInputProps('coachingHours')}
          />
          <Textarea
            label="Note"
            placeholder="What went well, what still feels hard"
            autosize
            minRows={1}
            maxRows={6}
            {...form.getInputProps('note')}
          />
        </SimpleGrid>
        {problem && <ProblemAlert error={problem} />}
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            You check in as the delegatee.
          </Text>
          <SubmitButton loading={loading} size="sm">
            Record check-in
          </SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}
