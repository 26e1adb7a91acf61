import { describe, expect, expectTypeOf, it } from 'vitest';
import { enumOf, enumOfKeys, pluck, type ValueOf } from './enumeration';

const Mode = enumOf('DOING', 'MULTIPLYING');
type Mode = ValueOf<typeof Mode>;

describe('enumOf', () => {
  it('names each value by itself, in the order given', () => {
    expect(Mode.DOING).toBe('DOING');
    expect(Object.keys(Mode)).toEqual(['DOING', 'MULTIPLYING']);
    expect(Object.values(Mode)).toEqual(['DOING', 'MULTIPLYING']);
  });
  it('types each member as its value and the enumeration as their union', () => {
    expectTypeOf(Mode.MULTIPLYING).toEqualTypeOf<'MULTIPLYING'>();
    expectTypeOf<Mode>().toEqualTypeOf<'DOING' | 'MULTIPLYING'>();
  });
  it('cannot be changed', () => {
    expect(Object.isFrozen(Mode)).toBe(true);
    expect(() => {
      (Mode as Record<string, string>).DOING = 'OTHER';
    }).toThrow(TypeError);
  });
});

describe('enumOfKeys', () => {
  it("is the enumeration of a table's keys, in the table's order", () => {
    const Leverage = enumOfKeys({ HIGH: 'High leverage', NEUTRAL: 'Neutral', OVERHEAD: 'Overhead' });
    expect(Object.values(Leverage)).toEqual(['HIGH', 'NEUTRAL', 'OVERHEAD']);
    expectTypeOf<ValueOf<typeof Leverage>>().toEqualTypeOf<'HIGH' | 'NEUTRAL' | 'OVERHEAD'>();
  });
});

describe('pluck', () => {
  it('maps every key of a table to one field of its row', () => {
    const stages = { PLANNED: { label: 'Planned', rank: 0 }, OWNED: { label: 'Owned', rank: 1 } };
    expect(pluck(stages, 'label')).toEqual({ PLANNED: 'Planned', OWNED: 'Owned' });
    expectTypeOf(pluck(stages, 'rank')).toEqualTypeOf<Readonly<Record<'PLANNED' | 'OWNED', number>>>();
  });
});
