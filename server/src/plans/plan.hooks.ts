import type { EntityManager } from 'typeorm';
import type { Context } from '../core/context';
import { hook } from '../core/hooks';
import type { GrowthPlan } from './plan.entity';

/** What plans ask of the features built on them (delegations, reflections), wired by app/hooks.ts. */
export const planHooks = {
  /** After a plan's change committed: drop what this request cached of the rows hanging off it. */
  planChanged: hook<(ctx: Context, planId: string) => void>('plans.planChanged'),
  /** In the removal's transaction: throws when another feature still needs the activity. */
  activityRemoving:
    hook<(em: EntityManager, plan: GrowthPlan, activityId: string) => Promise<void>>('plans.activityRemoving'),
  /** In the hand-over's transaction: the open plan has a new manager. */
  handedOver: hook<(em: EntityManager, planId: string) => Promise<void>>('plans.handedOver'),
};
