import { isId } from '@fulcrum/shared';
import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** A tenant-owned row: every batch is limited to one organization. */
export type Owned = ObjectLiteral & { id: string; organizationId: string };

export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Rows by id in one statement per batch; unknown, foreign and malformed ids resolve to null. */
export function byId<T extends Owned>(db: DataSource, entity: EntityTarget<T>, organizationId: string): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const wanted = ids.filter(isId);
    const rows = wanted.length === 0 ? [] : await db.getRepository(entity).createQueryBuilder('x')
      .where('x.organization_id = :organizationId AND x.id = ANY(:ids)', { organizationId, ids: wanted })
      .getMany();
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export interface ListOptions<T> {
  /** The column the keys are matched against (e.g. `plan_id`). */
  column: string;
  /** The same value read from a row. */
  key: (row: T) => string;
  /** Property paths to order each list by (`x.` prefixed), then by id. */
  orderBy: string[];
  /** A by-id loader to fill with every row read, so later lookups cost nothing. */
  prime?: DataLoader<string, T | null>;
}

/** Lists of rows per key (children of a plan, of a delegation…) in one statement per batch. */
export function listBy<T extends Owned>(db: DataSource, entity: EntityTarget<T>, organizationId: string, options: ListOptions<T>): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const query = db.getRepository(entity).createQueryBuilder('x')
      .where(`x.organization_id = :organizationId AND x.${options.column} = ANY(:keys)`, { organizationId, keys: [...keys] });
    for (const order of options.orderBy) query.addOrderBy(order, 'ASC');
    const rows = await query.addOrderBy('x.id', 'ASC').getMany();
    if (options.prime) for (const row of rows) options.prime.prime(row.id, row);
    const groups = groupBy(rows, options.key);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
