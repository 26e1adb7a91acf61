import type { FieldError } from '@fulcrum/shared';
import { BadUserInputError } from './errors';

/**
 * Runs the shared rule functions for several fields at once and throws one BAD_USER_INPUT
 * listing every field at fault, so a form can show all its problems in one round.
 */
export function assertValid(problems: Record<string, string | null | undefined>): void {
  const fields: FieldError[] = Object.entries(problems)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([field, message]) => ({ field, message }));
  if (fields.length > 0) throw new BadUserInputError(fields);
}

/** Trims optional text; blank becomes null. */
export function optionalText(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** PostgreSQL unique_violation on a given constraint or index name. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const driver = e.driverError ?? e;
  return driver.code === '23505' && driver.constraint === constraint;
}
