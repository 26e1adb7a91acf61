import { RatingSide } from '@fulcrum/shared';
import { requireActor, type Actor } from '../core/actor';
import type { Context } from '../core/context';
import { ForbiddenError } from '../core/errors';
import { canReadPlan, canWritePlan, planSideOf, type PlanFacts } from '../plans/plan.policy';

/**
 * Who may see and write a reflection: whoever reads the plan reads its reflections; the owner
 * and the direct manager write them, each on their side (the owner's text, next gap and
 * self-reported anti-patterns; the manager's text) and sign off for their side; nothing of an
 * archived plan changes.
 */
export function canReadReflection(actor: Actor, plan: PlanFacts): boolean {
  return canReadPlan(actor, plan);
}

export function canWriteReflection(actor: Actor, plan: PlanFacts): boolean {
  return canWritePlan(actor, plan);
}

/** The side a writer writes and signs on. */
export function reflectionSideOf(actor: Pick<Actor, 'personId'>, plan: Pick<PlanFacts, 'ownerId'>): RatingSide {
  return planSideOf(actor, plan);
}

/** The report alone picks the next gap and the anti-patterns they recognise. */
export function canPickForSelf(actor: Pick<Actor, 'personId'>, plan: Pick<PlanFacts, 'ownerId'>): boolean {
  return reflectionSideOf(actor, plan) === RatingSide.SELF;
}

/** Called inside the plan's write (which checked `canWriteReflection`): the side to write on. */
export function writerSide(ctx: Context, plan: Pick<PlanFacts, 'ownerId'>, picksForSelf: boolean): RatingSide {
  const actor = requireActor(ctx);
  if (picksForSelf && !canPickForSelf(actor, plan))
    throw new ForbiddenError('The report picks the next gap and the anti-patterns they recognise.');
  return reflectionSideOf(actor, plan);
}
