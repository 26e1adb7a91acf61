import { OneOnOneStatus } from '@fulcrum/shared';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byId, groupBy } from '../../db/batch';
import { ActionItem, AgendaItem, OneOnOne, PrivateNote } from './one-on-one.entity';

/** Where a page of a plan's 1:1s starts: after the 1:1 at this position (exclusive). */
export interface OneOnOnePosition {
  /** The 1:1's scheduledAt as stored, to the microsecond (ISO 8601, UTC). */
  scheduledAt: string;
  id: string;
}

export interface OneOnOnePageKey {
  planId: string;
  first: number;
  after: OneOnOnePosition | null;
}

export interface OneOnOneContent {
  agenda: AgendaItem[];
  actionItems: ActionItem[];
}

export interface OneOnOnePageRow {
  oneOnOne: OneOnOne;
  position: OneOnOnePosition;
}

/** Per-request batches for 1:1s. Private notes are only ever loaded for their author. */
export function createOneOnOneLoaders(db: DataSource, organizationId: string, viewerPersonId: string | null) {
  const oneOnOne = byId(db, OneOnOne, organizationId);
  const actionItem = byId(db, ActionItem, organizationId);

  /**
   * The agenda and the action items of each 1:1, read together (two statements side by side):
   * whichever of the two lists a query asks for, what hangs below them (authors, owners,
   * carried-from items) is then asked for at the same moment and loads in one batch.
   */
  const contentByOneOnOne = new DataLoader<string, OneOnOneContent>(async (ids) => {
    const [agenda, actionItems] = await Promise.all([
      db.getRepository(AgendaItem).createQueryBuilder('a')
        .where('a.organization_id = :organizationId AND a.one_on_one_id = ANY(:ids)', { organizationId, ids: [...ids] })
        .orderBy('a.position', 'ASC').addOrderBy('a.createdAt', 'ASC')
        .getMany(),
      db.getRepository(ActionItem).createQueryBuilder('a')
        .where('a.organization_id = :organizationId AND a.one_on_one_id = ANY(:ids)', { organizationId, ids: [...ids] })
        .orderBy('a.createdAt', 'ASC').addOrderBy('a.id', 'ASC')
        .getMany(),
    ]);
    for (const row of actionItems) actionItem.prime(row.id, row);
    const agendaOf = groupBy(agenda, (r) => r.oneOnOneId);
    const actionItemsOf = groupBy(actionItems, (r) => r.oneOnOneId);
    return ids.map((id) => ({ agenda: agendaOf.get(id) ?? [], actionItems: actionItemsOf.get(id) ?? [] }));
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

  /**
   * Pages of plans' 1:1s, newest first, in one statement whatever the number of plans: every key
   * (plan, page size, cursor) numbers its plan's 1:1s after the cursor with a window function and
   * keeps as many as asked, plus one to tell whether there is a next page. Each 1:1 comes with
   * its cursor position, made from the stored time to the microsecond so none is ever skipped.
   */
  const pageByPlan = new DataLoader<OneOnOnePageKey, OneOnOnePageRow[], string>(
    async (keys) => {
      const { entities, raw } = await db.getRepository(OneOnOne).createQueryBuilder('o')
        .innerJoin(
          `(SELECT ranked.n, ranked.id, ranked.position
            FROM (
              SELECT k.n, k.page_limit, x.id,
                     to_char(x.scheduled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS position,
                     row_number() OVER (PARTITION BY k.n ORDER BY x.scheduled_at DESC, x.id DESC) AS rank
              FROM unnest(CAST(:planIds AS uuid[]), CAST(:limits AS integer[]), CAST(:afterTimes AS timestamptz[]), CAST(:afterIds AS uuid[]))
                WITH ORDINALITY AS k(plan_id, page_limit, after_time, after_id, n)
              JOIN one_on_one x ON x.organization_id = :organizationId AND x.plan_id = k.plan_id
                AND (k.after_time IS NULL OR (x.scheduled_at, x.id) < (k.after_time, k.after_id))
            ) ranked
            WHERE ranked.rank <= ranked.page_limit)`,
          'page',
          'page.id = o.id',
        )
        .addSelect('page.n', 'page_n')
        .addSelect('page.position', 'page_position')
        .setParameters({
          organizationId,
          planIds: keys.map((k) => k.planId),
          limits: keys.map((k) => k.first + 1),
          afterTimes: keys.map((k) => k.after?.scheduledAt ?? null),
          afterIds: keys.map((k) => k.after?.id ?? null),
        })
        .orderBy('page.n')
        .addOrderBy('o.scheduledAt', 'DESC')
        .addOrderBy('o.id', 'DESC')
        .getRawAndEntities<{ page_n: string; page_position: string; o_id: string }>();
      const byId = new Map(entities.map((e) => [e.id, e]));
      const pages = keys.map((): OneOnOnePageRow[] => []);
      for (const row of raw) {
        const found = byId.get(row.o_id)!;
        oneOnOne.prime(found.id, found);
        pages[Number(row.page_n) - 1]!.push({ oneOnOne: found, position: { scheduledAt: row.page_position, id: found.id } });
      }
      return pages;
    },
    { cacheKeyFn: (k) => JSON.stringify([k.planId, k.first, k.after?.scheduledAt ?? null, k.after?.id ?? null]) },
  );

  /** How many 1:1s each plan has, in one statement. */
  const countByPlan = new DataLoader<string, number>(async (planIds) => {
    const rows = await db.getRepository(OneOnOne).createQueryBuilder('o')
      .select('o.plan_id', 'plan_id')
      .addSelect('COUNT(*)::int', 'count')
      .where('o.organization_id = :organizationId AND o.plan_id = ANY(:planIds)', { organizationId, planIds: [...planIds] })
      .groupBy('o.plan_id')
      .getRawMany<{ plan_id: string; count: number }>();
    const counts = new Map(rows.map((r) => [r.plan_id, Number(r.count)]));
    return planIds.map((id) => counts.get(id) ?? 0);
  });

  return { oneOnOne, contentByOneOnOne, actionItem, myPrivateNote, nextByPlan, pageByPlan, countByPlan };
}
