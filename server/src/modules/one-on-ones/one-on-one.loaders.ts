import { isId, OneOnOneStatus } from '@fulcrum/shared';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { ActionItem, AgendaItem, OneOnOne, PrivateNote } from './one-on-one.entity';

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Per-request batches for 1:1s. Private notes are only ever loaded for their author. */
export function createOneOnOneLoaders(db: DataSource, organizationId: string, viewerPersonId: string | null) {
  const oneOnOne = new DataLoader<string, OneOnOne | null>(async (ids) => {
    const wanted = ids.filter(isId);
    const rows = wanted.length === 0 ? [] : await db.getRepository(OneOnOne).createQueryBuilder('o')
      .where('o.organization_id = :organizationId AND o.id = ANY(:ids)', { organizationId, ids: wanted })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const agendaByOneOnOne = new DataLoader<string, AgendaItem[]>(async (ids) => {
    const rows = await db.getRepository(AgendaItem).createQueryBuilder('a')
      .where('a.organization_id = :organizationId AND a.one_on_one_id = ANY(:ids)', { organizationId, ids: [...ids] })
      .orderBy('a.position', 'ASC').addOrderBy('a.createdAt', 'ASC')
      .getMany();
    const groups = groupBy(rows, (r) => r.oneOnOneId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  const actionItem = new DataLoader<string, ActionItem | null>(async (ids) => {
    const rows = await db.getRepository(ActionItem).createQueryBuilder('a')
      .where('a.organization_id = :organizationId AND a.id = ANY(:ids)', { organizationId, ids: ids.filter(isId) })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const actionItemsByOneOnOne = new DataLoader<string, ActionItem[]>(async (ids) => {
    const rows = await db.getRepository(ActionItem).createQueryBuilder('a')
      .where('a.organization_id = :organizationId AND a.one_on_one_id = ANY(:ids)', { organizationId, ids: [...ids] })
      .orderBy('a.createdAt', 'ASC').addOrderBy('a.id', 'ASC')
      .getMany();
    for (const row of rows) actionItem.prime(row.id, row);
    const groups = groupBy(rows, (r) => r.oneOnOneId);
    return ids.map((id) => groups.get(id) ?? []);
  });

  /** The viewer's own private note per 1:1 (the query filters by author: no other note is ever read). */
  const myPrivateNote = new DataLoader<string, PrivateNote | null>(async (ids) => {
    if (!viewerPersonId) return ids.map(() => null);
    const rows = await db.getRepository(PrivateNote).createQueryBuilder('n')
      .where('n.organization_id = :organizationId AND n.one_on_one_id = ANY(:ids) AND n.author_id = :author', {
        organizationId,
        ids: [...ids],
        author: viewerPersonId,
      })
      .getMany();
    const byOneOnOne = new Map(rows.map((r) => [r.oneOnOneId, r]));
    return ids.map((id) => byOneOnOne.get(id) ?? null);
  });

  /** The earliest 1:1 of each plan that has not taken place yet. */
  const nextByPlan = new DataLoader<string, OneOnOne | null>(async (planIds) => {
    const rows = await db.getRepository(OneOnOne).createQueryBuilder('o')
      .distinctOn(['o.plan_id'])
      .where('o.organization_id = :organizationId AND o.plan_id = ANY(:planIds) AND o.status = :upcoming', {
        organizationId,
        planIds: [...planIds],
        upcoming: OneOnOneStatus.UPCOMING,
      })
      .orderBy('o.plan_id').addOrderBy('o.scheduled_at', 'ASC').addOrderBy('o.id', 'ASC')
      .getMany();
    for (const row of rows) oneOnOne.prime(row.id, row);
    const byPlan = new Map(rows.map((r) => [r.planId, r]));
    return planIds.map((id) => byPlan.get(id) ?? null);
  });

  return { oneOnOne, agendaByOneOnOne, actionItem, actionItemsByOneOnOne, myPrivateNote, nextByPlan };
}
