import { NativeSelect, Table, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  LEVERAGE_LABELS,
  LIMITS,
  Leverage,
  MODE_LABELS,
  Mode,
  activityHoursProblem,
  nameProblem,
} from '@fulcrum/shared';
import { Fragment } from 'react';
import { WeeklyHoursInput } from '@/components/HoursInput';
import { hoursValue } from '../utils/week';

export const MODE_OPTIONS = Object.values(Mode).map((value) => ({ value, label: MODE_LABELS[value] }));

export const LEVERAGE_OPTIONS = Object.values(Leverage).map((value) => ({
  value,
  label: LEVERAGE_LABELS[value],
}));

/** The inputs of an activity, named as the server names its fields. */
export const ACTIVITY_INPUTS = ['name', 'hoursPerWeek', 'mode', 'leverage'];

export interface ActivityValues {
  name: string;
  hoursPerWeek: number | string;
  mode: Mode;
  leverage: Leverage;
}

export function activityValidation(budget: number) {
  return {
    name: (value: string) => nameProblem(value, LIMITS.titleMax),
    hoursPerWeek: (value: number | string) => activityHoursProblem(hoursValue(value), budget),
  };
}

interface ActivityInputsProps {
  form: UseFormReturnType<ActivityValues>;
  /** The week's budget: no activity takes more. */
  budget: number;
  /** Edited in its row of the week's table: small inputs, each in its cell, tied to the row's form by id. */
  row?: { formId: string };
}

/**
 * Name, hours, mode and leverage of an activity: labelled, with examples, in the add form; named
 * for screen readers only in a row.
 */
export function ActivityInputs({ form, budget, row }: ActivityInputsProps) {
  const Cell = row ? Table.Td : Fragment;
  const named = (label: string, example?: string) =>
    row ? { size: 'xs' as const, 'aria-label': label, form: row.formId } : { label, placeholder: example };
  return (
    <>
      <Cell>
        <TextInput
          {...named(row ? 'Activity name' : 'Activity', 'e.g. Model reviews with juniors')}
          maxLength={LIMITS.titleMax}
          data-autofocus={!row || undefined}
          {...form.getInputProps('name')}
        />
      </Cell>
      <Cell>
        <WeeklyHoursInput {...named('Hours per week', 'e.g. 4')} max={budget} {...form.getInputProps('hoursPerWeek')} />
      </Cell>
      <Cell>
        <NativeSelect {...named('Mode')} data={MODE_OPTIONS} {...form.getInputProps('mode')} />
      </Cell>
      <Cell>
        <NativeSelect {...named('Leverage')} data={LEVERAGE_OPTIONS} {...form.getInputProps('leverage')} />
      </Cell>
    </>
  );
}
