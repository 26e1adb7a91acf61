import { NumberInput } from '@mantine/core';
import {
  HOURS_STEP,
  LEVERAGE_LABELS,
  LIMITS,
  Leverage,
  MODE_LABELS,
  Mode,
  activityHoursProblem,
  nameProblem,
} from '@fulcrum/shared';
import { type ComponentProps } from 'react';
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

export function HoursInput(props: ComponentProps<typeof NumberInput>) {
  return (
    <NumberInput
      min={HOURS_STEP}
      step={HOURS_STEP}
      decimalScale={2}
      allowNegative={false}
      clampBehavior="none"
      suffix=" h"
      {...props}
    />
  );
}
