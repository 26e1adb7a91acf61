import { REQUEST_WINDOW_DAYS } from '@fulcrum/shared';
import { Loader } from '../core/db/loader';
import type { DataSource } from 'typeorm';
import {
  byId,
  countBy,
  listOf,
  newestFirstPages,
  orderedBy,
  rowsAmong,
  rowsPerKey,
  type ListSpec,
} from '../core/db/batch';
import { CheckIn } from './check-in.entity';
import { Delegation } from './delegation.entity';
import { HelpRequest } from './help-request.entity';

/** A plan's delegations, a delegation's check-ins, a plan's recent requests: the loaders' and the homes' preload's orders. */
export const DELEGATIONS_BY_PLAN: ListSpec<Delegation> = {
  entity: Delegation,
  parent: 'planId',
  orderBy: ['createdAt'],
};
export const CHECK_INS_BY_DELEGATION: ListSpec<CheckIn> = { entity: CheckIn, parent: 'delegationId', orderBy: ['at'] };
/** Only those received in the last `REQUEST_WINDOW_DAYS` (the loader's and the preload's filter). */
export const RECENT_REQUESTS_BY_PLAN: ListSpec<HelpRequest> = {
  entity: HelpRequest,
  parent: 'planId',
  orderBy: ['receivedAt'],
};

/** Per-request batches for delegations, check-ins and help requests, scoped to one organization. */
export function createDelegationLoaders(db: DataSource, organizationId: string) {
  const delegation = byId(db, Delegation, organizationId);
  const delegationsBy = (parent: 'planId' | 'goalId' | 'delegateeId') =>
    listOf(db, organizationId, { ...DELEGATIONS_BY_PLAN, parent }, delegation);
  const checkInsByDelegation = listOf(db, organizationId, CHECK_INS_BY_DELEGATION);
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
    const query = rowsAmong(db, HelpRequest, organizationId, 'plan_id', planIds).andWhere(
      'x.received_at >= now() - make_interval(days => :days)',
      { days: REQUEST_WINDOW_DAYS },
    );
    const rows = await orderedBy(query, RECENT_REQUESTS_BY_PLAN, 'x').getMany();
    return rowsPerKey(planIds, rows, (r) => r.planId);
  });

  return {
    delegation,
    delegationsByPlan: delegationsBy('planId'),
    delegationsByGoal: delegationsBy('goalId'),
    delegationsByDelegatee: delegationsBy('delegateeId'),
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

/** The rows a read model may load ahead, as field resolvers name them in `@Reads`. */
declare module '../core/reads' {
  interface RowKinds {
    delegation: Delegation;
    checkIn: CheckIn;
    helpRequest: HelpRequest;
  }
}
