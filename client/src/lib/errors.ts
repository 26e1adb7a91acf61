import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { ErrorCode, type FieldError } from '@fulcrum/shared';
import type { GraphQLFormattedError } from 'graphql';

/** What went wrong with a request, read once from whatever Apollo Client returned. */
export interface Problem {
  /**
   * An API error code; NETWORK when the server could not be reached; REJECTED when the
   * server refused the request itself (validation, cost limit), usually an outdated page.
   */
  code: ErrorCode | 'NETWORK' | 'REJECTED';
  /** The server's message, or a plain sentence for network trouble. */
  message: string;
  /** Field errors of BAD_USER_INPUT, keyed by input field name. */
  fields: Record<string, string>;
  /** RATE_LIMITED only. */
  retryAfterSeconds?: number;
  /**
   * The first error's extensions as sent (for example `current` of CONFLICT, or `overByHours`
   * and `handOff` of BUDGET_EXCEEDED); empty for network trouble.
   */
  extensions: Record<string, unknown>;
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
const REJECTED_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] | null {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  // Some failures arrive with a non-2xx status; the body is still a GraphQL response.
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: GraphQLFormattedError[] };
      if (Array.isArray(body.errors) && body.errors.length > 0) return body.errors;
    } catch {
      return null;
    }
  }
  return null;
}

/** The server's answer is read as untyped JSON: check each entry's shape before trusting it. */
function isFieldError(entry: unknown): entry is FieldError {
  if (typeof entry !== 'object' || entry === null) return false;
  const { field, message } = entry as Record<string, unknown>;
  return typeof field === 'string' && typeof message === 'string';
}

function fieldsOf(errors: readonly GraphQLFormattedError[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const list = error.extensions?.fields;
    if (!Array.isArray(list)) continue;
    for (const entry of list as unknown[]) {
      if (isFieldError(entry) && !(entry.field in fields)) fields[entry.field] = entry.message;
    }
  }
  return fields;
}

export function readProblem(error: unknown): Problem {
  const errors = graphQLErrorsOf(error);
  if (errors && errors.length > 0) {
    const first = errors[0];
    const sentCode = first.extensions?.code;
    const rawCode = typeof sentCode === 'string' ? sentCode : '';
    const code = KNOWN_CODES.has(rawCode)
      ? (rawCode as ErrorCode)
      : REJECTED_CODES.has(rawCode)
        ? 'REJECTED'
        : ErrorCode.INTERNAL_SERVER_ERROR;
    const retry = Number(first.extensions?.retryAfterSeconds);
    return {
      code,
      message: first.message,
      fields: fieldsOf(errors),
      retryAfterSeconds: Number.isFinite(retry) ? retry : undefined,
      extensions: { ...(first.extensions ?? {}) },
    };
  }
  if (ServerError.is(error) && error.statusCode >= 500) {
    return {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      message: 'The server had a problem.',
      fields: {},
      extensions: {},
    };
  }
  if (ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError) {
    return {
      code: 'NETWORK',
      message: 'Fulcrum could not be reached.',
      fields: {},
      extensions: {},
    };
  }
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message, fields: {}, extensions: {} };
}

export function minutesUntilRetry(seconds: number | undefined): number {
  return Math.max(1, Math.ceil((seconds ?? 60) / 60));
}

/** The message plus what to do about it, for alerts and notifications. */
export function explainProblem(problem: Problem): { title: string; message: string } {
  switch (problem.code) {
    case 'NETWORK':
      return {
        title: 'Cannot reach Fulcrum',
        message: 'Check your connection, then try again. If it keeps failing, the server may be restarting.',
      };
    case 'REJECTED':
      return {
        title: 'Request refused',
        message: `${problem.message} Reload the page to get the latest version of Fulcrum; if it keeps happening, tell your admin.`,
      };
    case ErrorCode.UNAUTHENTICATED:
      return { title: 'Please sign in', message: `${problem.message} Sign in, then try again.` };
    case ErrorCode.FORBIDDEN:
      return {
        title: 'Not allowed',
        message: `${problem.message} Ask an admin or the person's manager to do this.`,
      };
    case ErrorCode.NOT_FOUND:
      return {
        title: 'Not found',
        message: `${problem.message} It may have been removed, or you may not have access. Reload the page to see the current state.`,
      };
    case ErrorCode.BAD_USER_INPUT:
      return {
        title: 'Check the form',
        message: `${problem.message} Correct the highlighted fields and try again.`,
      };
    case ErrorCode.CONFLICT:
      return {
        title: 'Changed by someone else',
        message: `${problem.message} Reload to see the latest version, then make your change again.`,
      };
    case ErrorCode.RATE_LIMITED: {
      const minutes = minutesUntilRetry(problem.retryAfterSeconds);
      return {
        title: 'Too many attempts',
        message: `Too many attempts, try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
      };
    }
    case ErrorCode.BUDGET_EXCEEDED:
    case ErrorCode.INVALID_TRANSITION:
      return { title: 'Not possible', message: problem.message };
    default:
      return {
        title: 'Something went wrong',
        message: 'Fulcrum hit an unexpected problem. Try again in a moment; if it persists, reload the page.',
      };
  }
}
