import { ErrorCode, type FieldError } from '@fulcrum/shared';
import { GraphQLError, type GraphQLErrorExtensions, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from './logger';

/**
 * Typed domain errors: each carries one code of the closed list in `extensions.code`.
 * Services throw these; `formatError` below is the one place that maps everything else.
 */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to continue.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what = 'object') {
    super(ErrorCode.NOT_FOUND, `That ${what} does not exist or you cannot see it.`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class BadUserInputError extends DomainError {
  constructor(fields: FieldError[], message = fields.map((f) => `${f.field}: ${f.message}`).join(' ')) {
    super(ErrorCode.BAD_USER_INPUT, message, { fields });
  }
  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, message }]);
  }
}

export class ConflictError extends DomainError {
  constructor(
    current: Record<string, unknown>,
    message = 'Someone else changed this first. Review the current version and try again.',
  ) {
    super(ErrorCode.CONFLICT, message, { current });
  }
}

export class BudgetExceededError extends DomainError {
  constructor(overByHours: number, message: string, extra: Record<string, unknown> = {}) {
    super(ErrorCode.BUDGET_EXCEEDED, message, { overByHours, ...extra });
  }
}

export class InvalidTransitionError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.INVALID_TRANSITION, message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, `Too many attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, {
      retryAfterSeconds,
    });
  }
}

/** Thrown when the database cannot be reached; the message tells the user to retry. */
export class DatabaseUnavailableError extends DomainError {
  constructor() {
    super(ErrorCode.INTERNAL_SERVER_ERROR, 'The service is briefly unavailable. Try again in a moment.', {
      retryable: true,
    });
  }
}

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
// SQLSTATE classes 08 (connection exception), 57P0x (admin/crash shutdown, cannot connect now).
const CONNECTION_SQLSTATES = /^(08|57P0[1-4])/;

/** True for errors that mean "the database is not reachable right now". */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    if (typeof e.code === 'string' && (CONNECTION_ERROR_CODES.has(e.code) || CONNECTION_SQLSTATES.test(e.code)))
      return true;
    if (
      typeof e.message === 'string' &&
      /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
        e.message,
      )
    ) {
      return true;
    }
    current = e.driverError ?? e.cause;
  }
  return false;
}

/** True for a statement that ran past the statement timeout (SQLSTATE 57014). */
function isStatementTimeout(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null | undefined;
  return e?.code === '57014' || e?.driverError?.code === '57014';
}

function validationFields(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    // Arguments named `input` are the usual wrapper; fields are reported by their own names.
    const name = prefix === '' && error.property === 'input' ? '' : `${prefix}${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field: name || error.property,
      message,
    }));
    return [...own, ...validationFields(error.children ?? [], name ? `${name}.` : '')];
  });
}

const COERCION_PATH = /Variable "\$(\w+)" got invalid value .*?(?: at "([\w.[\]]+)")?;/;

/** Field name a variable-coercion error is about: `input.level` → `level`. */
function coercionField(message: string): string | undefined {
  const match = COERCION_PATH.exec(message);
  if (!match) return undefined;
  // The path group is optional; the variable's name is always there.
  const path = (match[2] as string | undefined) ?? match[1];
  return path.replace(/^input\./, '');
}

/** Longest message of a variable error shown: graphql-js quotes the whole invalid value in it. */
const COERCION_MESSAGE_MAX = 600;

/**
 * A variable error's message with the middle of a long one cut: graphql-js quotes the invalid
 * value whole, in up to 25 errors per response, each twice (message and `fields`): an object of
 * 2 000 unknown keys, a 23 KB request, was a 1.35 MB answer. The start names the variable, the
 * end the path and the reason; the field at fault is read from the whole message first.
 */
function shortened(message: string): string {
  if (message.length <= COERCION_MESSAGE_MAX) return message;
  return `${message.slice(0, 200)} … ${message.slice(-(COERCION_MESSAGE_MAX - 203))}`;
}

/**
 * An error's `extensions`, which graphql-jit leaves undefined on the errors it creates itself (a
 * resolver's plain `Error`, a null in a non-null field) although the type says they are always
 * there; graphql-js always sets them.
 */
export function extensionsOf(error: GraphQLError): GraphQLErrorExtensions | undefined {
  return error.extensions;
}

/** Whether an error is expected (a domain or request error) or must be logged as a fault. */
export function isUnexpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || original instanceof ArgumentValidationError) return false;
  if (isDatabaseUnavailable(original) || isStatementTimeout(original)) return false;
  if (
    original instanceof GraphQLError &&
    extensionsOf(original)?.code &&
    original.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR
  ) {
    return false;
  }
  return true;
}

/**
 * The one place every error leaving the API is shaped: domain errors pass as they are,
 * validation becomes BAD_USER_INPUT with the fields at fault, anything unknown is masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: original.extensions,
    };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = validationFields(original.extensions.validationErrors);
    return {
      message: fields.map((f) => `${f.field}: ${f.message}`).join(' ') || 'Invalid input.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
    };
  }
  if (isDatabaseUnavailable(original)) {
    const unavailable = new DatabaseUnavailableError();
    return {
      message: unavailable.message,
      path: formatted.path,
      extensions: unavailable.extensions,
    };
  }
  if (isStatementTimeout(original)) {
    return {
      message: 'That took too long and was stopped. Try again, or narrow the request.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, retryable: true },
    };
  }
  const code = formatted.extensions?.code;
  if (code === ErrorCode.BAD_USER_INPUT) {
    const field = coercionField(formatted.message);
    const message = shortened(formatted.message);
    return {
      ...formatted,
      message,
      extensions: { ...formatted.extensions, fields: field ? [{ field, message }] : [] },
    };
  }
  if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR && !formatted.path) {
    // Request-level errors from Apollo and graphql-js (parse, validation, limits): safe to show.
    return formatted;
  }
  return {
    message: 'Something went wrong on our side. It has been logged; try again.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Logs the errors of one operation, whatever its transport: faults as errors, an unreachable database as a warning. */
export function logOperationErrors(log: Logger, errors: readonly GraphQLError[]): void {
  for (const error of errors) {
    const cause = error.originalError ?? error;
    if (isDatabaseUnavailable(cause)) log.warn({ err: cause }, 'database unavailable');
    else if (isUnexpected(error)) log.error({ err: cause, path: error.path }, 'unexpected error');
  }
}

/**
 * Runs the check of a row's parent (its plan, its 1:1): a NOT_FOUND of the parent answers
 * NOT_FOUND named after the row, so nothing tells which of the two is missing.
 */
export async function asNotFound<T>(what: string, check: Promise<T>): Promise<T> {
  try {
    return await check;
  } catch (error) {
    throw error instanceof NotFoundError ? new NotFoundError(what) : error;
  }
}
