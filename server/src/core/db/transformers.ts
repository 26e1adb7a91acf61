import { Column, type ColumnOptions, type ValueTransformer } from 'typeorm';

/** PostgreSQL `numeric` arrives as a string to keep precision; hours fit a JS number. */
export const numericNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** A `numeric(5,2)` column of hours, read as a number. */
export function HoursColumn(
  name: string,
  options: Pick<ColumnOptions, 'nullable' | 'default'> = {},
): PropertyDecorator {
  return Column({ name, type: 'numeric', precision: 5, scale: 2, ...options, transformer: numericNumber });
}
