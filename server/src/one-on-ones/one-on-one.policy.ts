import { PlanStatus } from '@fulcrum/shared';
import { requireActor, type Actor } from '../core/actor';
import type { Context } from '../core/context';
import { ForbiddenError, NotFoundError } from '../core/errors';
import type { GrowthPlan } from '../plans/plan.entity';
import { planAccessOf, planActor, type PlanFacts } from '../plans/plan.policy';
import type { OneOnOne, PrivateNote } from './one-on-one.entity';

/**
 * Who may see and work in a 1:1 (PRODUCT.md §1, §3): its two participants (the plan's owner
 * and direct manager) read and write; managers higher up read the shared part; everyone else
 * gets NOT_FOUND. Nobody changes the 1:1s of an archived plan. Private notes are another
 * matter: only their author reads them, whoever else reads the 1:1 (`canReadPrivateNote`).
 */
export type OneOnOneAccess = 'participant' | 'read' | 'none';

export function oneOnOneAccessOf(actor: Actor, plan: Omit<PlanFacts, 'status'>): OneOnOneAccess {
  const access = planAccessOf(actor, plan);
  return access === 'write' ? 'participant' : access;
}

/** Only the two participants change a 1:1 or subscribe to it, and only while the plan is open. */
export function canChangeOneOnOne(actor: Actor, plan: PlanFacts): boolean {
  return oneOnOneAccessOf(actor, plan) === 'participant' && plan.status !== PlanStatus.ARCHIVED;
}

export function canReadPrivateNote(actor: Pick<Actor, 'personId'>, note: Pick<PrivateNote, 'authorId'>): boolean {
  return note.authorId === actor.personId;
}

export function participantsOf(plan: Pick<GrowthPlan, 'ownerId' | 'managerId'>): [string, string] {
  return [plan.ownerId, plan.managerId];
}

export async function oneOnOneAccess(ctx: Context, plan: GrowthPlan): Promise<OneOnOneAccess> {
  return oneOnOneAccessOf(await planActor(ctx, plan), plan);
}

export async function readableOneOnOne(
  ctx: Context,
  id: string,
): Promise<{ oneOnOne: OneOnOne; plan: GrowthPlan; access: 'participant' | 'read' }> {
  requireActor(ctx);
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

export function assertParticipant(access: OneOnOneAccess): void {
  if (access === 'participant') return;
  if (access === 'none') throw new NotFoundError('1:1');
  throw new ForbiddenError('Only the two people in this 1:1 can change it.');
}
