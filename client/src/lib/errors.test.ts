import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode } from '@fulcrum/shared';
import { describe, expect, it } from 'vitest';
import { explainProblem, minutesUntilRetry, readProblem } from './errors';

const graphQL = (extensions: Record<string, unknown>, message = 'Refused.') =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('readProblem', () => {
  it('reads the code, the message and the field errors of BAD_USER_INPUT (the first message per field)', () => {
    const problem = readProblem(
      graphQL({
        code: ErrorCode.BAD_USER_INPUT,
        fields: [
          { field: 'email', message: 'Not an email.' },
          { field: 'email', message: 'Second message.' },
          { field: 'name', message: 'Required.' },
        ],
      }),
    );
    expect(problem.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(problem.message).toBe('Refused.');
    expect(problem.fields).toEqual({ email: 'Not an email.', name: 'Required.' });
  });

  it('keeps the extensions (the current version of a CONFLICT)', () => {
    const problem = readProblem(graphQL({ code: ErrorCode.CONFLICT, current: { version: 7 } }));
    expect(problem.extensions.current).toEqual({ version: 7 });
  });

  it('calls validation failures REJECTED and unknown codes INTERNAL_SERVER_ERROR', () => {
    expect(readProblem(graphQL({ code: 'GRAPHQL_VALIDATION_FAILED' })).code).toBe('REJECTED');
    expect(readProblem(graphQL({ code: 'SOMETHING_NEW' })).code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
  });

  it('reads the GraphQL body of a non-2xx response, and a bare 5xx as a server problem', () => {
    const body = JSON.stringify({
      errors: [{ message: 'Slow down.', extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 90 } }],
    });
    const limited = readProblem(
      new ServerError('Too many', { response: new Response(body, { status: 429 }), bodyText: body }),
    );
    expect(limited).toEqual(expect.objectContaining({ code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 90 }));
    const down = readProblem(
      new ServerError('Bad gateway', { response: new Response('', { status: 502 }), bodyText: '' }),
    );
    expect(down.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
  });

  it('calls a failed fetch NETWORK', () => {
    expect(readProblem(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });
});

describe('explainProblem', () => {
  it('says how long to wait when rate limited', () => {
    const problem = readProblem(graphQL({ code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 61 }));
    expect(explainProblem(problem).message).toBe('Too many attempts, try again in 2 minutes.');
    expect(minutesUntilRetry(30)).toBe(1);
  });

  it('asks to correct the highlighted fields on BAD_USER_INPUT', () => {
    const { title, message } = explainProblem(readProblem(graphQL({ code: ErrorCode.BAD_USER_INPUT }, 'Invalid.')));
    expect(title).toBe('Check the form');
    expect(message).toBe('Invalid. Correct the highlighted fields and try again.');
  });
});
