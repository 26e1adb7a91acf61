import type { ValueTransformer } from 'typeorm';

/** PostgreSQL `numeric` arrives as a string to keep precision; hours fit a JS number. */
export const numericNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
