import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { projectWeek, roundHours, totalHours, weekShape, weeklyHoursProblem } from '@fulcrum/shared';
import { useState, type SubmitEvent } from 'react';
import { SubmitButton } from '@/components/SubmitButton';
import { UpdatePlanDocument, type PlanDetailFragment } from '../api/gql/graphql';
import { notifySuccess } from '@/lib/notify';
import { RELOAD_PLAN, leftoverFailure, usePlanScope, useReadFailure } from '../hooks/usePlanScope';
import { hoursValue, planGoalShifts, toWeekActivities } from '../utils/week';
import { FailureAlert } from '@/components/PlanAlerts';
import { formatHours } from '@/lib/format';
import { useVersionedForm } from '@/lib/useVersionedForm';
import { formatHoursField } from '@/lib/conflict';
import { WeeklyHoursInput } from '@/components/HoursInput';

/**
 * What is wrong with a budget of `hours`: not a valid budget (`problem`), or smaller than the week
 * or the projected week already takes (`tooSmall`).
 */
function budgetProblems(plan: PlanDetailFragment, hours: number) {
  const week = toWeekActivities(plan.week.activities);
  const projected = projectWeek(week, planGoalShifts(plan));
  const problem = Number.isFinite(hours) ? weeklyHoursProblem(hours) : 'Enter the weekly budget in hours.';
  const tooSmall =
    !problem && hours < Math.max(totalHours(week), weekShape(projected).totalHours)
      ? `The ${totalHours(week) > hours ? 'week' : 'projected week'} already takes ${formatHours(
          Math.max(totalHours(week), totalHours(projected)),
        )}: shrink or hand off activities before lowering the budget.`
      : null;
  return { problem, tooSmall };
}

/** The plan's weekly budget; a smaller one than the week (or the projected week) is refused. */
export function BudgetEditor() {
  const { plan, canWrite } = usePlanScope();
  const readFailure = useReadFailure();
  const { base, start, failure, setFailure, fail } = useVersionedForm<{ version: number; weeklyHours: number }>({
    initial: null,
    read: readFailure,
    compared: [{ key: 'weeklyHours', label: 'weekly budget', format: formatHoursField }],
  });
  const [value, setValue] = useState<number | string>(plan.weeklyHours);
  const [update, { loading }] = useMutation(UpdatePlanDocument, RELOAD_PLAN);
  const hours = hoursValue(value);
  const { problem, tooSmall } = budgetProblems(plan, hours);

  if (!canWrite) return null;

  const save = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!base || problem || tooSmall) return;
    setFailure(null);
    try {
      await update({
        variables: {
          input: { id: plan.id, version: base.version, weeklyHours: roundHours(hours) },
        },
      });
      notifySuccess(`The weekly budget is now ${formatHours(hours)}.`);
      start(null);
    } catch (error) {
      await fail(error);
    }
  };

  return (
    <Card withBorder padding="md">
      {base ? (
        <form onSubmit={(event) => void save(event)} aria-label="Weekly budget">
          <Stack gap="sm">
            <Group align="flex-end" gap="sm">
              <WeeklyHoursInput
                label="Weekly budget"
                description="Between 1 and 80 hours, in quarter hours."
                value={value}
                onChange={(next) => setValue(typeof next === 'bigint' ? Number(next) : next)}
                min={1}
                max={80}
                w={200}
                error={problem ?? (failure?.kind === 'fields' ? failure.problem.fields.weeklyHours : undefined)}
              />
              <SubmitButton loading={loading} disabled={Boolean(problem || tooSmall)}>
                Save budget
              </SubmitButton>
              <Button variant="default" onClick={() => start(null)} disabled={loading}>
                Cancel
              </Button>
            </Group>
            {tooSmall && (
              <Alert color="red" variant="light">
                {tooSmall}
              </Alert>
            )}
            {failure && <FailureAlert failure={leftoverFailure(failure, ['weeklyHours'])} />}
          </Stack>
        </form>
      ) : (
        <BudgetSummary
          onChange={() => {
            setValue(plan.weeklyHours);
            start({ version: plan.version, weeklyHours: plan.weeklyHours });
          }}
        />
      )}
    </Card>
  );
}

/** The budget as it stands, and the way to change it. */
function BudgetSummary({ onChange }: { onChange: () => void }) {
  const { plan } = usePlanScope();
  return (
    <Group justify="space-between">
      <Text size="sm">
        Weekly budget: <b>{formatHours(plan.weeklyHours)}</b>. Change it only when the working week itself changes.
      </Text>
      <Button size="xs" variant="default" onClick={onChange}>
        Change budget
      </Button>
    </Group>
  );
}
