import { Badge, Group, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  DECISION_LABELS,
  GuidanceHorizon,
  HORIZON_LABELS,
  HelpDecision,
  RECOMMENDATION_REASONS,
} from '@fulcrum/shared';
import type { ReactNode } from 'react';
import { HoursInput } from '@/components/HoursInput';
import { PeopleProblem, PersonSelect } from '@/components/PersonSelect';
import type { RequestValues, useRequestForm } from '../hooks/useRequestForm';
import { usePeople } from '@/lib/people/usePeople';
import { DECISION_OPTIONS, QUESTIONS, decisionColor } from '../utils/triage';

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const REQUESTER_KINDS = [
  { value: 'person', label: 'Someone here' },
  { value: 'other', label: 'Someone else' },
];
const HORIZON_OPTIONS = Object.values(GuidanceHorizon).map((value) => ({ value, label: HORIZON_LABELS[value] }));

type Form = UseFormReturnType<RequestValues>;

/** Who asked: someone of the organization (searched by name) or a name typed in. */
export function RequesterFields({ form, locked }: { form: Form; locked: boolean }) {
  const people = usePeople();
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          Who asked
        </Text>
        <SegmentedControl
          size="xs"
          data={REQUESTER_KINDS}
          aria-label="Who asked"
          disabled={locked}
          {...form.getInputProps('requesterKind')}
        />
      </Group>
      {form.values.requesterKind === 'person' ? (
        <PersonSelect
          aria-label="Requester"
          people={people}
          nothingFoundMessage="Nobody by that name: choose Someone else"
          disabled={locked}
          {...form.getInputProps('requesterId')}
        />
      ) : (
        <TextInput
          aria-label="Requester name"
          placeholder="e.g. Finance team, Pricing PM"
          disabled={locked}
          {...form.getInputProps('requesterName')}
        />
      )}
      <PeopleProblem people={people} message="The list of people could not be loaded. Try again, or type a name." />
    </Stack>
  );
}

/** The four triage questions. */
export function TriageQuestions({ form, locked }: { form: Form; locked: boolean }) {
  const answer = (field: 'uniqueSkill' | 'reusableLesson' | 'owningTeamExists' | 'guidanceHorizon', value: string) => {
    form.setValues({ [field]: value });
    form.clearFieldError(field);
  };
  const yesNo = (field: 'uniqueSkill' | 'reusableLesson' | 'owningTeamExists', n: number) => (
    <Question n={n} text={QUESTIONS[field]} error={form.errors[field]}>
      <SegmentedControl
        data={YES_NO}
        value={form.values[field]}
        onChange={(value) => answer(field, value)}
        aria-label={QUESTIONS[field]}
        disabled={locked}
      />
    </Question>
  );
  return (
    <Stack gap="sm">
      {yesNo('uniqueSkill', 1)}
      {yesNo('reusableLesson', 2)}
      {yesNo('owningTeamExists', 3)}
      <Question n={4} text={QUESTIONS.guidanceHorizon} error={form.errors.guidanceHorizon}>
        <SegmentedControl
          data={HORIZON_OPTIONS}
          value={form.values.guidanceHorizon}
          onChange={(value) => answer('guidanceHorizon', value)}
          aria-label={QUESTIONS.guidanceHorizon}
          disabled={locked}
        />
      </Question>
    </Stack>
  );
}

/** The recommendation the answers give, and the decision (which may differ), with its details. */
export function DecisionFields({ request }: { request: ReturnType<typeof useRequestForm> }) {
  const { form, recommended, decision, decisionTouched, chooseDecision } = request;
  return (
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
          onChange={chooseDecision}
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
        <HoursInput
          label="Hours spent"
          description="So far; update it from the list later"
          {...form.getInputProps('hoursSpent')}
        />
      )}
    </Stack>
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
