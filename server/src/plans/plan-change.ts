import type { EntityManager } from 'typeorm';
import type { Context } from '../core/context';
import { ConflictError, NotFoundError, asNotFound } from '../core/errors';
import { requireActor } from '../core/actor';
import { GrowthPlan } from './plan.entity';
import { planHooks } from './plan.hooks';
import { assertCanWritePlan, readablePlan } from './plan.policy';

// ---------------------------------------------------------------- transactions and checks

/**
 * Runs a change to a plan in one transaction that first locks the plan row: every check made
 * inside (the hours budget above all) holds against concurrent requests on the same plan.
 */
export async function changePlan<T>(
  ctx: Context,
  planId: string,
  change: (em: EntityManager, plan: GrowthPlan) => Promise<T>,
): Promise<T> {
  const visible = await readablePlan(ctx, planId);
  await assertCanWritePlan(ctx, visible);
  const result = await ctx.app.db.transaction(async (em) => {
    const plan = await em
      .getRepository(GrowthPlan)
      .createQueryBuilder('p')
      .where('p.id = :id AND p.organization_id = :organizationId', {
        id: visible.id,
        organizationId: visible.organizationId,
      })
      .setLock('pessimistic_write')
      .getOne();
    if (!plan) throw new NotFoundError('plan');
    // Re-checked under the lock: the plan may have been archived or handed to another manager meanwhile.
    await assertCanWritePlan(ctx, plan);
    return change(em, plan);
  });
  forgetPlan(ctx, planId);
  return result;
}

/** Drops what this request cached about a plan, so the response shows the change. */
function forgetPlan(ctx: Context, planId: string): void {
  const loaders = ctx.loaders.plans;
  loaders.plan.clear(planId);
  loaders.signalsByPlan.clear(planId);
  loaders.gapsByPlan.clear(planId);
  loaders.activitiesByPlan.clear(planId);
  loaders.goalsByPlan.clear(planId);
  planHooks.planChanged(ctx, planId);
}

export function assertVersion(current: { version: number }, given: number, snapshot: object): void {
  if (current.version !== given) {
    const { organizationId: _organization, ...fields } = snapshot as Record<string, unknown>;
    throw new ConflictError({ ...fields, version: current.version });
  }
}

/**
 * The plan of a child row (gap, activity, goal) the viewer can read, or NOT_FOUND named after
 * the row. A signed-out request is UNAUTHENTICATED before anything is looked up.
 */
export async function planOf(
  ctx: Context,
  what: string,
  load: () => Promise<{ planId: string } | null>,
): Promise<string> {
  requireActor(ctx);
  const row = await load();
  if (!row) throw new NotFoundError(what);
  await asNotFound(what, readablePlan(ctx, row.planId));
  return row.planId;
}
