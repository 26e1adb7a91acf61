import { PlanStatus, Side } from '@fulcrum/shared';
import type { Context } from '../../graphql/context';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../graphql/errors';
import { planAccess } from '../plans/plan.policy';
import type { Delegation } from './delegation.entity';

/**
 * Who may see and act on a delegation (PRODUCT.md §1): whoever may read the plan reads it,
 * the owner and direct manager change it and check in as the delegator, the delegatee sees
 * that delegation alone (stage, check-ins, objective, delegator, activity name) and checks in
 * from their side. Everyone else gets NOT_FOUND.
 */
export type DelegationAccess = 'write' | 'read' | 'delegatee' | 'none';

export async function delegationAccess(ctx: Context, delegation: Delegation): Promise<DelegationAccess> {
  if (!ctx.viewer) throw new UnauthenticatedError();
  const plan = await ctx.loaders.plans.plan.load(delegation.planId);
  const access = plan ? await planAccess(ctx, plan) : 'none';
  if (access !== 'none') return access;
  return ctx.viewer.personId === delegation.delegateeId ? 'delegatee' : 'none';
}

export async function readableDelegation(
  ctx: Context,
  id: string,
): Promise<{ delegation: Delegation; access: Exclude<DelegationAccess, 'none'> }> {
  if (!ctx.viewer) throw new UnauthenticatedError();
  const delegation = await ctx.loaders.delegations.delegation.load(id);
  const access = delegation ? await delegationAccess(ctx, delegation) : 'none';
  if (!delegation || access === 'none') throw new NotFoundError('delegation');
  return { delegation, access };
}

/** Only the plan's owner and direct manager move a delegation through its stages. */
export function assertCanAdvance(access: DelegationAccess): void {
  if (access === 'write') return;
  throw new ForbiddenError(
    access === 'delegatee'
      ? 'The delegator moves the delegation forward; record a check-in instead.'
      : 'Only the report and their direct manager can change this delegation.',
  );
}

/**
 * The side a viewer checks in on: the delegatee on the DELEGATEE side (whatever else they may
 * read of the plan, a skip-level manager handed work included), the owner and direct manager on
 * the DELEGATOR side. Other readers do not check in.
 */
export function checkInSide(ctx: Context, delegation: Delegation, access: DelegationAccess): Side {
  if (!ctx.viewer) throw new UnauthenticatedError();
  if (ctx.viewer.personId === delegation.delegateeId) return Side.DELEGATEE;
  if (access === 'write') return Side.DELEGATOR;
  throw new ForbiddenError('Only the delegator, their manager and the delegatee can check in.');
}

/** Check-ins belong to a living plan: an archived plan's delegations are history. */
export async function assertPlanNotArchived(ctx: Context, delegation: Delegation): Promise<void> {
  const plan = await ctx.loaders.plans.plan.load(delegation.planId);
  if (plan?.status === PlanStatus.ARCHIVED)
    throw new ForbiddenError('This plan is archived; its delegations take no more check-ins.');
}

/** The delegatee sees the delegation, never the plan around it. */
export function seesPlanContent(access: DelegationAccess): boolean {
  return access === 'write' || access === 'read';
}
