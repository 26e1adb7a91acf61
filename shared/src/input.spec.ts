import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDateProblem,
  HOURS_GRANULARITY,
  HOURS_INPUT_MAX,
  hoursInputProblem,
  INPUT_LIST_MAX,
  instantProblem,
  listProblem,
  TextKind,
  textProblem,
} from './input';

const C0 = Array.from({ length: 32 }, (_, c) => String.fromCharCode(c));
const C1 = Array.from({ length: 33 }, (_, c) => String.fromCharCode(0x7f + c));

describe('textProblem', () => {
  it('takes ordinary text of every script, emoji (paired surrogates) and punctuation', () => {
    for (const text of [
      '',
      'Noor Haddad',
      'Zoë Ünal-Łukasiewicz',
      '李小龙',
      'مرحبا',
      '👩🏽‍💻 ships 🚀',
      "O'Brien; DROP TABLE",
      '%_\\',
      '\u202eRTL',
      '\ufeff',
    ]) {
      expect(textProblem(text, TextKind.SINGLE_LINE), text).toBeNull();
      expect(textProblem(text, TextKind.MULTI_LINE), text).toBeNull();
    }
  });

  it('refuses NUL anywhere, naming the character and its position (counted in characters)', () => {
    expect(textProblem('a\u0000b', TextKind.SINGLE_LINE)).toBe(
      'Remove the invisible control character U+0000 at position 2.',
    );
    expect(textProblem('😀\u0000', TextKind.MULTI_LINE)).toBe(
      'Remove the invisible control character U+0000 at position 2.',
    );
    expect(textProblem('\u0000', TextKind.MULTI_LINE)).not.toBeNull();
  });

  it('single-line: refuses every C0 and C1 control, DEL, and the line and paragraph separators', () => {
    for (const c of [...C0, ...C1, '\u2028', '\u2029'])
      expect(textProblem(`a${c}b`, TextKind.SINGLE_LINE), codeOf(c)).not.toBeNull();
    expect(textProblem('two\nlines', TextKind.SINGLE_LINE)).toBe(
      'Use a single line: remove the line break at position 4.',
    );
    expect(textProblem('a\tb', TextKind.SINGLE_LINE)).toBe('Remove the tab at position 2.');
  });

  it('multi-line: takes TAB, LF, CR and the separators; refuses the other controls', () => {
    expect(textProblem('# Notes\r\n\n- one\t(two)\u2028three', TextKind.MULTI_LINE)).toBeNull();
    for (const c of [...C0, ...C1].filter((c) => !'\t\n\r'.includes(c)))
      expect(textProblem(`a${c}b`, TextKind.MULTI_LINE), codeOf(c)).not.toBeNull();
  });

  it('refuses a lone surrogate (half of an emoji), takes a pair', () => {
    for (const text of ['\ud800', 'a\udc00b', '\ud83d', 'x\ude00', '\ude00\ud83d']) {
      expect(textProblem(text, TextKind.SINGLE_LINE), JSON.stringify(text)).toMatch(/broken character/);
      expect(textProblem(text, TextKind.MULTI_LINE), JSON.stringify(text)).toMatch(/broken character/);
    }
    expect(textProblem('\ud83d\ude00', TextKind.SINGLE_LINE)).toBeNull();
  });

  it('secrets (passwords) have no character rule', () => {
    for (const text of ['\u0000', 'a\nb', '\ud800']) expect(textProblem(text, TextKind.SECRET)).toBeNull();
  });

  it('property: a text is refused exactly when it holds a refused character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const units = Array.from(text);
        const lone = /[\ud800-\udfff]/.test(units.join('').replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));
        const single =
          lone || units.some((c) => c < ' ' || (c >= '\u007f' && c <= '\u009f') || c === '\u2028' || c === '\u2029');
        const multi = lone || units.some((c) => (c < ' ' && !'\t\n\r'.includes(c)) || (c >= '\u007f' && c <= '\u009f'));
        expect(textProblem(text, TextKind.SINGLE_LINE) !== null).toBe(single);
        expect(textProblem(text, TextKind.MULTI_LINE) !== null).toBe(multi);
      }),
    );
  });
});

function codeOf(c: string): string {
  return `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

describe('hoursInputProblem', () => {
  it('takes 0, hundredths and quarter hours up to a week', () => {
    for (const hours of [0, -0, 0.01, 0.25, 1.5, 2.35, 0.1 + 0.2, 40, 80, 168])
      expect(hoursInputProblem(hours), String(hours)).toBeNull();
  });

  it('refuses a positive value below the smallest step instead of rounding it to 0', () => {
    for (const hours of [5e-324, Number.MIN_VALUE, 1e-10, 1e-7, 0.001, 0.0049]) {
      expect(hoursInputProblem(hours), String(hours)).toBe(
        `Hours are counted to the hundredth: enter 0 or at least ${HOURS_GRANULARITY}.`,
      );
    }
  });

  it('refuses negative, non-finite, more than a week, and finer than a hundredth', () => {
    expect(hoursInputProblem(-5e-324)).toBe('Hours cannot be negative.');
    expect(hoursInputProblem(-0.25)).toBe('Hours cannot be negative.');
    for (const hours of [Number.NaN, Infinity, -Infinity])
      expect(hoursInputProblem(hours)).toBe('Enter a number of hours.');
    for (const hours of [168.01, 1000, 1e308, Number.MAX_VALUE])
      expect(hoursInputProblem(hours)).toBe(`A week has ${HOURS_INPUT_MAX} hours: enter fewer.`);
    for (const hours of [2.345, 1 / 3, 0.015, 0.005, 0.0099])
      expect(hoursInputProblem(hours), String(hours)).toBe('Use at most two decimals (for example 1.25).');
  });

  it('property: every finite double is taken exactly when it is 0 or a whole number of hundredths in (0, 168]', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true }),
          fc.integer({ min: -100, max: 17_000 }).map((n) => n / 100),
        ),
        (hours) => {
          const cents = Math.round(hours / 0.01);
          const expected =
            hours >= 0 && hours <= 168 && Math.abs(hours / 0.01 - cents) < 1e-6 && (hours === 0 || cents >= 1);
          expect(hoursInputProblem(hours) === null, String(hours)).toBe(expected);
        },
      ),
    );
  });
});

describe('dates', () => {
  it('takes calendar dates from 1900 to 9999', () => {
    for (const date of ['1900-01-01', '2026-12-31', '9999-12-31']) expect(calendarDateProblem(date)).toBeNull();
    for (const date of ['0000-01-01', '0001-01-01', '1899-12-31', '', 'soon'])
      expect(calendarDateProblem(date), date).toMatch(/between 1900 and 9999/);
  });

  it('takes instants in those years, refuses an invalid or out-of-range one', () => {
    expect(instantProblem(new Date('2026-06-01T10:00:00Z'))).toBeNull();
    expect(instantProblem(new Date('9999-12-31T23:59:59.999Z'))).toBeNull();
    expect(instantProblem(new Date(Number.NaN))).toBe('Choose a date and time.');
    for (const iso of ['0000-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '+010000-01-01T00:00:00Z'])
      expect(instantProblem(new Date(iso)), iso).toMatch(/between/);
  });
});

describe('listProblem', () => {
  it(`takes up to ${INPUT_LIST_MAX} items`, () => {
    expect(listProblem(0)).toBeNull();
    expect(listProblem(INPUT_LIST_MAX)).toBeNull();
    expect(listProblem(INPUT_LIST_MAX + 1)).toBe(`Send at most ${INPUT_LIST_MAX} items.`);
  });
});
