import { isId, REQUEST_WINDOW_DAYS } from '@fulcrum/shared';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CheckIn } from './check-in.entity';
import { Delegation } from './delegation.entity';
import { HelpRequest } from './help-request.entity';

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Per-request batches for delegations, check-ins and help requests, scoped to one organization. */
export function createDelegationLoaders(db: DataSource, organizationId: string) {
  const delegation = new DataLoader<string, Delegation | null>(async (ids) => {
    const wanted = ids.filter(isId);
    const rows = wanted.length === 0 ? [] : await db.getRepository(Delegation).createQueryBuilder('d')
      .where('d.organization_id = :organizationId AND d.id = ANY(:ids)', { organizationId, ids: wanted })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const delegationsWhere = (column: 'plan_id' | 'goal_id' | 'delegatee_id') =>
    new DataLoader<string, Delegation[]>(async (keys) => {
      const rows = await db.getRepository(Delegation).createQueryBuilder('d')
        .where(`d.organization_id = :organizationId AND d.${column} = ANY(:keys)`, { organizationId, keys: [...keys] })
        .orderBy('d.createdAt', 'ASC')
        .addOrderBy('d.id', 'ASC')
        .getMany();
      for (const row of rows) delegation.prime(row.id, row);
      const property = column === 'plan_id' ? 'planId' : column === 'goal_id' ? 'goalId' : 'delegateeId';
      const groups = groupBy(rows, (r) => r[property]);
      return keys.map((key) => groups.get(key) ?? []);
    });

  const checkInsByDelegation = new DataLoader<string, CheckIn[]>(async (delegationIds) => {
    const rows = await db.getRepository(CheckIn).createQueryBuilder('c')
      .where('c.organization_id = :organizationId AND c.delegation_id = ANY(:delegationIds)', { organizationId, delegationIds: [...delegationIds] })
      .orderBy('c.at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
    const groups = groupBy(rows, (r) => r.delegationId);
    return delegationIds.map((id) => groups.get(id) ?? []);
  });

  const helpRequest = new DataLoader<string, HelpRequest | null>(async (ids) => {
    const wanted = ids.filter(isId);
    const rows = wanted.length === 0 ? [] : await db.getRepository(HelpRequest).createQueryBuilder('h')
      .where('h.organization_id = :organizationId AND h.id = ANY(:ids)', { organizationId, ids: wanted })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
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
    delegationsByPlan: delegationsWhere('plan_id'),
    delegationsByGoal: delegationsWhere('goal_id'),
    delegationsByDelegatee: delegationsWhere('delegatee_id'),
    checkInsByDelegation,
    helpRequest,
    recentRequestsByPlan,
  };
}
