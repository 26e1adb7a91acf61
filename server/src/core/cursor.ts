import { instantProblem, isId } from '@fulcrum/shared';
import type { PagePosition } from './db/batch';
import { BadUserInputError } from './errors';

/**
 * Opaque connection cursors: a (sort key, id) pair, base64url-encoded. Keyset pagination on the
 * pair stays stable while rows are added elsewhere in the list.
 */
export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

/** A time as stored by PostgreSQL (to the microsecond), in UTC ISO 8601. */
const STORED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

function isStoredTime(value: string): boolean {
  // In the years the API takes: PostgreSQL refuses year 0 ("0000-01-01T00:00:00Z") outright.
  return STORED_TIME.test(value) && instantProblem(new Date(value)) === null;
}

/**
 * A sort key the server could have written into a cursor: any stored text (a person's name),
 * so anything but NUL, which PostgreSQL cannot compare a text column with (and no stored text
 * holds), within the length of a name.
 */
function isTextKey(key: string): boolean {
  return key.length <= 1_000 && !key.includes('\u0000');
}

/** The (key, id) pair of a cursor; a forged or garbled one is BAD_USER_INPUT on `after`. */
export function decodeCursor(cursor: string, isKey: (key: string) => boolean = isTextKey): { key: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      isKey(value[0]) &&
      typeof value[1] === 'string' &&
      isId(value[1])
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the input error
  }
  throw BadUserInputError.field('after', 'This cursor is not valid; start again from the first page.');
}

/** The position a (stored time, id) cursor points at, for the newest-first page batches. */
export function storedTimePosition(cursor: string): PagePosition {
  const { key, id } = decodeCursor(cursor, isStoredTime);
  return { at: key, id };
}
