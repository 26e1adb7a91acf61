import { Alert, Card, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { addQuarters, quarterOf, weekShape } from '@fulcrum/shared';
import { BudgetAlert, FailureAlert } from '@/components/PlanAlerts';
import { FormActions } from '@/components/FormActions';
import { GrowingTextarea } from '@/components/GrowingTextarea';
import { whoseWeek } from '../utils/goalForm';
import type { PlanGoalFragment } from '../api/gql/graphql';
import { useGoalForm } from '../hooks/useGoalForm';
import { usePlanScope } from '../hooks/usePlanScope';
import { GoalBasics, StartSection, StopSection } from './GoalFormSections';
import { ProjectionPreview } from './GoalProjection';

interface GoalFormProps {
  /** The goal to edit (only its title, hours, success measure and quarter change); none adds one. */
  goal?: PlanGoalFragment;
  onDone: () => void;
}

/**
 * A change goal: stop or shrink one activity, start or grow another. The projected week with
 * the goal is previewed as the hours are typed, with the same shared rules the server applies.
 */
export function GoalForm({ goal, onDone }: GoalFormProps) {
  const { plan, side } = usePlanScope();
  const { form, submit, saving, failure, projection } = useGoalForm(goal, onDone);
  const { budget, typed } = projection;
  const whose = whoseWeek(side, plan.owner.name);
  const thisQuarter = quarterOf(new Date());
  const quarters = Array.from({ length: 6 }, (_, i) => addQuarters(thisQuarter, i));

  return (
    <Card withBorder padding="lg" bg="var(--mantine-color-gray-0)">
      <form onSubmit={submit} noValidate aria-label={goal ? `Edit goal ${goal.title}` : 'New change goal'}>
        <Stack gap="md">
          <Text fw={600} fz="lg">
            {goal ? 'Edit change goal' : 'New change goal'}
          </Text>
          <GoalBasics form={form} goal={goal} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <StopSection form={form} goal={goal} />
            <StartSection form={form} goal={goal} />
          </SimpleGrid>

          <ProjectionPreview
            before={weekShape(projection.before)}
            after={weekShape(projection.after)}
            budgetHours={plan.weeklyHours}
            whose={whose}
            typed={typed}
          />
          {typed && projection.addition && (
            <Alert color="yellow" variant="light" title="An addition, not a change" data-testid="addition-warning">
              This goal adds work without stopping anything: the hours have to come from somewhere. It is allowed only
              while the projected week has room, and it is flagged as the "addition, not change" anti-pattern.
            </Alert>
          )}
          {budget.message && failure?.kind !== 'budget' && (
            <BudgetAlert message={budget.message} handOff={budget.handOff} />
          )}

          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <GrowingTextarea
              label="Success measure"
              placeholder="How you will both know it worked, e.g. Leo ships pipeline fixes without review for a month"
              style={{ gridColumn: 'span 2' }}
              {...form.getInputProps('successMeasure')}
            />
            <NativeSelect
              label="Target quarter"
              data={[
                { value: '', label: 'No target yet' },
                ...quarters.map((q) => ({ value: q, label: q })),
                ...(goal?.targetQuarter && !quarters.includes(goal.targetQuarter)
                  ? [{ value: goal.targetQuarter, label: goal.targetQuarter }]
                  : []),
              ]}
              {...form.getInputProps('targetQuarter')}
            />
          </SimpleGrid>

          <FailureAlert failure={failure} />
          <FormActions onCancel={onDone} saving={saving} blocked={Boolean(budget.message)}>
            {goal ? 'Save goal' : 'Propose goal'}
          </FormActions>
        </Stack>
      </form>
    </Card>
  );
}
