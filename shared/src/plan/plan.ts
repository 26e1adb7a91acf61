import { enumOf, enumOfKeys, type ValueOf } from '../enumeration';

/** Plan life cycle of §2: one non-archived plan per person. */
export const PlanStatus = enumOf('DRAFT', 'ACTIVE', 'ARCHIVED');
export type PlanStatus = ValueOf<typeof PlanStatus>;

const PLAN_TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  [PlanStatus.DRAFT]: [PlanStatus.ACTIVE, PlanStatus.ARCHIVED],
  [PlanStatus.ACTIVE]: [PlanStatus.ARCHIVED],
  [PlanStatus.ARCHIVED]: [],
};

/** DRAFT → ACTIVE → ARCHIVED (a draft may also be archived directly). */
export function canTransitionPlan(from: PlanStatus, to: PlanStatus): boolean {
  return PLAN_TRANSITIONS[from].includes(to);
}

export const GAP_KIND_LABELS = {
  AUTONOMY: 'Autonomy',
  NEXT_SCOPE: 'Next scope',
};
export const GapKind = enumOfKeys(GAP_KIND_LABELS);
export type GapKind = ValueOf<typeof GapKind>;

export const GapStatus = enumOf('OPEN', 'WORKING', 'CLOSED');
export type GapStatus = ValueOf<typeof GapStatus>;

/**
 * §2.2: the quarter a gap closed is set when it becomes CLOSED (kept if it was already closed)
 * and cleared when it is reopened.
 */
export function closedQuarterAfter(
  previous: { status: GapStatus; closedQuarter: string | null },
  next: GapStatus,
  currentQuarter: string,
): string | null {
  if (next !== GapStatus.CLOSED) return null;
  return previous.status === GapStatus.CLOSED ? previous.closedQuarter : currentQuarter;
}
