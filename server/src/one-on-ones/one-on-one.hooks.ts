import type { CheckInFacts, DelegationStage } from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import { hook } from '../core/hooks';
import type { GrowthPlan } from '../plans/plan.entity';

/** A delegation as the agenda proposals read it. */
export interface AgendaDelegation {
  id: string;
  activityName: string;
  delegateeId: string;
  stage: DelegationStage;
  createdAt: Date;
  checkIns: CheckInFacts[];
}

/** What 1:1s ask of delegations (a sibling feature), wired by app/hooks.ts; both read in the caller's transaction. */
export const oneOnOneHooks = {
  delegationsOf: hook<(em: EntityManager, plan: GrowthPlan) => Promise<AgendaDelegation[]>>('oneOnOnes.delegationsOf'),
  delegationExists:
    hook<(em: EntityManager, planId: string, id: string) => Promise<boolean>>('oneOnOnes.delegationExists'),
};
