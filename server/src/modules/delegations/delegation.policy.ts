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

export async function readableDelegation(ctx: Context, id: string): Promise<{ delegation: Delegation; access: Exclude<DelegationAccess, 'none'> }> {
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
    access === 'delegatee' ? 'The delegator moves the delegation forward; record a check-in instead.' : 'Only the report and their direct manager can change this delegation.',
  );
}

/** The delegator's side (owner or direct manager) and the delegatee check in; readers do not. */
export function assertCanCheckIn(access: DelegationAccess): void {
  if (access === 'write' || access === 'delegatee') return;
  throw new ForbiddenError('Only the delegator, their manager and the delegatee can check in.');
}

/** The delegatee sees the delegation, never the plan around it. */
export function seesPlanContent(access: DelegationAccess): boolean {
  return access === 'write' || access === 'read';
}
