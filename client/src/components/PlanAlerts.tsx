import { Alert, List, Text } from '@mantine/core';
import type { WeekActivity } from '@fulcrum/shared';
import { IconAlert } from './icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatHours } from '@/lib/format';
import type { PlanFailure } from '@/lib/planScope';

interface HandOff {
  name: string;
  hoursPerWeek: number;
}

/** Over the weekly budget: by how much, and what to hand off first to make room. */
export function BudgetAlert({
  title = 'Over the weekly budget',
  message,
  handOff,
  testId = 'budget-preview',
}: {
  title?: string;
  message: string;
  handOff: readonly HandOff[] | readonly WeekActivity[];
  testId?: string;
}) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlert />} role="alert" data-testid={testId}>
      <Text size="sm">{message}</Text>
      {handOff.length > 0 && (
        <>
          <Text size="sm" mt={6} fw={500}>
            To make room, hand off or shrink execution work first:
          </Text>
          <List size="sm" mt={2}>
            {handOff.slice(0, 3).map((a) => (
              <List.Item key={a.name}>
                {a.name} ({formatHours(a.hoursPerWeek)})
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}

const HAND_OFF_SUFFIX = ' Hand off or shrink first:';

/** A failed plan mutation in words: a conflict, the budget refusal, or any other problem. */
export function FailureAlert({ failure }: { failure: PlanFailure | null }) {
  if (!failure) return null;
  if (failure.kind === 'conflict') {
    return (
      <Alert
        color="orange"
        variant="light"
        title="Changed by someone else"
        icon={<IconAlert />}
        role="alert"
        data-testid="conflict-alert"
      >
        {failure.message}
      </Alert>
    );
  }
  if (failure.kind === 'budget') {
    const { message, extensions } = failure.problem;
    const handOff = Array.isArray(extensions.handOff) ? (extensions.handOff as HandOff[]) : [];
    // The list below names the hand-off candidates; the sentence keeps only what went over.
    const cut = message.indexOf(HAND_OFF_SUFFIX);
    return (
      <BudgetAlert
        title="Refused: over the weekly budget"
        message={`${cut >= 0 ? message.slice(0, cut) : message} Nothing was saved.`}
        handOff={handOff}
        testId="budget-refused"
      />
    );
  }
  return <ProblemAlert error={failure.problem} />;
}
