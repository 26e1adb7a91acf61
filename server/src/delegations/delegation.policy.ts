import { PlanStatus, Side } from '@fulcrum/shared';
import { loadActor, requireActor, type Actor } from '../core/actor';
import type { Context } from '../core/context';
import { ForbiddenError, NotFoundError } from '../core/errors';
import { planAccessOf, planActor, type PlanFacts } from '../plans/plan.policy';
import type { Delegation } from './delegation.entity';

/**
 * Who may see and act on a delegation (PRODUCT.md §1): whoever may read the plan reads it,
 * the owner and direct manager change it and check in as the delegator, the delegatee sees
 * that delegation alone (stage, check-ins, objective, delegator, activity name) and checks in
 * from their side. Everyone else gets NOT_FOUND. Nothing of an archived plan changes.
 */
export type DelegationAccess = 'write' | 'read' | 'delegatee' | 'none';

type DelegationFacts = Pick<Delegation, 'delegateeId'>;

export function delegationAccessOf(
  actor: Actor,
  plan: Omit<PlanFacts, 'status'> | null,
  delegation: DelegationFacts,
): DelegationAccess {
  const access = plan ? planAccessOf(actor, plan) : 'none';
  if (access !== 'none') return access;
  return actor.personId === delegation.delegateeId ? 'delegatee' : 'none';
}

/** The delegatee sees the delegation, never the plan around it. */
export function seesPlanContent(access: DelegationAccess): boolean {
  return access === 'write' || access === 'read';
}

/** Only the plan's owner and direct manager move a delegation through its stages. */
export function canAdvance(access: DelegationAccess): boolean {
  return access === 'write';
}

/**
 * The side a viewer checks in on: the delegatee on the DELEGATEE side (whatever else they may
 * read of the plan, a skip-level manager handed work included), the owner and direct manager on
 * the DELEGATOR side. Other readers do not check in (null).
 */
export function checkInSideOf(
  actor: Pick<Actor, 'personId'>,
  delegation: DelegationFacts,
  access: DelegationAccess,
): Side | null {
  if (actor.personId === delegation.delegateeId) return Side.DELEGATEE;
  return access === 'write' ? Side.DELEGATOR : null;
}

/** Check-ins belong to a living plan: an archived plan's delegations are history. */
export function takesCheckIns(plan: Pick<PlanFacts, 'status'> | null): boolean {
  return plan?.status !== PlanStatus.ARCHIVED;
}

export async function delegationAccess(ctx: Context, delegation: Delegation): Promise<DelegationAccess> {
  requireActor(ctx);
  const plan = await ctx.loaders.plans.plan.load(delegation.planId);
  return delegationAccessOf(plan ? await planActor(ctx, plan) : await loadActor(ctx), plan, delegation);
}

export async function readableDelegation(
  ctx: Context,
  id: string,
): Promise<{ delegation: Delegation; access: Exclude<DelegationAccess, 'none'> }> {
  requireActor(ctx);
  const delegation = await ctx.loaders.delegations.delegation.load(id);
  const access = delegation ? await delegationAccess(ctx, delegation) : 'none';
  if (!delegation || access === 'none') throw new NotFoundError('delegation');
  return { delegation, access };
}

export function assertCanAdvance(access: DelegationAccess): void {
  if (canAdvance(access)) return;
  throw new ForbiddenError(
    access === 'delegatee'
      ? 'The delegator moves the delegation forward; record a check-in instead.'
      : 'Only the report and their direct manager can change this delegation.',
  );
}

export function checkInSide(ctx: Context, delegation: Delegation, access: DelegationAccess): Side {
  const side = checkInSideOf(requireActor(ctx), delegation, access);
  if (side) return side;
  throw new ForbiddenError('Only the delegator, their manager and the delegatee can check in.');
}

export async function assertPlanNotArchived(ctx: Context, delegation: Delegation): Promise<void> {
  if (takesCheckIns(await ctx.loaders.plans.plan.load(delegation.planId))) return;
  throw new ForbiddenError('This plan is archived; its delegations take no more check-ins.');
}
