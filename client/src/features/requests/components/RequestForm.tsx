import { useMutation } from '@apollo/client/react';
import {
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  DECISION_LABELS,
  GuidanceHorizon,
  HORIZON_LABELS,
  HOURS_STEP,
  HelpDecision,
  LIMITS,
  RECOMMENDATION_REASONS,
  nameProblem,
  requiredTextProblem,
} from '@fulcrum/shared';
import { useState, type ReactNode } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SubmitButton } from '@/components/SubmitButton';
import { PlanDocument } from '@/features/plan/api/gql/graphql';
import { FailureAlert } from '@/features/plan/components/Alerts';
import { leftoverFailure, usePlanScope, useReadFailure, type PlanFailure } from '@/features/plan/hooks/usePlanScope';
import { applyFieldErrors } from '@/lib/form';
import { notifySuccess } from '@/lib/notify';
import {
  DecideHelpRequestDocument,
  HelpRequestsDocument,
  LogHelpRequestDocument,
  RequestLoadDocument,
  type GuidanceHorizon as GqlHorizon,
  type HelpDecision as GqlDecision,
} from '../api/gql/graphql';
import { usePeople } from '../hooks/usePeople';
import { QUESTIONS, decisionColor, liveRecommendation, type TriageDraft, type YesNo } from '../utils/triage';

/** Every triage change reloads the list, the load and the plan (its anti-patterns). */
export const RELOAD_REQUESTS = {
  refetchQueries: [HelpRequestsDocument, RequestLoadDocument, PlanDocument],
  awaitRefetchQueries: true,
};

interface RequestValues extends TriageDraft {
  requesterKind: 'person' | 'other';
  requesterId: string | null;
  requesterName: string;
  topic: string;
  decision: '' | HelpDecision;
  redirectedTo: string;
  hoursSpent: number | string;
}

const FORM_FIELDS = [
  'requesterId',
  'requesterName',
  'topic',
  'uniqueSkill',
  'reusableLesson',
  'owningTeamExists',
  'guidanceHorizon',
  'redirectedTo',
  'hoursSpent',
];
const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const HORIZON_OPTIONS = Object.values(GuidanceHorizon).map((value) => ({
  value,
  label: HORIZON_LABELS[value],
}));
export const DECISION_OPTIONS = Object.values(HelpDecision).map((value) => ({
  value,
  label: DECISION_LABELS[value],
}));

export function hoursProblem(value: number | string): string | null {
  const hours = Number(value);
  if (value === '' || !Number.isFinite(hours) || hours < 0) return 'Hours spent are 0 or more.';
  if (hours > 80) return 'At most 80 hours.';
  return Math.abs(hours / HOURS_STEP - Math.round(hours / HOURS_STEP)) > 1e-9
    ? 'Use quarter-hour steps (for example 1.25 or 1.5).'
    : null;
}

/**
 * Logs a request with the four triage answers; the recommendation shows as soon as the answers
 * decide it. The decision (which may differ), its redirect target and the hours can be given
 * now or later, from the list.
 */
export function RequestForm({ onDone }: { onDone: () => void }) {
  const { plan } = usePlanScope();
  const readFailure = useReadFailure();
  const people = usePeople();
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  // Once logged, a failed decision is retried alone: the request is not logged twice.
  const [logged, setLogged] = useState<{ id: string; version: number } | null>(null);
  const [decisionTouched, setDecisionTouched] = useState(false);
  const [log, logging] = useMutation(LogHelpRequestDocument, RELOAD_REQUESTS);
  const [decide, deciding] = useMutation(DecideHelpRequestDocument, RELOAD_REQUESTS);

  const form = useForm<RequestValues>({
    initialValues: {
      requesterKind: 'person',
      requesterId: null,
      requesterName: '',
      topic: '',
      uniqueSkill: '',
      reusableLesson: '',
      owningTeamExists: '',
      guidanceHorizon: '',
      decision: '',
      redirectedTo: '',
      hoursSpent: 0,
    },
    validate: {
      requesterId: (value, values) =>
        values.requesterKind === 'person' && !value
          ? 'Pick who asked, or choose "Someone else" and type a name.'
          : null,
      requesterName: (value, values) => (values.requesterKind === 'other' ? nameProblem(value) : null),
      topic: (value) => requiredTextProblem(value, LIMITS.descriptionMax, 'Say what the request is about.'),
      uniqueSkill: (value) => (value === '' ? 'Answer this question.' : null),
      reusableLesson: (value) => (value === '' ? 'Answer this question.' : null),
      owningTeamExists: (value) => (value === '' ? 'Answer this question.' : null),
      guidanceHorizon: (value) => (value === '' ? 'Answer this question.' : null),
      redirectedTo: (value, values) =>
        values.decision === HelpDecision.REDIRECT && !value.trim()
          ? 'Say whom or where you redirected them to: "no" is never silence.'
          : null,
      hoursSpent: (value, values) => (values.decision ? hoursProblem(value) : null),
    },
  });

  const recommended = liveRecommendation(form.values);
  // Until the user picks a decision, it follows the recommendation.
  const decision = decisionTouched ? form.values.decision : (recommended ?? '');

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const chosen = decisionTouched ? values.decision : (recommended ?? '');
    if (chosen === HelpDecision.REDIRECT && !values.redirectedTo.trim()) {
      form.setFieldError('redirectedTo', 'Say whom or where you redirected them to: "no" is never silence.');
      return;
    }
    try {
      let target = logged;
      if (!target) {
        const { data } = await log({
          variables: {
            input: {
              planId: plan.id,
              requesterId: values.requesterKind === 'person' ? values.requesterId : null,
              requesterName: values.requesterKind === 'other' ? values.requesterName.trim() : null,
              topic: values.topic.trim(),
              uniqueSkill: values.uniqueSkill === 'yes',
              reusableLesson: values.reusableLesson === 'yes',
              owningTeamExists: values.owningTeamExists === 'yes',
              guidanceHorizon: values.guidanceHorizon as GqlHorizon,
            },
          },
        });
        if (!data) return;
        target = { id: data.logHelpRequest.id, version: data.logHelpRequest.version };
        setLogged(target);
      }
      if (chosen) {
        await decide({
          variables: {
            input: {
              id: target.id,
              version: target.version,
              decision: chosen as GqlDecision,
              redirectedTo: chosen === HelpDecision.REDIRECT ? values.redirectedTo.trim() : null,
              hoursSpent: Number(values.hoursSpent),
            },
          },
        });
      }
      notifySuccess(
        chosen ? `Decision: ${DECISION_LABELS[chosen]}.` : 'Decide it from the list when you know.',
        'Request logged',
      );
      onDone();
    } catch (error) {
      const read = await readFailure(error);
      if (read.kind === 'fields') applyFieldErrors(form, read.problem, FORM_FIELDS);
      setFailure(leftoverFailure(read, FORM_FIELDS));
    }
  });

  const question = (field: 'uniqueSkill' | 'reusableLesson' | 'owningTeamExists', n: number) => (
    <Question n={n} text={QUESTIONS[field]} error={form.errors[field]}>
      <SegmentedControl
        data={YES_NO}
        value={form.values[field]}
        onChange={(value) => {
          form.setFieldValue(field, value as YesNo);
          form.clearFieldError(field);
        }}
        aria-label={QUESTIONS[field]}
        disabled={logged !== null}
      />
    </Question>
  );

  const saving = logging.loading || deciding.loading;
  const peopleOptions = people.people.map((p) => ({ value: p.id, label: p.name }));

  return (
    <Card withBorder padding="md" bg="var(--mantine-color-indigo-0)">
      <form onSubmit={submit} noValidate aria-label="Log a request">
        <Stack gap="md">
          <div>
            <Text fw={600}>Log a request</Text>
            <Text size="xs" c="dimmed">
              Four questions decide whether to help, teach, or point them elsewhere. Saying no is fine; silence is not.
            </Text>
          </div>

          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Stack gap={6}>
              <Group justify="space-between" gap="xs">
                <Text size="sm" fw={500}>
                  Who asked
                </Text>
                <SegmentedControl
                  size="xs"
                  data={[
                    { value: 'person', label: 'Someone here' },
                    { value: 'other', label: 'Someone else' },
                  ]}
                  aria-label="Who asked"
                  disabled={logged !== null}
                  {...form.getInputProps('requesterKind')}
                />
              </Group>
              {form.values.requesterKind === 'person' ? (
                <Select
                  aria-label="Requester"
                  placeholder={people.loading ? 'Loading people…' : 'Search by name'}
                  searchable
                  data={peopleOptions}
                  nothingFoundMessage="Nobody by that name: choose Someone else"
                  disabled={logged !== null}
                  {...form.getInputProps('requesterId')}
                />
              ) : (
                <TextInput
                  aria-label="Requester name"
                  placeholder="e.g. Finance team, Pricing PM"
                  disabled={logged !== null}
                  {...form.getInputProps('requesterName')}
                />
              )}
              {people.error ? (
                <ProblemAlert
                  error={people.error}
                  onRetry={() => void people.retry()}
                  message="The list of people could not be loaded. Try again, or type a name."
                />
              ) : null}
            </Stack>
            <TextInput
              label="Topic"
              placeholder="What they asked for"
              disabled={logged !== null}
              {...form.getInputProps('topic')}
            />
          </SimpleGrid>

          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Stack gap="sm">
              {question('uniqueSkill', 1)}
              {question('reusableLesson', 2)}
              {question('owningTeamExists', 3)}
              <Question n={4} text={QUESTIONS.guidanceHorizon} error={form.errors.guidanceHorizon}>
                <SegmentedControl
                  data={HORIZON_OPTIONS}
                  value={form.values.guidanceHorizon}
                  onChange={(value) => {
                    form.setFieldValue('guidanceHorizon', value as GuidanceHorizon);
                    form.clearFieldError('guidanceHorizon');
                  }}
                  aria-label={QUESTIONS.guidanceHorizon}
                  disabled={logged !== null}
                />
              </Question>
            </Stack>

            <Stack gap="sm">
              <Paper withBorder p="sm" radius="md" bg="white" data-testid="recommendation" aria-live="polite">
                <Text size="xs" tt="uppercase" fw={600} c="dimmed">
                  Recommendation
                </Text>
                {recommended ? (
                  <>
                    <Badge size="lg" color={decisionColor(recommended)} variant="light" radius="sm" mt={4}>
                      {DECISION_LABELS[recommended]}
                    </Badge>
                    <Text size="sm" mt={6}>
                      {RECOMMENDATION_REASONS[recommended]}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed" mt={4}>
                    Answer the questions: the recommendation shows as soon as the answers decide it.
                  </Text>
                )}
              </Paper>

              <div>
                <Text size="sm" fw={500} mb={4}>
                  Your decision
                </Text>
                <SegmentedControl
                  data={[...DECISION_OPTIONS, { value: '', label: 'Not yet' }]}
                  value={decision}
                  onChange={(value) => {
                    setDecisionTouched(true);
                    form.setFieldValue('decision', value as RequestValues['decision']);
                    form.clearFieldError('redirectedTo');
                  }}
                  aria-label="Your decision"
                />
                <Text size="xs" c="dimmed" mt={4}>
                  {decision && recommended && decision !== recommended
                    ? `Differs from the recommendation (${DECISION_LABELS[recommended]}): fine when you know better.`
                    : decisionTouched
                      ? ' '
                      : 'Follows the recommendation until you pick one.'}
                </Text>
              </div>
              {decision === HelpDecision.REDIRECT && (
                <TextInput
                  label="Redirected to"
                  placeholder="The team, workflow or person who owns it"
                  {...form.getInputProps('redirectedTo')}
                />
              )}
              {decision !== '' && (
                <NumberInput
                  label="Hours spent"
                  description="So far; update it from the list later"
                  min={0}
                  step={HOURS_STEP}
                  decimalScale={2}
                  allowNegative={false}
                  suffix=" h"
                  {...form.getInputProps('hoursSpent')}
                />
              )}
            </Stack>
          </SimpleGrid>

          {logged && (
            <Text size="sm" c="dimmed">
              The request is logged; only the decision is left to save.
            </Text>
          )}
          <FailureAlert failure={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone} disabled={saving}>
              {logged ? 'Close' : 'Cancel'}
            </Button>
            <SubmitButton loading={saving}>{logged ? 'Save decision' : 'Log request'}</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Question({ n, text, error, children }: { n: number; text: string; error?: ReactNode; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        {n}. {text}
      </Text>
      {children}
      {error && (
        <Text size="xs" c="red" mt={4} role="alert">
          {error}
        </Text>
      )}
    </div>
  );
}
