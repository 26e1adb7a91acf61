import {
  AT_RISK_CONFIDENCE,
  AT_RISK_SILENT_DAYS,
  DelegationStage,
  Side,
  isAtRisk,
  isFinalStage,
} from '@fulcrum/shared';
import { formatHours } from '@/lib/format';

export interface CheckInLike {
  side: Side;
  at: string;
  confidence: number;
  coachingHours: number;
}

/** The latest check-in of each side (check-ins arrive oldest first). */
export function lastBySide<T extends CheckInLike>(
  checkIns: readonly T[],
): { delegator: T | null; delegatee: T | null } {
  const latest = (side: Side) => [...checkIns].reverse().find((c) => c.side === side) ?? null;
  return { delegator: latest(Side.DELEGATOR), delegatee: latest(Side.DELEGATEE) };
}

export function newestFirst<T extends CheckInLike>(checkIns: readonly T[]): T[] {
  return [...checkIns].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Why a delegation is at risk (§3: last confidence 2 or less, or no check-in for 14 days,
 * counted from its creation when nobody checked in yet), or null. The rule is the shared one.
 */
export function riskReason(
  delegation: { stage: DelegationStage; createdAt: string; checkIns: readonly CheckInLike[] },
  now: Date = new Date(),
): string | null {
  const stage = delegation.stage;
  if (isFinalStage(stage)) return null;
  const checkIns = delegation.checkIns.map((c) => ({
    at: new Date(c.at),
    confidence: c.confidence,
  }));
  if (!isAtRisk({ stage, createdAt: new Date(delegation.createdAt) }, checkIns, now)) return null;
  const last = newestFirst(delegation.checkIns).at(0);
  if (last && last.confidence <= AT_RISK_CONFIDENCE) return `last confidence ${last.confidence}/5`;
  const since = last ? Date.parse(last.at) : Date.parse(delegation.createdAt);
  const days = Math.floor((now.getTime() - since) / DAY_MS);
  return last
    ? `no check-in for ${Math.max(days, AT_RISK_SILENT_DAYS)} days`
    : `no check-in since it started ${days} days ago`;
}

/**
 * The leverage ratio in the words of §2.5: invest x coaching hours, get y hours of the
 * delegatee's work back; above 1, y > x.
 */
export function ratioExplanation(d: {
  stage: string;
  coachingHoursTotal: number;
  leverageRatio: number | null;
  hoursPerWeek: number;
}): string {
  if (d.leverageRatio === null) return 'No coaching hours recorded yet: the ratio starts with the first coaching hour.';
  const invested = d.coachingHoursTotal;
  const got = Math.round(d.leverageRatio * invested * 10) / 10;
  if (d.leverageRatio === 0) {
    return `${formatHours(invested)} of coaching invested, nothing delivered yet: the delegatee's ${formatHours(d.hoursPerWeek)} a week count from Reviewing on.`;
  }
  return `Invested ${formatHours(invested)} of coaching, got ${formatHours(got)} of work done by the delegatee since the hand-over: ${
    d.leverageRatio > 1
      ? 'above 1, the investment pays (invest x, get y > x).'
      : 'not yet above 1 (invest x, get y > x).'
  }`;
}

export const RATIO_HELP =
  'Leverage ratio = hours a week the delegatee now delivers (once Reviewing or Owned) × weeks since the hand-over ÷ coaching hours invested. Above 1 means: invest x hours, get y > x hours of work done by someone else.';

export function ratioColor(ratio: number | null): string {
  if (ratio === null) return 'gray';
  return ratio > 1 ? 'teal' : ratio > 0 ? 'yellow' : 'gray';
}

export function confidenceColor(confidence: number): string {
  return confidence <= AT_RISK_CONFIDENCE ? 'red' : confidence === 3 ? 'yellow' : 'teal';
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}
