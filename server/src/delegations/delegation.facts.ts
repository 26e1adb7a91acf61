import { DelegationStage } from '@fulcrum/shared';
import { In, Not, type EntityManager } from 'typeorm';
import { BadUserInputError } from '../core/errors';
import type { Context } from '../core/context';
import type { GrowthPlan } from '../plans/plan.entity';
import { CheckIn } from './check-in.entity';
import { Delegation } from './delegation.entity';
import { HelpRequest } from './help-request.entity';

/**
 * What delegations tell the features beside them (1:1 agendas, reflection snapshots) and the
 * plan they hang off, through the hooks app/hooks.ts wires. Reads run in the caller's
 * transaction, one statement after the other.
 */
export type DelegationWithCheckIns = Delegation & { checkIns: CheckIn[] };

export async function delegationsWithCheckIns(em: EntityManager, plan: GrowthPlan): Promise<DelegationWithCheckIns[]> {
  const delegations = await em.find(Delegation, { where: { planId: plan.id, organizationId: plan.organizationId } });
  const checkIns = delegations.length
    ? await em
        .getRepository(CheckIn)
        .createQueryBuilder('c')
        .where('c.delegation_id = ANY(:ids)', { ids: delegations.map((d) => d.id) })
        .getMany()
    : [];
  return delegations.map((d) => Object.assign(d, { checkIns: checkIns.filter((c) => c.delegationId === d.id) }));
}

export function delegationOfPlanExists(em: EntityManager, planId: string, id: string): Promise<boolean> {
  return em.existsBy(Delegation, { id, planId });
}

export function helpRequestsOfPlan(em: EntityManager, planId: string): Promise<HelpRequest[]> {
  return em.find(HelpRequest, { where: { planId } });
}

/** An activity being handed over cannot leave the week. */
export async function assertActivityNotDelegated(em: EntityManager, plan: GrowthPlan, activityId: string) {
  const delegated = await em.findOne(Delegation, {
    where: {
      activityId,
      planId: plan.id,
      stage: Not(In([DelegationStage.OWNED, DelegationStage.RECLAIMED])),
    },
  });
  if (delegated) {
    throw BadUserInputError.field('id', 'This activity is being delegated. Reclaim or complete the delegation first.');
  }
}

/** Drops what this request cached of a plan's delegations and requests, so the response shows a change. */
export function forgetPlanDelegations(ctx: Context, planId: string): void {
  const loaders = ctx.loaders.delegations;
  loaders.delegationsByPlan.clear(planId);
  loaders.recentRequestsByPlan.clear(planId);
  loaders.helpRequestPage.clearAll();
  loaders.helpRequestCountByPlan.clear(planId);
}
