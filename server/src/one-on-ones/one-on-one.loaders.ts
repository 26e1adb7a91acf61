import { OneOnOneStatus } from '@fulcrum/shared';
import DataLoader from 'dataloader';
import { Loader } from '../core/db/loader';
import type { DataSource } from 'typeorm';
import { byId, countBy, groupBy, newestFirstPages, orderedBy, type ListSpec } from '../core/db/batch';
import { ActionItem, AgendaItem, OneOnOne, PrivateNote } from './one-on-one.entity';

export interface OneOnOneContent {
  agenda: AgendaItem[];
  actionItems: ActionItem[];
}

/**
 * The lists the homes' preload also reads (the next 1:1 of a plan, its agenda and action items),
 * in the loaders' order.
 */
export const NEXT_BY_PLAN: ListSpec<OneOnOne> = { entity: OneOnOne, parent: 'planId', orderBy: ['scheduledAt'] };
export const AGENDA_BY_ONE_ON_ONE: ListSpec<AgendaItem> = {
  entity: AgendaItem,
  parent: 'oneOnOneId',
  orderBy: ['position', 'createdAt'],
};
export const ACTION_ITEMS_BY_ONE_ON_ONE: ListSpec<ActionItem> = {
  entity: ActionItem,
  parent: 'oneOnOneId',
  orderBy: ['createdAt'],
};

/** Per-request batches for 1:1s. Private notes are only ever loaded for their author. */
export function createOneOnOneLoaders(db: DataSource, organizationId: string, viewerPersonId: string | null) {
  const oneOnOne = byId(db, OneOnOne, organizationId);
  const actionItem = byId(db, ActionItem, organizationId);

  const contentByOneOnOne = contentLoader(db, organizationId, actionItem);
  const myPrivateNote = privateNoteLoader(db, organizationId, viewerPersonId);

  /** The earliest 1:1 of each plan that has not taken place yet. */
  const nextByPlan = new Loader<OneOnOne | null>(async (planIds) => {
    const query = db
      .getRepository(OneOnOne)
      .createQueryBuilder('o')
      .distinctOn(['o.plan_id'])
      .where('o.organization_id = :organizationId AND o.plan_id = ANY(:planIds) AND o.status = :upcoming', {
        organizationId,
        planIds: [...planIds],
        upcoming: OneOnOneStatus.UPCOMING,
      })
      .orderBy('o.plan_id');
    const rows = await orderedBy(query, NEXT_BY_PLAN, 'o').getMany();
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
    const of = <T extends AgendaItem | ActionItem>(spec: ListSpec<T>) =>
      orderedBy(
        db
          .getRepository(spec.entity)
          .createQueryBuilder('a')
          .where('a.organization_id = :organizationId AND a.one_on_one_id = ANY(:ids)', {
            organizationId,
            ids: [...ids],
          }),
        spec,
        'a',
      ).getMany();
    const [agenda, actionItems] = await Promise.all([of(AGENDA_BY_ONE_ON_ONE), of(ACTION_ITEMS_BY_ONE_ON_ONE)]);
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

/** The rows a read model may load ahead, as field resolvers name them in `@Reads`. */
declare module '../core/reads' {
  interface RowKinds {
    oneOnOne: OneOnOne;
    agendaItem: AgendaItem;
    actionItem: ActionItem;
  }
}
