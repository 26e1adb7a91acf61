/** Plan life cycle of §2: one non-archived plan per person. */
export enum PlanStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

const PLAN_TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  [PlanStatus.DRAFT]: [PlanStatus.ACTIVE, PlanStatus.ARCHIVED],
  [PlanStatus.ACTIVE]: [PlanStatus.ARCHIVED],
  [PlanStatus.ARCHIVED]: [],
};

/** DRAFT → ACTIVE → ARCHIVED (a draft may also be archived directly). */
export function canTransitionPlan(from: PlanStatus, to: PlanStatus): boolean {
  return PLAN_TRANSITIONS[from].includes(to);
}

export enum GapKind {
  AUTONOMY = 'AUTONOMY',
  NEXT_SCOPE = 'NEXT_SCOPE',
}

export enum GapStatus {
  OPEN = 'OPEN',
  WORKING = 'WORKING',
  CLOSED = 'CLOSED',
}

export const GAP_KIND_LABELS: Record<GapKind, string> = {
  [GapKind.AUTONOMY]: 'Autonomy',
  [GapKind.NEXT_SCOPE]: 'Next scope',
};

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
