import { REQUEST_WINDOW_DAYS } from '@fulcrum/shared';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byId, groupBy, listBy } from '../../db/batch';
import { CheckIn } from './check-in.entity';
import { Delegation } from './delegation.entity';
import { HelpRequest } from './help-request.entity';

/** Where a page of a plan's requests starts: after the request at this position (exclusive). */
export interface RequestPosition {
  /** The request's receivedAt as stored, to the microsecond (ISO 8601, UTC). */
  receivedAt: string;
  id: string;
}

export interface RequestPageKey {
  planId: string;
  first: number;
  after: RequestPosition | null;
}

export interface RequestPageRow {
  request: HelpRequest;
  position: RequestPosition;
}

/** Per-request batches for delegations, check-ins and help requests, scoped to one organization. */
export function createDelegationLoaders(db: DataSource, organizationId: string) {
  const delegation = byId(db, Delegation, organizationId);
  const delegationsBy = (column: 'plan_id' | 'goal_id' | 'delegatee_id', key: (d: Delegation) => string | null) =>
    listBy(db, Delegation, organizationId, { column, key: (d) => key(d) ?? '', orderBy: ['x.createdAt'], prime: delegation });
  const checkInsByDelegation = listBy(db, CheckIn, organizationId, { column: 'delegation_id', key: (c) => c.delegationId, orderBy: ['x.at'] });
  const helpRequest = byId(db, HelpRequest, organizationId);

  /**
   * Pages of plans' requests, newest first, in one statement whatever the number of plans: each
   * key (plan, page size, cursor) takes its page with a LIMIT beside the others. A page holds
   * one request more than asked, to tell whether there is a next page. Each request comes with
   * its cursor, made from the stored time to the microsecond so no request is ever skipped.
   */
  const helpRequestPage = new DataLoader<RequestPageKey, RequestPageRow[], string>(
    async (keys) => {
      const { entities, raw } = await db.getRepository(HelpRequest).createQueryBuilder('h')
        .innerJoin(
          `(SELECT k.n, x.id, x.position
            FROM unnest(CAST(:planIds AS uuid[]), CAST(:limits AS integer[]), CAST(:afterTimes AS timestamptz[]), CAST(:afterIds AS uuid[]))
              WITH ORDINALITY AS k(plan_id, page_limit, after_time, after_id, n)
            CROSS JOIN LATERAL (
              SELECT r.id, to_char(r.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS position
              FROM help_request r
              WHERE r.organization_id = :organizationId AND r.plan_id = k.plan_id
                AND (k.after_time IS NULL OR (r.received_at, r.id) < (k.after_time, k.after_id))
              ORDER BY r.received_at DESC, r.id DESC
              LIMIT k.page_limit
            ) x)`,
          'page',
          'page.id = h.id',
        )
        .addSelect('page.n', 'page_n')
        .addSelect('page.position', 'page_position')
        .setParameters({
          organizationId,
          planIds: keys.map((k) => k.planId),
          limits: keys.map((k) => k.first + 1),
          afterTimes: keys.map((k) => k.after?.receivedAt ?? null),
          afterIds: keys.map((k) => k.after?.id ?? null),
        })
        .orderBy('page.n')
        .addOrderBy('h.receivedAt', 'DESC')
        .addOrderBy('h.id', 'DESC')
        .getRawAndEntities<{ page_n: string; page_position: string; h_id: string }>();
      const byId = new Map(entities.map((e) => [e.id, e]));
      const pages = keys.map((): RequestPageRow[] => []);
      for (const row of raw) {
        const request = byId.get(row.h_id)!;
        helpRequest.prime(request.id, request);
        pages[Number(row.page_n) - 1]!.push({ request, position: { receivedAt: row.page_position, id: request.id } });
      }
      return pages;
    },
    { cacheKeyFn: (k) => JSON.stringify([k.planId, k.first, k.after?.receivedAt ?? null, k.after?.id ?? null]) },
  );

  /** How many requests each plan has, in one statement. */
  const helpRequestCountByPlan = new DataLoader<string, number>(async (planIds) => {
    const rows = await db.getRepository(HelpRequest).createQueryBuilder('h')
      .select('h.plan_id', 'plan_id')
      .addSelect('COUNT(*)::int', 'count')
      .where('h.organization_id = :organizationId AND h.plan_id = ANY(:planIds)', { organizationId, planIds: [...planIds] })
      .groupBy('h.plan_id')
      .getRawMany<{ plan_id: string; count: number }>();
    const counts = new Map(rows.map((r) => [r.plan_id, Number(r.count)]));
    return planIds.map((id) => counts.get(id) ?? 0);
  });

  /** Requests received in the last four weeks: what the OVERWHELMED_BY_REQUESTS rule reads. */
  const recentRequestsByPlan = new DataLoader<string, HelpRequest[]>(async (planIds) => {
    const rows = await db.getRepository(HelpRequest).createQueryBuilder('h')
      .where('h.organization_id = :organizationId AND h.plan_id = ANY(:planIds)', { organizationId, planIds: [...planIds] })
      .andWhere(`h.received_at >= now() - make_interval(days => :days)`, { days: REQUEST_WINDOW_DAYS })
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
