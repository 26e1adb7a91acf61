import type { QuarterFacts } from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import { hook } from '../core/hooks';
import type { GrowthPlan } from '../plans/plan.entity';

/** What a reflection's snapshot asks of delegations (a sibling feature), wired by app/hooks.ts; read in the caller's transaction. */
export const reflectionHooks = {
  delegationsOf:
    hook<(em: EntityManager, plan: GrowthPlan) => Promise<QuarterFacts['delegations']>>('reflections.delegationsOf'),
  helpRequestsOf:
    hook<(em: EntityManager, planId: string) => Promise<{ receivedAt: Date; hoursSpent: number }[]>>(
      'reflections.helpRequestsOf',
    ),
};
