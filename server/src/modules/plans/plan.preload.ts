import { OneOnOneStatus, PlanStatus, REQUEST_WINDOW_DAYS } from '@fulcrum/shared';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { jsonList, jsonRow, type JsonRow } from '../../db/json-rows';
import type { Loader } from '../../db/loader';
import type { Context } from '../../graphql/context';
import { selectedFields } from '../../graphql/selection';
import { CheckIn } from '../delegations/check-in.entity';
import { Delegation } from '../delegations/delegation.entity';
import { HelpRequest } from '../delegations/help-request.entity';
import { ActionItem, AgendaItem, OneOnOne } from '../one-on-ones/one-on-one.entity';
import { Reflection } from '../reflections/reflection.entity';
import { Activity } from './activity.entity';
import { Gap } from './gap.entity';
import { ChangeGoal } from './goal.entity';
import { GrowthPlan } from './plan.entity';
import { SignalRatingRow } from './signal-rating.entity';

/**
 * The viewer's visible plans read in ONE statement shaped by the fields the query asks for
 * (issue 7: the manager's home must stay fast at 1 000 people).
 *
 * PostgreSQL assembles, per plan, the rows its requested fields read (signal ratings for
 * readiness, activities and goals for the week, delegations with their check-ins, the next 1:1
 * with its agenda and action items, recent requests, reflections) as JSON, with correlated
 * subqueries that walk the `(organization_id, parent_id)` indexes. The rows are read back
 * without TypeORM's hydration and primed into the request's DataLoaders under the keys those
 * loaders use, with exactly the rows and order they would have read themselves. So every field
 * resolver — and every rule in `shared/` behind them — runs unchanged, finds its batch already
 * loaded, and issues no statement; a field this module does not know simply loads as before.
 */

type Part = 'signals' | 'gaps' | 'activities' | 'goals' | 'delegations' | 'nextOneOnOne' | 'recentRequests' | 'reflections';

/** What each field of GrowthPlan reads (fields not listed read nothing of the plan's rows, or load on their own). */
const PARTS_BY_FIELD: Readonly<Record<string, readonly Part[]>> = {
  signals: ['signals'],
  readiness: ['signals'],
  gaps: ['gaps'],
  week: ['activities', 'goals'],
  goals: ['goals', 'activities', 'gaps'],
  delegations: ['delegations'],
  nextOneOnOne: ['nextOneOnOne'],
  antiPatterns: ['goals', 'recentRequests', 'reflections'],
  reflections: ['reflections', 'gaps'],
  trend: ['activities', 'gaps', 'delegations', 'reflections'],
  shiftedThisQuarter: ['activities', 'gaps', 'delegations', 'reflections'],
  promotionCase: ['signals', 'gaps', 'activities', 'goals', 'delegations', 'reflections'],
};

/**
 * The columns the fields below a list read of its rows, for the lists that make up most of the
 * statement (issue 7: whole rows were 3.4 times the answer). A field of the row's own GraphQL
 * type reads its column of the same name; the fields listed read those columns; a field neither
 * a column nor listed reads the whole row. Rows sent without a column throw when it is read
 * (`JsonRow.only`), so a wrong entry here fails the preload tests instead of answering wrongly.
 */
type Reads = Readonly<Record<string, readonly string[]>>;

/** GrowthPlan fields that read a plan's signal ratings, and what of them. */
const SIGNAL_READS: Reads = { readiness: ['signal', 'side', 'rating'] };
/** Delegation fields that read its check-ins, and what of them (the rules in shared/ name the same in their types). */
const CHECK_IN_READS: Reads = { atRisk: ['at', 'confidence'], nextCheckInDue: ['at'], coachingHoursTotal: ['coachingHours'], leverageRatio: ['coachingHours'] };
/** Delegation fields that read no check-in (besides its columns). */
const DELEGATION_OWN = ['createdAt', 'plan', 'activity', 'delegator', 'delegatee', 'goal'];
const CHECK_IN_FIELDS: Reads = { author: ['authorId'] };
const AGENDA_FIELDS: Reads = { author: ['authorId'] };
const ACTION_ITEM_FIELDS: Reads = { owner: ['ownerId'], carriedFrom: ['carriedFromId'] };
/** OneOnOne fields that read none of its agenda or action items (besides its columns). */
const ONE_ON_ONE_OWN = ['plan', 'myPrivateNote'];

const ALL = 'all';
type Columns = Set<string> | typeof ALL;

/** The columns of `shape`'s rows that `fields` read (`own`: fields that read none); all of them when a field is unknown. */
function columnsRead(shape: JsonRow<object, never>, fields: Iterable<string>, reads: Reads, own: readonly string[] = []): Columns {
  const columns = new Set<string>();
  for (const field of fields) {
    if (field === '__typename' || own.includes(field)) continue;
    const read = reads[field] ?? (shape.columns.includes(field) ? [field] : undefined);
    if (!read) return ALL;
    for (const column of read) columns.add(column);
  }
  return columns;
}

function union(a: Columns, b: Columns): Columns {
  return a === ALL || b === ALL ? ALL : new Set([...a, ...b]);
}

function sending<T, K extends keyof T>(shape: JsonRow<T, K>, columns: Columns): JsonRow<T, K> {
  return columns === ALL ? shape : shape.only(columns);
}

type InPlan = 'organizationId' | 'planId';
type InOneOnOne = 'organizationId' | 'oneOnOneId';

/** Each row as compact JSON, without the columns the statement already fixes (organization, parent). */
function shapesFor(db: DataSource) {
  return {
    plan: jsonRow(db, GrowthPlan, ['organizationId']),
    signal: jsonRow<SignalRatingRow, InPlan>(db, SignalRatingRow, ['organizationId', 'planId']),
    gap: jsonRow<Gap, InPlan>(db, Gap, ['organizationId', 'planId']),
    activity: jsonRow<Activity, InPlan>(db, Activity, ['organizationId', 'planId']),
    goal: jsonRow<ChangeGoal, InPlan>(db, ChangeGoal, ['organizationId', 'planId']),
    delegation: jsonRow<Delegation, InPlan>(db, Delegation, ['organizationId', 'planId']),
    checkIn: jsonRow(db, CheckIn, ['organizationId', 'delegationId']),
    oneOnOne: jsonRow<OneOnOne, InPlan>(db, OneOnOne, ['organizationId', 'planId']),
    agendaItem: jsonRow<AgendaItem, InOneOnOne>(db, AgendaItem, ['organizationId', 'oneOnOneId']),
    actionItem: jsonRow<ActionItem, InOneOnOne>(db, ActionItem, ['organizationId', 'oneOnOneId']),
    helpRequest: jsonRow<HelpRequest, InPlan>(db, HelpRequest, ['organizationId', 'planId']),
    reflection: jsonRow<Reflection, InPlan>(db, Reflection, ['organizationId', 'planId']),
  };
}

type Shapes = ReturnType<typeof shapesFor>;

const shapesByDataSource = new WeakMap<DataSource, Shapes>();

function shapesOf(db: DataSource): Shapes {
  let shapes = shapesByDataSource.get(db);
  if (!shapes) shapesByDataSource.set(db, (shapes = shapesFor(db)));
  return shapes;
}

/** What one query asks of the plans: the parts to read, and the columns of the lists that need not be whole. */
interface Shaped {
  parts: ReadonlySet<Part>;
  signal: Shapes['signal'];
  /** Null: no field asked for reads a check-in, none is sent. */
  checkIn: Shapes['checkIn'] | null;
  agendaItem: Shapes['agendaItem'];
  actionItem: Shapes['actionItem'];
}

function shape(shapes: Shapes, info: GraphQLResolveInfo, selected: Map<string, FieldNode[]>): Shaped {
  const parts = new Set<Part>();
  for (const field of selected.keys()) for (const part of PARTS_BY_FIELD[field] ?? []) parts.add(part);
  const below = (nodes: FieldNode[] | undefined) => (nodes ? selectedFields(info, nodes).keys() : []);

  const signalFields = [...selected.keys()].filter((field) => PARTS_BY_FIELD[field]?.includes('signals'));
  const signal = sending(shapes.signal, columnsRead(shapes.signal, signalFields, SIGNAL_READS));

  let checkIns: Columns = new Set();
  if (parts.has('delegations')) {
    const delegationFields = selectedFields(info, selected.get('delegations') ?? []);
    // Every field of the plan that reads delegations other than `delegations` itself reads their check-ins whole.
    if ([...selected.keys()].some((field) => field !== 'delegations' && PARTS_BY_FIELD[field]?.includes('delegations'))) checkIns = ALL;
    for (const [field, nodes] of delegationFields) {
      if (field === 'checkIns') checkIns = union(checkIns, columnsRead(shapes.checkIn, below(nodes), CHECK_IN_FIELDS));
      else checkIns = union(checkIns, columnsRead(shapes.checkIn, [field], CHECK_IN_READS, [...DELEGATION_OWN, ...shapes.delegation.columns]));
    }
    if (delegationFields.has('checkIns') && checkIns !== ALL && checkIns.size === 0) checkIns.add('id');
  }
  const checkIn = checkIns === ALL || checkIns.size > 0 ? sending(shapes.checkIn, checkIns) : null;

  let agenda: Columns = new Set(['id']);
  let actionItems: Columns = new Set(['id']);
  for (const [field, nodes] of selectedFields(info, selected.get('nextOneOnOne') ?? [])) {
    if (field === 'agenda') agenda = union(agenda, columnsRead(shapes.agendaItem, below(nodes), AGENDA_FIELDS));
    else if (field === 'actionItems') actionItems = union(actionItems, columnsRead(shapes.actionItem, below(nodes), ACTION_ITEM_FIELDS));
    else if (!ONE_ON_ONE_OWN.includes(field) && !shapes.oneOnOne.columns.includes(field) && field !== '__typename') agenda = actionItems = ALL;
  }
  return { parts, signal, checkIn, agendaItem: sending(shapes.agendaItem, agenda), actionItem: sending(shapes.actionItem, actionItems) };
}

/** The statement's text per shape: built once, then reused (and prepared by PostgreSQL's plan cache alike). */
const statementCache = new WeakMap<Shapes, Map<string, string>>();

/**
 * One row per visible plan, `doc` holding the plan and the requested parts. $1 organization,
 * $2 viewer, $3 everyone below the viewer. The constants of the rules (statuses, the request
 * window) are written into the text: they are the code's own values, never input.
 * Orders are the loaders' orders (see each module's `*.loaders.ts`).
 */
function statement(shapes: Shapes, shaped: Shaped): string {
  const { parts } = shaped;
  const key = [[...parts].sort().join(','), shaped.signal.columns, shaped.checkIn?.columns ?? '-', shaped.agendaItem.columns, shaped.actionItem.columns].join('|');
  let cache = statementCache.get(shapes);
  if (!cache) statementCache.set(shapes, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) return cached;

  const of = (table: string, alias: string, parent: string) => `FROM ${table} ${alias} WHERE ${alias}.organization_id = $1 AND ${alias}.${parent}`;
  const pieces: string[] = [`'plan', ${shapes.plan.sql('p')}`];
  if (parts.has('signals')) pieces.push(`'signals', ${jsonList(shaped.signal.sql('s'), of('signal_rating', 's', 'plan_id = p.id'), 's.signal, s.id')}`);
  if (parts.has('gaps')) pieces.push(`'gaps', ${jsonList(shapes.gap.sql('g'), of('gap', 'g', 'plan_id = p.id'), 'g.created_at, g.id')}`);
  if (parts.has('activities')) pieces.push(`'activities', ${jsonList(shapes.activity.sql('a'), of('activity', 'a', 'plan_id = p.id'), 'a.created_at, a.id')}`);
  if (parts.has('goals')) pieces.push(`'goals', ${jsonList(shapes.goal.sql('cg'), of('change_goal', 'cg', 'plan_id = p.id'), 'cg.created_at, cg.id')}`);
  if (parts.has('delegations')) {
    const checkIns = shaped.checkIn ? jsonList(shaped.checkIn.sql('c'), of('check_in', 'c', 'delegation_id = d.id'), 'c.at, c.id') : 'NULL';
    pieces.push(`'delegations', ${jsonList(`json_build_array(${shapes.delegation.sql('d')}, ${checkIns})`, of('delegation', 'd', 'plan_id = p.id'), 'd.created_at, d.id')}`);
  }
  if (parts.has('nextOneOnOne')) {
    const agenda = jsonList(shaped.agendaItem.sql('ag'), of('agenda_item', 'ag', 'one_on_one_id = o.id'), 'ag.position, ag.created_at, ag.id');
    const actionItems = jsonList(shaped.actionItem.sql('ai'), of('action_item', 'ai', 'one_on_one_id = o.id'), 'ai.created_at, ai.id');
    pieces.push(`'nextOneOnOne', (SELECT json_build_array(${shapes.oneOnOne.sql('o')}, ${agenda}, ${actionItems})
      ${of('one_on_one', 'o', 'plan_id = p.id')} AND o.status = '${OneOnOneStatus.UPCOMING}' ORDER BY o.scheduled_at, o.id LIMIT 1)`);
  }
  if (parts.has('recentRequests')) {
    pieces.push(`'recentRequests', ${jsonList(shapes.helpRequest.sql('h'), `${of('help_request', 'h', 'plan_id = p.id')} AND h.received_at >= now() - make_interval(days => ${Number(REQUEST_WINDOW_DAYS)})`, 'h.received_at, h.id')}`);
  }
  if (parts.has('reflections')) pieces.push(`'reflections', ${jsonList(shapes.reflection.sql('r'), of('reflection', 'r', 'plan_id = p.id'), 'r.quarter, r.id')}`);

  const sql = `SELECT json_build_object(${pieces.join(',\n  ')}) AS doc
FROM growth_plan p
WHERE p.organization_id = $1 AND p.status <> '${PlanStatus.ARCHIVED}' AND (p.owner_id = $2 OR p.manager_id = $2 OR p.owner_id = ANY($3::uuid[]))
ORDER BY p.created_at, p.id`;
  cache.set(key, sql);
  return sql;
}

type Row = unknown[];

interface PlanDoc {
  plan: Row;
  signals?: Row[];
  gaps?: Row[];
  activities?: Row[];
  goals?: Row[];
  /** [delegation, its check-ins (null when none was asked for)] */
  delegations?: [Row, Row[] | null][];
  /** [1:1, its agenda, its action items] */
  nextOneOnOne?: [Row, Row[], Row[]] | null;
  recentRequests?: Row[];
  reflections?: Row[];
}

/**
 * The plans the viewer sees on their home (own, the ones they manage, and everyone's below
 * them; never archived ones), oldest first, with what `info` asks of them already loaded.
 */
export async function loadVisiblePlans(ctx: Context, info: GraphQLResolveInfo, viewer: { organizationId: string; personId: string }): Promise<GrowthPlan[]> {
  const { db } = ctx.app;
  const { loaders } = ctx;
  const selected = selectedFields(info);
  const shapes = shapesOf(db);
  const shaped = shape(shapes, info, selected);

  const below = [...(await loaders.viewerSubtree())];
  const rows: { doc: PlanDoc }[] = await db.query(statement(shapes, shaped), [
    viewer.organizationId,
    viewer.personId,
    below,
  ]);

  // The people the rows name, as far as the rows were sent with them.
  const people = new Set<string>();
  const named = (shape: { columns: readonly string[] }, column: string) => shape.columns.includes(column);
  const checkInAuthors = shaped.checkIn !== null && named(shaped.checkIn, 'authorId');
  const agendaAuthors = named(shaped.agendaItem, 'authorId');
  const actionItemOwners = named(shaped.actionItem, 'ownerId');
  const wantsOwner = selected.has('owner');
  const wantsManager = selected.has('manager');
  const { organizationId } = viewer;
  const plans = rows.map(({ doc }) => {
    const plan = shapes.plan.read(doc.plan, { organizationId });
    const id = plan.id;
    const inPlan = { organizationId, planId: id };
    const readAll = <T, K extends keyof T>(shape: JsonRow<T, K>, list: Row[], known: Pick<T, K>) => list.map((values) => shape.read(values, known));
    loaders.plans.plan.prime(id, plan);
    if (wantsOwner) people.add(plan.ownerId);
    if (wantsManager) people.add(plan.managerId);
    if (doc.signals) loaders.plans.signalsByPlan.prime(id, readAll(shaped.signal, doc.signals, inPlan));
    if (doc.gaps) loaders.plans.gapsByPlan.prime(id, primeEach(loaders.plans.gap, readAll(shapes.gap, doc.gaps, inPlan)));
    if (doc.activities) loaders.plans.activitiesByPlan.prime(id, primeEach(loaders.plans.activity, readAll(shapes.activity, doc.activities, inPlan)));
    if (doc.goals) loaders.plans.goalsByPlan.prime(id, primeEach(loaders.plans.goal, readAll(shapes.goal, doc.goals, inPlan)));
    if (doc.delegations) {
      const delegations = doc.delegations.map(([row, checkIns]) => {
        const delegation = shapes.delegation.read(row, inPlan);
        people.add(delegation.delegateeId).add(delegation.delegatorId);
        if (shaped.checkIn && checkIns) {
          const read = readAll(shaped.checkIn, checkIns, { organizationId, delegationId: delegation.id });
          loaders.delegations.checkInsByDelegation.prime(delegation.id, read);
          if (checkInAuthors) for (const checkIn of read) people.add(checkIn.authorId);
        }
        return delegation;
      });
      loaders.delegations.delegationsByPlan.prime(id, primeEach(loaders.delegations.delegation, delegations));
    }
    if (doc.nextOneOnOne !== undefined) {
      const next = doc.nextOneOnOne && shapes.oneOnOne.read(doc.nextOneOnOne[0], inPlan);
      loaders.oneOnOnes.nextByPlan.prime(id, next);
      if (next && doc.nextOneOnOne) {
        const inOneOnOne = { organizationId, oneOnOneId: next.id };
        loaders.oneOnOnes.oneOnOne.prime(next.id, next);
        const agenda = readAll(shaped.agendaItem, doc.nextOneOnOne[1], inOneOnOne);
        const actionItems = primeEach(loaders.oneOnOnes.actionItem, readAll(shaped.actionItem, doc.nextOneOnOne[2], inOneOnOne));
        loaders.oneOnOnes.contentByOneOnOne.prime(next.id, { agenda, actionItems });
        if (agendaAuthors) for (const item of agenda) people.add(item.authorId);
        if (actionItemOwners) for (const item of actionItems) people.add(item.ownerId);
      }
    }
    if (doc.recentRequests) {
      loaders.delegations.recentRequestsByPlan.prime(id, primeEach(loaders.delegations.helpRequest, readAll(shapes.helpRequest, doc.recentRequests, inPlan)));
    }
    if (doc.reflections) {
      loaders.reflections.reflectionsByPlan.prime(id, primeEach(loaders.reflections.reflection, readAll(shapes.reflection, doc.reflections, inPlan)));
    }
    return plan;
  });

  // The people the rows name (owners, delegatees, action item owners…), in one batch now.
  if (people.size > 0) await loaders.person.loadMany([...people]);
  return plans;
}

function primeEach<T extends { id: string }>(loader: Loader<T | null>, rows: T[]): T[] {
  for (const row of rows) loader.prime(row.id, row);
  return rows;
}
