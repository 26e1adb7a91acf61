import { enumOf, type ValueOf } from '../enumeration';
import { compareQuarters } from '../quarter';
import { DelegationStage, leverageRatio, type CheckInFacts } from './delegation';
import { Leverage, Mode, roundHours, weekShape, type WeekActivity } from './week';

/** Quarterly reflections of §4. */
export const ReflectionStatus = enumOf('DRAFT', 'SHARED', 'SIGNED_OFF');
export type ReflectionStatus = ValueOf<typeof ReflectionStatus>;

/** One quarter of the trend: how the week was spent and what moved. */
export interface QuarterPoint {
  quarter: string;
  doingHours: number;
  multiplyingHours: number;
  highLeverageHours: number;
  neutralHours: number;
  overheadHours: number;
  gapsClosed: number;
  delegationsOwned: number;
  leverageRatio: number | null;
}

export interface QuarterFacts {
  quarter: string;
  activities: readonly WeekActivity[];
  gaps: readonly { closedQuarter: string | null }[];
  delegations: readonly {
    stage: DelegationStage;
    hoursPerWeek: number;
    handedOverAt: Date | null;
    checkIns: readonly Pick<CheckInFacts, 'coachingHours'>[];
  }[];
  now?: Date;
}

/**
 * The plan-wide leverage ratio: hours delegatees deliver × weeks since each hand-over, over
 * every coaching hour invested. Null until coaching hours have been recorded.
 */
export function planLeverageRatio(delegations: QuarterFacts['delegations'], now: Date = new Date()): number | null {
  const coachingOf = (d: QuarterFacts['delegations'][number]) => d.checkIns.reduce((s, c) => s + c.coachingHours, 0);
  const coaching = delegations.reduce((sum, d) => sum + coachingOf(d), 0);
  if (coaching <= 0) return null;
  // Each delegation's own ratio times its own coaching gives its delivered hour-weeks.
  const delivered = delegations.reduce((sum, d) => {
    const ratio = leverageRatio(d, d.checkIns, now);
    return sum + (ratio === null ? 0 : ratio * coachingOf(d));
  }, 0);
  return Math.round((delivered / coaching) * 100) / 100;
}

/** The point of a quarter computed from the plan as it is now. */
export function quarterPoint(facts: QuarterFacts): QuarterPoint {
  const shape = weekShape(facts.activities);
  const hours = (list: { key: string; hours: number }[], key: string) => list.find((h) => h.key === key)?.hours ?? 0;
  return {
    quarter: facts.quarter,
    doingHours: hours(shape.byMode, Mode.DOING),
    multiplyingHours: hours(shape.byMode, Mode.MULTIPLYING),
    highLeverageHours: hours(shape.byLeverage, Leverage.HIGH),
    neutralHours: hours(shape.byLeverage, Leverage.NEUTRAL),
    overheadHours: hours(shape.byLeverage, Leverage.OVERHEAD),
    gapsClosed: facts.gaps.filter((g) => g.closedQuarter === facts.quarter).length,
    delegationsOwned: facts.delegations.filter((d) => d.stage === DelegationStage.OWNED).length,
    leverageRatio: planLeverageRatio(facts.delegations, facts.now),
  };
}

/** The trend: one point per quarter, oldest first; the live point stands for its quarter. */
export function trend(snapshots: readonly QuarterPoint[], live: QuarterPoint): QuarterPoint[] {
  return [...snapshots.filter((s) => s.quarter !== live.quarter), live].sort((a, b) =>
    compareQuarters(a.quarter, b.quarter),
  );
}

/**
 * Hours moved from DOING to MULTIPLYING this quarter: how far the live week has moved since
 * the last snapshot of an earlier quarter (the week as this quarter began). Only a real shift
 * counts — the smaller of the DOING hours given up and the MULTIPLYING hours gained — so
 * leadership work added on top of unchanged execution work shifts nothing; a move back is
 * negative. Null when no earlier quarter was ever snapshotted: there is nothing to compare with.
 */
export function hoursShiftedThisQuarter(snapshots: readonly QuarterPoint[], live: QuarterPoint): number | null {
  const earlier = snapshots.filter((s) => compareQuarters(s.quarter, live.quarter) < 0);
  if (earlier.length === 0) return null;
  const baseline = earlier.reduce((a, b) => (compareQuarters(a.quarter, b.quarter) >= 0 ? a : b));
  const doingGivenUp = baseline.doingHours - live.doingHours;
  const multiplyingGained = live.multiplyingHours - baseline.multiplyingHours;
  const shifted =
    doingGivenUp >= 0 && multiplyingGained >= 0
      ? Math.min(doingGivenUp, multiplyingGained)
      : doingGivenUp <= 0 && multiplyingGained <= 0
        ? Math.max(doingGivenUp, multiplyingGained)
        : 0;
  return roundHours(shifted);
}

/** Share of the week's hours spent DOING (0 for an empty week). */
export function doingShare(point: Pick<QuarterPoint, 'doingHours' | 'multiplyingHours'>): number {
  const total = point.doingHours + point.multiplyingHours;
  return total === 0 ? 0 : point.doingHours / total;
}

export interface SignOffState {
  status: ReflectionStatus;
  signedOffBySelf: boolean;
  signedOffByManager: boolean;
}

/** DRAFT → SHARED; only a draft can be shared. */
export function canShareReflection(status: ReflectionStatus): boolean {
  return status === ReflectionStatus.DRAFT;
}

/**
 * A side signs a SHARED reflection; it becomes SIGNED_OFF only once both sides have signed.
 * Returns null when signing is not allowed in this state.
 */
export function signOff(state: SignOffState, side: 'SELF' | 'MANAGER'): SignOffState | null {
  if (state.status !== ReflectionStatus.SHARED) return null;
  const next = {
    ...state,
    signedOffBySelf: state.signedOffBySelf || side === 'SELF',
    signedOffByManager: state.signedOffByManager || side === 'MANAGER',
  };
  return {
    ...next,
    status: next.signedOffBySelf && next.signedOffByManager ? ReflectionStatus.SIGNED_OFF : ReflectionStatus.SHARED,
  };
}
