import { useMutation } from '@apollo/client/react';
import { Card, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { DECISION_LABELS, HelpDecision } from '@fulcrum/shared';
import { HoursInput } from '@/components/HoursInput';
import { FormActions } from '@/components/FormActions';
import { FailureAlert } from '@/components/PlanAlerts';
import { useReadFailure } from '@/lib/planScope';
import { type ComparedField } from '@/lib/conflict';
import { notifySuccess } from '@/lib/notify';
import { DecideHelpRequestDocument, type TriagedRequestFragment } from '../api/gql/graphql';
import { decisionLabel, DECISION_OPTIONS, hoursProblem } from '../utils/triage';
import { REDIRECT_PROBLEM, RELOAD_REQUESTS, decideInput } from '../hooks/useRequestForm';
import { useVersionedForm } from '@/lib/useVersionedForm';

export interface DecisionValues {
  decision: HelpDecision;
  redirectedTo: string;
  hoursSpent: number | string;
}

const isHelpDecision = (v: unknown): v is HelpDecision => Object.values<unknown>(HelpDecision).includes(v);

export const DECISION_FIELDS = ['decision', 'redirectedTo', 'hoursSpent'];

export const COMPARED: ComparedField[] = [
  {
    key: 'decision',
    label: 'decision',
    format: (v) => (isHelpDecision(v) ? DECISION_LABELS[v] : String(v)),
  },
  { key: 'redirectedTo', label: 'redirected to' },
  { key: 'hoursSpent', label: 'hours spent', format: (v) => `${String(v)} h` },
];

/** Records or changes the decision, whom it went to, and the hours spent, from the version shown. */
export function DecisionForm({ request, onDone }: { request: TriagedRequestFragment; onDone: () => void }) {
  const readFailure = useReadFailure();
  const [decide, { loading }] = useMutation(DecideHelpRequestDocument, RELOAD_REQUESTS);
  const form = useForm<DecisionValues>({
    initialValues: {
      decision: request.decision ?? request.recommendation,
      redirectedTo: request.redirectedTo ?? '',
      hoursSpent: request.hoursSpent,
    },
    validate: {
      redirectedTo: (value, values) =>
        values.decision === HelpDecision.REDIRECT && !value.trim() ? REDIRECT_PROBLEM : null,
      hoursSpent: hoursProblem,
    },
  });
  const { base, failure, setFailure, fail } = useVersionedForm({
    initial: request,
    read: readFailure,
    compared: COMPARED,
    snapshot: (b) => ({ decision: b.decision, redirectedTo: b.redirectedTo, hoursSpent: b.hoursSpent }),
    form,
    inputs: DECISION_FIELDS,
    toValues: (current, b) => ({
      decision: current.decision ?? current.recommendation ?? b.recommendation,
      redirectedTo: current.redirectedTo ?? '',
      hoursSpent: current.hoursSpent ?? b.hoursSpent,
    }),
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await decide({ variables: { input: decideInput(base, values.decision, values) } });
      notifySuccess(`Decision: ${decisionLabel(values.decision)}, ${Number(values.hoursSpent)} h spent.`);
      onDone();
    } catch (error) {
      await fail(error);
    }
  });

  return (
    <Card withBorder padding="sm" bg="var(--mantine-color-indigo-0)">
      <form onSubmit={submit} noValidate aria-label={`Decision on ${request.topic}`}>
        <Stack gap="sm">
          <DecisionFields form={form} />
          <FailureAlert failure={failure} />
          <FormActions onCancel={onDone} saving={loading} compact>
            Save decision
          </FormActions>
        </Stack>
      </form>
    </Card>
  );
}

/** The decision, whom it was redirected to (only for a redirect), and the hours spent. */
function DecisionFields({ form }: { form: UseFormReturnType<DecisionValues> }) {
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <div>
        <Text size="sm" fw={500} mb={4}>
          Decision
        </Text>
        <SegmentedControl data={DECISION_OPTIONS} aria-label="Decision" {...form.getInputProps('decision')} />
      </div>
      {form.values.decision === HelpDecision.REDIRECT && (
        <TextInput
          label="Redirected to"
          placeholder="Team, workflow or person"
          style={{ flex: 1, minWidth: 200 }}
          {...form.getInputProps('redirectedTo')}
        />
      )}
      <HoursInput label="Hours spent" w={130} {...form.getInputProps('hoursSpent')} />
    </Group>
  );
}
