import { PlanStatus } from '@fulcrum/shared';
import type { Context } from '../../graphql/context';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../graphql/errors';
import { planAccess } from '../plans/plan.policy';
import type { GrowthPlan } from '../plans/plan.entity';
import type { OneOnOne } from './one-on-one.entity';

/**
 * Who may see and work in a 1:1 (PRODUCT.md §1, §3): its two participants (the plan's owner
 * and direct manager) read and write; managers higher up read the shared part; everyone else
 * gets NOT_FOUND. Private notes are another matter: only their author, see `myPrivateNote`.
 */
export type OneOnOneAccess = 'participant' | 'read' | 'none';

export async function oneOnOneAccess(ctx: Context, plan: GrowthPlan): Promise<OneOnOneAccess> {
  const access = await planAccess(ctx, plan);
  return access === 'write' ? 'participant' : access;
}

export async function readableOneOnOne(
  ctx: Context,
  id: string,
): Promise<{ oneOnOne: OneOnOne; plan: GrowthPlan; access: 'participant' | 'read' }> {
  if (!ctx.viewer) throw new UnauthenticatedError();
  const oneOnOne = await ctx.loaders.oneOnOnes.oneOnOne.load(id);
  const plan = oneOnOne ? await ctx.loaders.plans.plan.load(oneOnOne.planId) : null;
  const access = plan ? await oneOnOneAccess(ctx, plan) : 'none';
  if (!oneOnOne || !plan || access === 'none') throw new NotFoundError('1:1');
  return { oneOnOne, plan, access };
}

/** An archived plan's 1:1s are history: nobody changes them any more. */
export function assertPlanOpen(plan: GrowthPlan): void {
  if (plan.status === PlanStatus.ARCHIVED)
    throw new ForbiddenError('This plan is archived; its 1:1s can no longer change.');
}

/** Only the two participants change a 1:1 or subscribe to it; higher managers only read. */
export function assertParticipant(access: OneOnOneAccess): void {
  if (access === 'participant') return;
  if (access === 'none') throw new NotFoundError('1:1');
  throw new ForbiddenError('Only the two people in this 1:1 can change it.');
}

export function participantsOf(plan: GrowthPlan): [string, string] {
  return [plan.ownerId, plan.managerId];
}
