import { enumOf, enumOfKeys, pluck, type ValueOf } from '../enumeration';
import { roundHours } from './week';

/** Delegations of §2.5: an activity handed step by step to a more junior person. */
const STAGES = {
  PLANNED: { label: 'Planned', description: 'Agreed, not started yet.' },
  SHADOWING: { label: 'Shadowing', description: 'The delegatee watches the work being done.' },
  PAIRING: { label: 'Pairing', description: 'The work is done together.' },
  REVIEWING: { label: 'Reviewing', description: 'The delegatee does it; the delegator reviews.' },
  OWNED: { label: 'Owned', description: 'The delegatee owns it; the hours have left the week.' },
  RECLAIMED: { label: 'Reclaimed', description: 'Ended early: the work came back.' },
};
export const DelegationStage = enumOfKeys(STAGES);
export type DelegationStage = ValueOf<typeof DelegationStage>;
export const STAGE_LABELS = pluck(STAGES, 'label');
export const STAGE_DESCRIPTIONS = pluck(STAGES, 'description');

export const Side = enumOf('DELEGATOR', 'DELEGATEE');
export type Side = ValueOf<typeof Side>;

/** The forward path; RECLAIMED is the way out from any stage that is not final. */
export const STAGE_PATH: readonly DelegationStage[] = [
  DelegationStage.PLANNED,
  DelegationStage.SHADOWING,
  DelegationStage.PAIRING,
  DelegationStage.REVIEWING,
  DelegationStage.OWNED,
];

export function isFinalStage(stage: DelegationStage): boolean {
  return stage === DelegationStage.OWNED || stage === DelegationStage.RECLAIMED;
}

/** Forward by one step or more, or to RECLAIMED; OWNED and RECLAIMED are final. */
export function canAdvanceDelegation(from: DelegationStage, to: DelegationStage): boolean {
  if (isFinalStage(from)) return false;
  if (to === DelegationStage.RECLAIMED) return true;
  return STAGE_PATH.indexOf(to) > STAGE_PATH.indexOf(from);
}

export function nextStages(from: DelegationStage): DelegationStage[] {
  return [...STAGE_PATH, DelegationStage.RECLAIMED].filter((to) => canAdvanceDelegation(from, to));
}

/** True when moving to `to` passes REVIEWING, the moment the work is handed over. */
export function handsOver(from: DelegationStage, to: DelegationStage): boolean {
  return (
    canAdvanceDelegation(from, to) &&
    STAGE_PATH.indexOf(from) < STAGE_PATH.indexOf(DelegationStage.REVIEWING) &&
    STAGE_PATH.indexOf(to) >= STAGE_PATH.indexOf(DelegationStage.REVIEWING)
  );
}

export const CONFIDENCE_MIN = 1;
export const CONFIDENCE_MAX = 5;
export const AT_RISK_CONFIDENCE = 2;
export const AT_RISK_SILENT_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;

export interface CheckInFacts {
  at: Date;
  confidence: number;
  coachingHours: number;
}

export function coachingHoursTotal(checkIns: readonly Pick<CheckInFacts, 'coachingHours'>[]): number {
  return roundHours(checkIns.reduce((sum, c) => sum + c.coachingHours, 0));
}

/**
 * §2.5: the hours the delegatee now delivers (the freed hours once REVIEWING or OWNED,
 * otherwise 0) × weeks since the hand-over ÷ coaching hours invested. Null until coaching
 * hours have been recorded. Above 1 means "invest x, get y > x".
 */
export function leverageRatio(
  delegation: { stage: DelegationStage; hoursPerWeek: number; handedOverAt: Date | null },
  checkIns: readonly Pick<CheckInFacts, 'coachingHours'>[],
  now: Date = new Date(),
): number | null {
  const coaching = coachingHoursTotal(checkIns);
  if (coaching <= 0) return null;
  const delivering = delegation.stage === DelegationStage.REVIEWING || delegation.stage === DelegationStage.OWNED;
  const delivered = delivering && delegation.handedOverAt ? delegation.hoursPerWeek : 0;
  const weeks = delegation.handedOverAt ? Math.max(0, now.getTime() - delegation.handedOverAt.getTime()) / WEEK_MS : 0;
  return Math.round(((delivered * weeks) / coaching) * 100) / 100;
}

/** The newest check-in, or undefined when there was none. */
function lastCheckIn<T extends Pick<CheckInFacts, 'at'>>(checkIns: readonly T[]): T | undefined {
  let last: T | undefined;
  for (const c of checkIns) if (!last || c.at.getTime() > last.at.getTime()) last = c;
  return last;
}

/**
 * When the next check-in is due: 14 days after the last one (after the creation when there was
 * never one). Null once the delegation is final (OWNED or RECLAIMED): nothing is due any more.
 */
export function nextCheckInDue(
  delegation: { stage: DelegationStage; createdAt: Date },
  checkIns: readonly Pick<CheckInFacts, 'at'>[],
): Date | null {
  if (isFinalStage(delegation.stage)) return null;
  const since = lastCheckIn(checkIns)?.at ?? delegation.createdAt;
  return new Date(since.getTime() + AT_RISK_SILENT_DAYS * DAY_MS);
}

/**
 * A delegation at risk (for 1:1 agendas and the manager's home): not final, and either the
 * last check-in had confidence 2 or less, or nobody has checked in for 14 days (counted
 * from the creation when there was never a check-in).
 */
export function isAtRisk(
  delegation: { stage: DelegationStage; createdAt: Date },
  checkIns: readonly Pick<CheckInFacts, 'at' | 'confidence'>[],
  now: Date = new Date(),
): boolean {
  const due = nextCheckInDue(delegation, checkIns);
  if (!due) return false;
  const last = lastCheckIn(checkIns);
  if (last && last.confidence <= AT_RISK_CONFIDENCE) return true;
  return now.getTime() > due.getTime();
}
