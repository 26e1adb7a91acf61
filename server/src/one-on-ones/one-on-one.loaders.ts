import { OneOnOneStatus } from '@fulcrum/shared';
import DataLoader from 'dataloader';
import { Loader } from '../core/db/loader';
import type { DataSource } from 'typeorm';
import { byId, countBy, groupBy, newestFirstPages } from '../core/db/batch';
import { ActionItem, AgendaItem, OneOnOne, PrivateNote } from './one-on-one.entity';

export interface OneOnOneContent {
  agenda: AgendaItem[];
  actionItems: ActionItem[];
}

/** Per-request batches for 1:1s. Private notes are only ever loaded for their author. */
export function createOneOnOneLoaders(db: DataSource, organizationId: string, viewerPersonId: string | null) {
  const oneOnOne = byId(db, OneOnOne, organizationId);
  const actionItem = byId(db, ActionItem, organizationId);

  const contentByOneOnOne = contentLoader(db, organizationId, actionItem);
  const myPrivateNote = privateNoteLoader(db, organizationId, viewerPersonId);

  /** The earliest 1:1 of each plan that has not taken place yet. */
  const nextByPlan = new Loader<OneOnOne | null>(async (planIds) => {
    const rows = await db
      .getRepository(OneOnOne)
      .createQueryBuilder('o')
      .distinctOn(['o.plan_id'])
      .where('o.organization_id = :organizationId AND o.plan_id = ANY(:planIds) AND o.status = :upcoming', {
        organizationId,
        planIds: [...planIds],
        upcoming: OneOnOneStatus.UPCOMING,
      })
      .orderBy('o.plan_id')
      .addOrderBy('o.scheduled_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany();
    for (const row of rows) oneOnOne.prime(row.id, row);
    const byPlan = new Map(rows.map((r) => [r.planId, r]));
    return planIds.map((id) => byPlan.get(id) ?? null);
  });

  /** Pages of plans' 1:1s, newest first, and their counts: one statement each for any number of plans. */
  const pageByPlan = newestFirstPages(db, OneOnOne, organizationId, {
    table: 'one_on_one',
    parentColumn: 'plan_id',
    timeColumn: 'scheduled_at',
    timeProperty: 'x.scheduledAt',
    prime: oneOnOne,
  });
  const countByPlan = countBy(db, 'one_on_one', organizationId, 'plan_id');

  return {
    oneOnOne,
    contentByOneOnOne,
    actionItem,
    myPrivateNote,
    nextByPlan,
    pageByPlan,
    countByPlan,
  };
}

/**
 * The agenda and the action items of each 1:1, read together (two statements side by side):
 * whichever of the two lists a query asks for, what hangs below them (authors, owners,
 * carried-from items) is then asked for at the same moment and loads in one batch.
 */
function contentLoader(db: DataSource, organizationId: string, actionItem: Loader<ActionItem | null>) {
  return new Loader<OneOnOneContent>(async (ids) => {
    const [agenda, actionItems] = await Promise.all([
      db
        .getRepository(AgendaItem)
        .createQueryBuilder('a')
        .where('a.organization_id = :organizationId AND a.one_on_one_id = ANY(:ids)', {
          organizationId,
          ids: [...ids],
        })
        .orderBy('a.position', 'ASC')
        .addOrderBy('a.createdAt', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .getMany(),
      db
        .getRepository(ActionItem)
        .createQueryBuilder('a')
        .where('a.organization_id = :organizationId AND a.one_on_one_id = ANY(:ids)', {
          organizationId,
          ids: [...ids],
        })
        .orderBy('a.createdAt', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .getMany(),
    ]);
    for (const row of actionItems) actionItem.prime(row.id, row);
    const agendaOf = groupBy(agenda, (r) => r.oneOnOneId);
    const actionItemsOf = groupBy(actionItems, (r) => r.oneOnOneId);
    return ids.map((id) => ({
      agenda: agendaOf.get(id) ?? [],
      actionItems: actionItemsOf.get(id) ?? [],
    }));
  });
}

/** The viewer's own private note per 1:1 (the query filters by author: no other note is ever read). */
function privateNoteLoader(db: DataSource, organizationId: string, viewerPersonId: string | null) {
  return new DataLoader<string, PrivateNote | null>(async (ids) => {
    if (!viewerPersonId) return ids.map(() => null);
    const rows = await db
      .getRepository(PrivateNote)
      .createQueryBuilder('n')
      .where('n.organization_id = :organizationId AND n.one_on_one_id = ANY(:ids) AND n.author_id = :author', {
        organizationId,
        ids: [...ids],
        author: viewerPersonId,
      })
      .getMany();
    const byOneOnOne = new Map(rows.map((r) => [r.oneOnOneId, r]));
    return ids.map((id) => byOneOnOne.get(id) ?? null);
  });
}

declare module '../core/context' {
  interface Loaders {
    oneOnOnes: ReturnType<typeof createOneOnOneLoaders>;
  }
}
