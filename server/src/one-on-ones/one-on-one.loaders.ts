import { OneOnOneStatus } from '@fulcrum/shared';
import DataLoader from 'dataloader';
import { Loader } from '../core/db/loader';
import type { DataSource } from 'typeorm';
import {
  byId,
  countBy,
  newestFirstPages,
  orderedBy,
  rowPerKey,
  rowsAmong,
  rowsPerKey,
  type ListSpec,
} from '../core/db/batch';
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
    const query = rowsAmong(db, OneOnOne, organizationId, 'plan_id', planIds)
      .andWhere('x.status = :upcoming', { upcoming: OneOnOneStatus.UPCOMING })
      .distinctOn(['x.plan_id'])
      .orderBy('x.plan_id');
    const rows = await orderedBy(query, NEXT_BY_PLAN, 'x').getMany();
    for (const row of rows) oneOnOne.prime(row.id, row);
    return rowPerKey(planIds, rows, (r) => r.planId);
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
      orderedBy(rowsAmong(db, spec.entity, organizationId, 'one_on_one_id', ids), spec, 'x').getMany();
    const [agenda, actionItems] = await Promise.all([of(AGENDA_BY_ONE_ON_ONE), of(ACTION_ITEMS_BY_ONE_ON_ONE)]);
    for (const row of actionItems) actionItem.prime(row.id, row);
    const agendaOf = rowsPerKey(ids, agenda, (r) => r.oneOnOneId);
    const actionItemsOf = rowsPerKey(ids, actionItems, (r) => r.oneOnOneId);
    return ids.map((_, i) => ({ agenda: agendaOf[i], actionItems: actionItemsOf[i] }));
  });
}

/** The viewer's own private note per 1:1 (the query filters by author: no other note is ever read). */
function privateNoteLoader(db: DataSource, organizationId: string, viewerPersonId: string | null) {
  return new DataLoader<string, PrivateNote | null>(async (ids) => {
    if (!viewerPersonId) return ids.map(() => null);
    const rows = await rowsAmong(db, PrivateNote, organizationId, 'one_on_one_id', ids)
      .andWhere('x.author_id = :author', { author: viewerPersonId })
      .getMany();
    return rowPerKey(ids, rows, (r) => r.oneOnOneId);
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
