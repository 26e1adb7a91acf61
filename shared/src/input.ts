/**
 * Input hygiene (issue 12): the rules every text, number and date the API takes must meet
 * before any feature rule runs. The server applies them to every argument and input field of
 * the schema in one place (server/src/core/input-hygiene.ts); forms can preview them.
 * docs/security-input.md explains the choices.
 */

import { enumOf, type ValueOf } from './enumeration';

/**
 * How a text field is read: SINGLE_LINE (names, titles, emails, ids, search terms, tokens: no
 * control character at all, no line break), MULTI_LINE (notes, descriptions, evidence,
 * narratives: tab, line feed and carriage return allowed) or SECRET (passwords: hashed, never
 * stored, shown or compared as text; only their length is limited).
 */
export const TextKind = enumOf('SINGLE_LINE', 'MULTI_LINE', 'SECRET');
export type TextKind = ValueOf<typeof TextKind>;

/**
 * C0 controls (U+0000–U+001F, NUL included), DEL and the C1 controls (U+007F–U+009F), and the
 * Unicode line and paragraph separators, which break a line like LF does.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's job
const SINGLE_LINE_REFUSED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** The same but TAB, LF and CR (and U+2028/U+2029), which a multi-line text may hold. */
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's job
const MULTI_LINE_REFUSED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** A UTF-16 surrogate without its other half: not a character, not valid UTF-8 once encoded. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029']);

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Position of the unit at `index` counted in characters (code points), from 1, as a person counts. */
function characterPosition(text: string, index: number): number {
  return Array.from(text.slice(0, index)).length + 1;
}

/** Why a text cannot be taken as a value of this kind, or null when it can. */
export function textProblem(text: string, kind: TextKind): string | null {
  if (kind === TextKind.SECRET) return null;
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate)
    return `Remove the broken character at position ${characterPosition(text, surrogate.index)} (half of an emoji or symbol).`;
  const control = (kind === TextKind.SINGLE_LINE ? SINGLE_LINE_REFUSED : MULTI_LINE_REFUSED).exec(text);
  if (!control) return null;
  const at = characterPosition(text, control.index);
  if (kind === TextKind.SINGLE_LINE && LINE_BREAKS.has(control[0]))
    return `Use a single line: remove the line break at position ${at}.`;
  if (control[0] === '\t') return `Remove the tab at position ${at}.`;
  return `Remove the invisible control character ${codePoint(control[0])} at position ${at}.`;
}

// ---------------------------------------------------------------- numbers

/**
 * Every Float the API takes is a number of hours in a week (activities, budgets, goal shifts,
 * delegations, coaching, time spent on a request). They are stored to the hundredth.
 */
export const HOURS_GRANULARITY = 0.01;
/** No number of hours in a week can exceed the week. */
export const HOURS_INPUT_MAX = 168;

/**
 * Why a number of hours cannot be taken at all, or null. Features add their own rules on top
 * (an activity's hours in quarter steps within the budget…); this one holds for every hours
 * field: finite, not negative, at most a week, and 0 or a whole number of hundredths — so a
 * positive value below the smallest stored step (1e-10, 5e-324) is refused, never rounded to 0.
 */
export function hoursInputProblem(hours: number): string | null {
  if (!Number.isFinite(hours)) return 'Enter a number of hours.';
  if (hours < 0) return 'Hours cannot be negative.';
  if (hours > HOURS_INPUT_MAX) return `A week has ${HOURS_INPUT_MAX} hours: enter fewer.`;
  // In hundredths, within floating-point noise (0.1 + 0.2 is 30 of them).
  const hundredths = hours / HOURS_GRANULARITY;
  if (hours > 0 && Math.round(hundredths) < 1)
    return `Hours are counted to the hundredth: enter 0 or at least ${HOURS_GRANULARITY}.`;
  if (Math.abs(hundredths - Math.round(hundredths)) >= 1e-6) return 'Use at most two decimals (for example 1.25).';
  return null;
}

// ---------------------------------------------------------------- dates

/** Dates and instants the API takes fall in these years (PostgreSQL has no year 0, people no year 1). */
export const INPUT_YEAR_MIN = 1900;
export const INPUT_YEAR_MAX = 9999;

const YEAR_RANGE = `Use a date between ${INPUT_YEAR_MIN} and ${INPUT_YEAR_MAX}.`;

/** Why a calendar date (`YYYY-MM-DD`, already checked to be a real date) cannot be taken, or null. */
export function calendarDateProblem(date: string): string | null {
  const year = Number(date.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || year < INPUT_YEAR_MIN || year > INPUT_YEAR_MAX) return YEAR_RANGE;
  return null;
}

/** Why an instant cannot be taken, or null. */
export function instantProblem(instant: Date): string | null {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) return 'Choose a date and time.';
  const year = instant.getUTCFullYear();
  if (year < INPUT_YEAR_MIN || year > INPUT_YEAR_MAX) return YEAR_RANGE;
  return null;
}

// ---------------------------------------------------------------- lists

/** Items in any list argument (a list of anti-patterns has 7 possible values; 100 is generous). */
export const INPUT_LIST_MAX = 100;

export function listProblem(length: number): string | null {
  return length > INPUT_LIST_MAX ? `Send at most ${INPUT_LIST_MAX} items.` : null;
}
