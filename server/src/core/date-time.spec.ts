import { GraphQLDateTimeISO } from 'graphql-scalars';
import { describe, expect, it } from 'vitest';
import { DateTimeISO, isoString } from './date-time';

describe('isoString', () => {
  it('equals toISOString for any date, across days, years, leap days, before 1970 and after 9999', () => {
    const fixed = [
      '1969-12-31T23:59:59.999Z',
      '1970-01-01T00:00:00.000Z',
      '2024-02-29T12:34:56.789Z',
      '2026-11-26T23:59:59.999Z',
      '2000-01-01T00:00:00.001Z',
    ];
    for (const text of fixed) expect(isoString(new Date(text))).toBe(text);
    for (const ms of [-62_198_755_200_000, 253_402_300_799_999, 253_402_300_800_000, 8.64e15, -8.64e15]) {
      expect(isoString(new Date(ms))).toBe(new Date(ms).toISOString());
    }
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      const date = new Date(Math.floor((random() - 0.3) * 4e12));
      expect(isoString(date)).toBe(date.toISOString());
    }
  });

  it('throws like toISOString on an invalid date', () => {
    expect(() => isoString(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('DateTimeISO', () => {
  it('is graphql-scalars’ scalar to the schema and to every input, and serializes as it does', () => {
    expect(DateTimeISO.name).toBe(GraphQLDateTimeISO.name);
    expect(DateTimeISO.description).toBe(GraphQLDateTimeISO.description);
    const date = new Date('2026-11-26T10:15:30.250Z');
    expect(DateTimeISO.serialize(date)).toBe(GraphQLDateTimeISO.serialize(date));
    expect(DateTimeISO.serialize('2026-11-26T10:15:30Z')).toBe(GraphQLDateTimeISO.serialize('2026-11-26T10:15:30Z'));
    expect(DateTimeISO.parseValue('2026-11-26T10:15:30Z')).toEqual(
      GraphQLDateTimeISO.parseValue('2026-11-26T10:15:30Z'),
    );
    expect(() => DateTimeISO.serialize(new Date(Number.NaN))).toThrow(/invalid Date/);
    expect(() => DateTimeISO.serialize({})).toThrow();
  });
});
