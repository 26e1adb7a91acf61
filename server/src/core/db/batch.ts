import { isId } from '@fulcrum/shared';
import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { jsonRow, type JsonRow } from './json-rows';
import { Loader } from './loader';

/** A tenant-owned row: every batch is limited to one organization. */
export type Owned = ObjectLiteral & { id: string; organizationId: string };

/** For each key, the one row whose key it is, or null. */
export function rowPerKey<T, K>(keys: readonly K[], rows: readonly T[], key: (row: T) => K): (T | null)[] {
  const byKey = new Map(rows.map((row) => [key(row), row]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** For each key, the rows whose key it is, in the order read. */
export function rowsPerKey<T, K>(keys: readonly K[], rows: readonly T[], key: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}

/**
 * The organization's rows of `entity`, aliased `x`, whose `column` (e.g. `plan_id`) holds one of
 * `keys`: where a batch by key starts (narrow it with `andWhere`, order it with `orderedBy`).
 */
export function rowsAmong<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  organizationId: string,
  column: string,
  keys: readonly string[],
): SelectQueryBuilder<T> {
  return db
    .getRepository(entity)
    .createQueryBuilder('x')
    .where(`x.organization_id = :organizationId AND x.${column} = ANY(:keys)`, { organizationId, keys: [...keys] });
}

const rowShapes = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, JsonRow<Owned, 'organizationId'>>>();

/** The compact JSON shape of a tenant-owned entity (the organization known), one per data source. */
export function rowShape<T extends Owned>(db: DataSource, entity: EntityTarget<T>): JsonRow<T, 'organizationId'> {
  let shapes = rowShapes.get(db);
  if (!shapes) rowShapes.set(db, (shapes = new Map<EntityTarget<ObjectLiteral>, JsonRow<Owned, 'organizationId'>>()));
  let shape = shapes.get(entity);
  if (!shape) shapes.set(entity, (shape = jsonRow<Owned, 'organizationId'>(db, entity, ['organizationId'])));
  return shape as unknown as JsonRow<T, 'organizationId'>;
}

/**
 * Rows by id in one statement per batch; unknown, foreign and malformed ids resolve to null.
 * Read as compact JSON (`json-rows.ts`) rather than hydrated by TypeORM: the loaders behind
 * every person, plan or item a query names are the hottest read path there is.
 */
export function byId<T extends Owned>(
  db: DataSource,
  entity: EntityTarget<T>,
  organizationId: string,
): Loader<T | null> {
  return new Loader<T | null>(async (ids) => {
    const wanted = ids.filter(isId);
    const shape = rowShape(db, entity);
    const rows: { r: unknown[] }[] =
      wanted.length === 0
        ? []
        : await db.query(
            `SELECT ${shape.sql('x')} AS r FROM ${shape.table} x WHERE x.organization_id = $1 AND x.id = ANY($2::uuid[])`,
            [organizationId, wanted],
          );
    const found = rows.map(({ r }) => shape.read(r, { organizationId }));
    return rowPerKey(ids, found, (row) => row.id);
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
  prime?: Loader<T | null>;
}

/** Lists of rows per key (children of a plan, of a delegation…) in one statement per batch. */
export function listBy<T extends Owned>(
  db: DataSource,
  entity: EntityTarget<T>,
  organizationId: string,
  options: ListOptions<T>,
): Loader<T[]> {
  return new Loader<T[]>(async (keys) => {
    const query = rowsAmong(db, entity, organizationId, options.column, keys);
    for (const order of options.orderBy) query.addOrderBy(order, 'ASC');
    const rows = await query.addOrderBy('x.id', 'ASC').getMany();
    if (options.prime) for (const row of rows) options.prime.prime(row.id, row);
    return rowsPerKey(keys, rows, options.key);
  });
}

/**
 * A list of rows per parent in a stable order (then by id): what a list loader reads
 * (`listOf`), and what any statement that primes that loader must read alike (the homes'
 * preload orders its JSON lists with `listOrder`), so the two orders cannot drift apart.
 */
export interface ListSpec<T extends Owned> {
  entity: new () => T;
  /** The property the lists are keyed by (e.g. `planId`). */
  parent: keyof T & string;
  /** The properties each list is ordered by, ascending, before the id. */
  orderBy: readonly (keyof T & string)[];
}

function columnOf(db: DataSource, entity: EntityTarget<ObjectLiteral>, property: string): string {
  const metadata = db.getMetadata(entity);
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${metadata.name} has no column ${property}`);
  return column.databaseName;
}

/** The spec's parent column (e.g. `plan_id`). */
export function parentColumn<T extends Owned>(db: DataSource, spec: ListSpec<T>): string {
  return columnOf(db, spec.entity, spec.parent);
}

/** The spec's order as SQL of the rows aliased `alias` (e.g. `a.created_at, a.id`). */
export function listOrder<T extends Owned>(db: DataSource, spec: ListSpec<T>, alias: string): string {
  return [...spec.orderBy, 'id'].map((property) => `${alias}.${columnOf(db, spec.entity, property)}`).join(', ');
}

/** Orders a query builder's rows aliased `alias` by the spec's order. */
export function orderedBy<Q extends SelectQueryBuilder<ObjectLiteral>, T extends Owned>(
  query: Q,
  spec: ListSpec<T>,
  alias: string,
): Q {
  for (const property of [...spec.orderBy, 'id']) query.addOrderBy(`${alias}.${property}`, 'ASC');
  return query;
}

/** The spec's lists per parent key, in one statement per batch, filling `prime` with each row. */
export function listOf<T extends Owned>(
  db: DataSource,
  organizationId: string,
  spec: ListSpec<T>,
  prime?: Loader<T | null>,
): Loader<T[]> {
  return listBy(db, spec.entity, organizationId, {
    column: parentColumn(db, spec),
    key: (row) => String(row[spec.parent] ?? ''),
    orderBy: spec.orderBy.map((property) => `x.${property}`),
    prime,
  });
}

/** Where a page starts: after the row at this position (exclusive). */
export interface PagePosition {
  /** The row's time as stored, to the microsecond (ISO 8601, UTC), so no row is ever skipped. */
  at: string;
  id: string;
}

export interface PageKey {
  /** The parent the page is taken from (e.g. a plan). */
  parentId: string;
  first: number;
  after: PagePosition | null;
}

export interface PageRow<T> {
  row: T;
  position: PagePosition;
}

export interface PageOptions<T> {
  /** Table, parent column and time column the pages are taken from, newest first. */
  table: string;
  parentColumn: string;
  timeColumn: string;
  /** The time column's property path (`x.` prefixed), for ordering the hydrated rows. */
  timeProperty: string;
  prime?: Loader<T | null>;
}

/**
 * Pages of children, newest first, for many parents in one statement: each key (parent, page
 * size, cursor) takes its page with a LIMIT beside the others. A page holds one row more than
 * asked, to tell whether there is a next page; each row comes with its cursor position.
 */
export function newestFirstPages<T extends Owned>(
  db: DataSource,
  entity: EntityTarget<T>,
  organizationId: string,
  options: PageOptions<T>,
): DataLoader<PageKey, PageRow<T>[], string> {
  const { table, parentColumn, timeColumn } = options;
  return new DataLoader<PageKey, PageRow<T>[], string>(
    async (keys) => {
      const { entities, raw } = await db
        .getRepository(entity)
        .createQueryBuilder('x')
        .innerJoin(
          `(SELECT k.n, p.id, p.position
            FROM unnest(CAST(:parentIds AS uuid[]), CAST(:limits AS integer[]), CAST(:afterTimes AS timestamptz[]), CAST(:afterIds AS uuid[]))
              WITH ORDINALITY AS k(parent_id, page_limit, after_time, after_id, n)
            CROSS JOIN LATERAL (
              SELECT r.id, to_char(r.${timeColumn} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS position
              FROM ${table} r
              WHERE r.organization_id = :organizationId AND r.${parentColumn} = k.parent_id
                AND (k.after_time IS NULL OR (r.${timeColumn}, r.id) < (k.after_time, k.after_id))
              ORDER BY r.${timeColumn} DESC, r.id DESC
              LIMIT k.page_limit
            ) p)`,
          'page',
          'page.id = x.id',
        )
        .addSelect('page.n', 'page_n')
        .addSelect('page.position', 'page_position')
        .setParameters({
          organizationId,
          parentIds: keys.map((k) => k.parentId),
          limits: keys.map((k) => k.first + 1),
          afterTimes: keys.map((k) => k.after?.at ?? null),
          afterIds: keys.map((k) => k.after?.id ?? null),
        })
        .orderBy('page.n')
        .addOrderBy(options.timeProperty, 'DESC')
        .addOrderBy('x.id', 'DESC')
        .getRawAndEntities<{ page_n: string; page_position: string; x_id: string }>();
      const found = new Map(entities.map((e) => [e.id, e]));
      const pages = keys.map((): PageRow<T>[] => []);
      for (const raw1 of raw) {
        const row = found.get(raw1.x_id);
        if (!row) throw new Error(`listed row ${raw1.x_id} is missing from the entities of the same statement`);
        options.prime?.prime(row.id, row);
        pages[Number(raw1.page_n) - 1].push({
          row,
          position: { at: raw1.page_position, id: row.id },
        });
      }
      return pages;
    },
    {
      cacheKeyFn: (k) => JSON.stringify([k.parentId, k.first, k.after?.at ?? null, k.after?.id ?? null]),
    },
  );
}

/** How many rows each parent has, in one statement. */
export function countBy(
  db: DataSource,
  table: string,
  organizationId: string,
  parentColumn: string,
): DataLoader<string, number> {
  return new DataLoader<string, number>(async (parentIds) => {
    const rows: { parent_id: string; count: number }[] = await db.query(
      `SELECT ${parentColumn} AS parent_id, COUNT(*)::int AS count FROM ${table}
        WHERE organization_id = $1 AND ${parentColumn} = ANY($2) GROUP BY ${parentColumn}`,
      [organizationId, [...parentIds]],
    );
    const counts = new Map(rows.map((r) => [r.parent_id, r.count]));
    return parentIds.map((id) => counts.get(id) ?? 0);
  });
}
