import { enumOf, type ValueOf } from './enumeration';

/**
 * The closed list of error codes the API returns in `extensions.code`.
 * Mirrors the header of the API contract; docs/error-codes.md explains each one.
 */
export const ErrorCode = enumOf(
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'CONFLICT',
  'BUDGET_EXCEEDED',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
);
export type ErrorCode = ValueOf<typeof ErrorCode>;

/** One entry of `extensions.fields` on a BAD_USER_INPUT error. */
export interface FieldError {
  field: string;
  message: string;
}
