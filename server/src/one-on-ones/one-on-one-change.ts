import { OneOnOneChange, OneOnOneStatus } from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import type { Context } from '../core/context';
import { InvalidTransitionError, NotFoundError } from '../core/errors';
import { requireActor } from '../core/actor';
import type { GrowthPlan } from '../plans/plan.entity';
import { announce } from './one-on-one.events';
import { OneOnOne } from './one-on-one.entity';
import { assertParticipant, assertPlanOpen, readableOneOnOne } from './one-on-one.policy';
/**
 * Runs a change to a 1:1 as one of its two participants, in a transaction that locks the 1:1
 * row, and announces it to every instance when the transaction commits.
 */
export async function changeOneOnOne<T>(
  ctx: Context,
  id: string,
  change: OneOnOneChange | null,
  work: (em: EntityManager, oneOnOne: OneOnOne, plan: GrowthPlan) => Promise<T>,
): Promise<T> {
  const viewer = requireActor(ctx);
  const { plan, access } = await readableOneOnOne(ctx, id);
  assertParticipant(access);
  assertPlanOpen(plan);
  const result = await ctx.app.db.transaction(async (em) => {
    const oneOnOne = await em
      .getRepository(OneOnOne)
      .createQueryBuilder('o')
      .where('o.id = :id AND o.organization_id = :organizationId', {
        id,
        organizationId: plan.organizationId,
      })
      .setLock('pessimistic_write')
      .getOne();
    if (!oneOnOne) throw new NotFoundError('1:1');
    const value = await work(em, oneOnOne, plan);
    if (change)
      await announce(em, {
        organizationId: plan.organizationId,
        oneOnOneId: oneOnOne.id,
        change,
        byId: viewer.personId,
      });
    return value;
  });
  forgetOneOnOne(ctx, id);
  forgetPlanOneOnOnes(ctx, plan.id);
  return result;
}

export function forgetOneOnOne(ctx: Context, id: string): void {
  const loaders = ctx.loaders.oneOnOnes;
  loaders.oneOnOne.clear(id);
  loaders.contentByOneOnOne.clear(id);
  loaders.myPrivateNote.clear(id);
}

/** Drops what this request cached about a plan's list of 1:1s: its pages, count and next one. */
export function forgetPlanOneOnOnes(ctx: Context, planId: string): void {
  const loaders = ctx.loaders.oneOnOnes;
  loaders.pageByPlan.clearAll();
  loaders.countByPlan.clear(planId);
  loaders.nextByPlan.clear(planId);
}

export function assertOpen(oneOnOne: OneOnOne, what: string): void {
  if (oneOnOne.status === OneOnOneStatus.DONE) {
    throw new InvalidTransitionError(`This 1:1 is done: its ${what} can no longer change. Add it to the next 1:1.`);
  }
}
