/**
 * Calendar quarters written as `2026-Q4`. Quarters follow the calendar year and are
 * computed in UTC so that server and client agree on the boundary.
 */
export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

const QUARTER_SHAPE = /^(\d{4})-Q([1-4])$/;

export function isQuarter(value: string): boolean {
  return QUARTER_SHAPE.test(value);
}

export function parseQuarter(value: string): Quarter {
  const match = QUARTER_SHAPE.exec(value);
  if (!match) throw new RangeError(`"${value}" is not a quarter like 2026-Q4`);
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter['quarter'] };
}

export function formatQuarter({ year, quarter }: Quarter): string {
  return `${String(year).padStart(4, '0')}-Q${quarter}`;
}

export function quarterOf(date: Date): string {
  const quarter = (Math.floor(date.getUTCMonth() / 3) + 1) as Quarter['quarter'];
  return formatQuarter({ year: date.getUTCFullYear(), quarter });
}

/** Moves a quarter by `delta` quarters (negative goes back). */
export function addQuarters(value: string, delta: number): string {
  const { year, quarter } = parseQuarter(value);
  const index = year * 4 + (quarter - 1) + delta;
  return formatQuarter({
    year: Math.floor(index / 4),
    quarter: ((index % 4) + 1) as Quarter['quarter'],
  });
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function compareQuarters(a: string, b: string): number {
  const qa = parseQuarter(a);
  const qb = parseQuarter(b);
  return qa.year * 4 + qa.quarter - (qb.year * 4 + qb.quarter);
}

/** First day (inclusive) and the first day of the next quarter (exclusive), in UTC. */
export function quarterBounds(value: string): { start: Date; end: Date } {
  const { year, quarter } = parseQuarter(value);
  const start = new Date(Date.UTC(year, (quarter - 1) * 3, 1));
  const end = new Date(Date.UTC(year, quarter * 3, 1));
  return { start, end };
}
