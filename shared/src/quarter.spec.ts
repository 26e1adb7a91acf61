import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addQuarters,
  compareQuarters,
  formatQuarter,
  isQuarter,
  parseQuarter,
  quarterBounds,
  quarterOf,
} from './quarter';

const quarterArb = fc
  .record({
    year: fc.integer({ min: 1970, max: 2999 }),
    quarter: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4),
  })
  .map(formatQuarter);

describe('quarters', () => {
  it('parses and formats 2026-Q4', () => {
    expect(parseQuarter('2026-Q4')).toEqual({ year: 2026, quarter: 4 });
    expect(formatQuarter({ year: 2026, quarter: 4 })).toBe('2026-Q4');
  });

  it.each(['2026-Q0', '2026-Q5', '26-Q1', '2026Q1', '2026-q1', ' 2026-Q1', '2026-Q1 '])('rejects %j', (value) => {
    expect(isQuarter(value)).toBe(false);
    expect(() => parseQuarter(value)).toThrow(RangeError);
  });

  it('finds the quarter of a date in UTC, at the boundaries', () => {
    expect(quarterOf(new Date('2026-01-01T00:00:00Z'))).toBe('2026-Q1');
    expect(quarterOf(new Date('2026-03-31T23:59:59Z'))).toBe('2026-Q1');
    expect(quarterOf(new Date('2026-04-01T00:00:00Z'))).toBe('2026-Q2');
    expect(quarterOf(new Date('2026-11-26T12:00:00Z'))).toBe('2026-Q4');
    expect(quarterOf(new Date('2026-12-31T23:59:59Z'))).toBe('2026-Q4');
  });

  it('moves across years', () => {
    expect(addQuarters('2026-Q4', 1)).toBe('2027-Q1');
    expect(addQuarters('2026-Q1', -1)).toBe('2025-Q4');
    expect(addQuarters('2026-Q3', -7)).toBe('2024-Q4');
    expect(addQuarters('2026-Q3', 0)).toBe('2026-Q3');
  });

  it('round-trips and orders consistently', () => {
    fc.assert(
      fc.property(quarterArb, fc.integer({ min: -200, max: 200 }), (q, delta) => {
        const moved = addQuarters(q, delta);
        expect(addQuarters(moved, -delta)).toBe(q);
        expect(Math.sign(compareQuarters(moved, q))).toBe(Math.sign(delta));
        expect(formatQuarter(parseQuarter(q))).toBe(q);
      }),
    );
  });

  it('bounds contain exactly the dates of the quarter', () => {
    fc.assert(
      fc.property(quarterArb, (q) => {
        const { start, end } = quarterBounds(q);
        expect(quarterOf(start)).toBe(q);
        expect(quarterOf(new Date(end.getTime() - 1))).toBe(q);
        expect(quarterOf(end)).toBe(addQuarters(q, 1));
      }),
    );
  });
});
