import type { QuarterPoint } from './reflection';

/** For the specs: a quarter's point with only the DOING and MULTIPLYING hours set, the rest zero or null. */
export function modePoint(quarter: string, doingHours: number, multiplyingHours: number): QuarterPoint {
  return {
    quarter,
    doingHours,
    multiplyingHours,
    highLeverageHours: 0,
    neutralHours: 0,
    overheadHours: 0,
    gapsClosed: 0,
    delegationsOwned: 0,
    leverageRatio: null,
  };
}
