import { REQUEST_WINDOW_DAYS } from '@fulcrum/shared';
import { Loader } from '../core/db/loader';
import type { DataSource } from 'typeorm';
import { byId, countBy, groupBy, listBy, newestFirstPages } from '../core/db/batch';
import { CheckIn } from './check-in.entity';
import { Delegation } from './delegation.entity';
import { HelpRequest } from './help-request.entity';

/** Per-request batches for delegations, check-ins and help requests, scoped to one organization. */
export function createDelegationLoaders(db: DataSource, organizationId: string) {
  const delegation = byId(db, Delegation, organizationId);
  const delegationsBy = (column: 'plan_id' | 'goal_id' | 'delegatee_id', key: (d: Delegation) => string | null) =>
    listBy(db, Delegation, organizationId, {
      column,
      key: (d) => key(d) ?? '',
      orderBy: ['x.createdAt'],
      prime: delegation,
    });
  const checkInsByDelegation = listBy(db, CheckIn, organizationId, {
    column: 'delegation_id',
    key: (c) => c.delegationId,
    orderBy: ['x.at'],
  });
  const helpRequest = byId(db, HelpRequest, organizationId);

  /** Pages of plans' requests, newest first, and their counts: one statement each for any number of plans. */
  const helpRequestPage = newestFirstPages(db, HelpRequest, organizationId, {
    table: 'help_request',
    parentColumn: 'plan_id',
    timeColumn: 'received_at',
    timeProperty: 'x.receivedAt',
    prime: helpRequest,
  });
  const helpRequestCountByPlan = countBy(db, 'help_request', organizationId, 'plan_id');

  /** Requests received in the last four weeks: what the OVERWHELMED_BY_REQUESTS rule reads. */
  const recentRequestsByPlan = new Loader<HelpRequest[]>(async (planIds) => {
    const rows = await db
      .getRepository(HelpRequest)
      .createQueryBuilder('h')
      .where('h.organization_id = :organizationId AND h.plan_id = ANY(:planIds)', {
        organizationId,
        planIds: [...planIds],
      })
      .andWhere(`h.received_at >= now() - make_interval(days => :days)`, {
        days: REQUEST_WINDOW_DAYS,
      })
      .orderBy('h.receivedAt', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .getMany();
    const groups = groupBy(rows, (r) => r.planId);
    return planIds.map((id) => groups.get(id) ?? []);
  });

  return {
    delegation,
    delegationsByPlan: delegationsBy('plan_id', (d) => d.planId),
    delegationsByGoal: delegationsBy('goal_id', (d) => d.goalId),
    delegationsByDelegatee: delegationsBy('delegatee_id', (d) => d.delegateeId),
    checkInsByDelegation,
    helpRequest,
    helpRequestPage,
    helpRequestCountByPlan,
    recentRequestsByPlan,
  };
}

declare module '../core/context' {
  interface Loaders {
    delegations: ReturnType<typeof createDelegationLoaders>;
  }
}
