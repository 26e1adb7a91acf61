import { isFinalStage } from '@fulcrum/shared';
import type { HomeDelegationFragment } from '../api/gql/graphql';

/** What the delegatee's Home reads of a delegation handed to them. */
export type Delegation = HomeDelegationFragment;
export type CheckIn = Delegation['checkIns'][number];

/** Whether the next check-in is past due. */
export function isOverdue(d: Pick<Delegation, 'nextCheckInDue'>, now: Date): boolean {
  return d.nextCheckInDue !== null && Date.parse(d.nextCheckInDue) < now.getTime();
}

/** The check-ins, the newest first. */
export function newestFirst(checkIns: readonly CheckIn[]): CheckIn[] {
  return [...checkIns].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** At risk first, then the soonest check-in, then the finished ones. */
export function orderDelegations(delegations: readonly Delegation[]): Delegation[] {
  const rank = (d: Delegation) => (d.atRisk ? 0 : isFinalStage(d.stage) ? 2 : 1);
  const due = (d: Delegation) => (d.nextCheckInDue ? Date.parse(d.nextCheckInDue) : Number.POSITIVE_INFINITY);
  return [...delegations].sort(
    (a, b) => rank(a) - rank(b) || due(a) - due(b) || a.activityName.localeCompare(b.activityName),
  );
}

/** A delegation that has a check-in due. */
export type DueDelegation = Delegation & { nextCheckInDue: string };

const hasCheckInDue = (d: Delegation): d is DueDelegation => Boolean(d.nextCheckInDue);

/** The earliest check-in due across the delegations still in progress, or null. */
export function nextCheckIn(delegations: readonly Delegation[]): DueDelegation | null {
  let next: DueDelegation | null = null;
  for (const d of delegations.filter(hasCheckInDue)) {
    if (!next || Date.parse(d.nextCheckInDue) < Date.parse(next.nextCheckInDue)) next = d;
  }
  return next;
}
