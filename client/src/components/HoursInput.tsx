import { NumberInput, type NumberInputProps } from '@mantine/core';
import { HOURS_STEP } from '@fulcrum/shared';

/** Hours spent (from 0), in the app's steps, shown with " h". */
export function HoursInput(props: NumberInputProps) {
  return <NumberInput min={0} step={HOURS_STEP} decimalScale={2} allowNegative={false} suffix=" h" {...props} />;
}

/**
 * The hours a week an activity takes (at least one step). A value out of range stays as typed,
 * so that the form's check can say what is wrong with it.
 */
export function WeeklyHoursInput(props: NumberInputProps) {
  return <HoursInput min={HOURS_STEP} clampBehavior="none" {...props} />;
}
