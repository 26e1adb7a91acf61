import { OneOnOneStatus, PlanStatus, REQUEST_WINDOW_DAYS } from '@fulcrum/shared';
import type { GraphQLResolveInfo } from 'graphql';
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

/** The statement's text per set of parts: built once, then reused (and prepared by PostgreSQL's plan cache alike). */
const statementCache = new WeakMap<Shapes, Map<string, string>>();

/**
 * One row per visible plan, `doc` holding the plan and the requested parts. $1 organization,
 * $2 viewer, $3 everyone below the viewer. The constants of the rules (statuses, the request
 * window) are written into the text: they are the code's own values, never input.
 * Orders are the loaders' orders (see each module's `*.loaders.ts`).
 */
function statement(shapes: Shapes, parts: ReadonlySet<Part>): string {
  const key = [...parts].sort().join(',');
  let cache = statementCache.get(shapes);
  if (!cache) statementCache.set(shapes, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) return cached;

  const of = (table: string, alias: string, parent: string) => `FROM ${table} ${alias} WHERE ${alias}.organization_id = $1 AND ${alias}.${parent}`;
  const pieces: string[] = [`'plan', ${shapes.plan.sql('p')}`];
  if (parts.has('signals')) pieces.push(`'signals', ${jsonList(shapes.signal.sql('s'), of('signal_rating', 's', 'plan_id = p.id'), 's.signal, s.id')}`);
  if (parts.has('gaps')) pieces.push(`'gaps', ${jsonList(shapes.gap.sql('g'), of('gap', 'g', 'plan_id = p.id'), 'g.created_at, g.id')}`);
  if (parts.has('activities')) pieces.push(`'activities', ${jsonList(shapes.activity.sql('a'), of('activity', 'a', 'plan_id = p.id'), 'a.created_at, a.id')}`);
  if (parts.has('goals')) pieces.push(`'goals', ${jsonList(shapes.goal.sql('cg'), of('change_goal', 'cg', 'plan_id = p.id'), 'cg.created_at, cg.id')}`);
  if (parts.has('delegations')) {
    const checkIns = jsonList(shapes.checkIn.sql('c'), of('check_in', 'c', 'delegation_id = d.id'), 'c.at, c.id');
    pieces.push(`'delegations', ${jsonList(`json_build_array(${shapes.delegation.sql('d')}, ${checkIns})`, of('delegation', 'd', 'plan_id = p.id'), 'd.created_at, d.id')}`);
  }
  if (parts.has('nextOneOnOne')) {
    const agenda = jsonList(shapes.agendaItem.sql('ag'), of('agenda_item', 'ag', 'one_on_one_id = o.id'), 'ag.position, ag.created_at, ag.id');
    const actionItems = jsonList(shapes.actionItem.sql('ai'), of('action_item', 'ai', 'one_on_one_id = o.id'), 'ai.created_at, ai.id');
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
  /** [delegation, its check-ins] */
  delegations?: [Row, Row[]][];
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
  const parts = new Set<Part>();
  for (const field of selected.keys()) for (const part of PARTS_BY_FIELD[field] ?? []) parts.add(part);

  const shapes = shapesOf(db);
  const below = [...(await loaders.viewerSubtree())];
  const rows: { doc: PlanDoc }[] = await db.query(statement(shapes, parts), [
    viewer.organizationId,
    viewer.personId,
    below,
  ]);

  const people = new Set<string>();
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
    if (doc.signals) loaders.plans.signalsByPlan.prime(id, readAll(shapes.signal, doc.signals, inPlan));
    if (doc.gaps) loaders.plans.gapsByPlan.prime(id, primeEach(loaders.plans.gap, readAll(shapes.gap, doc.gaps, inPlan)));
    if (doc.activities) loaders.plans.activitiesByPlan.prime(id, primeEach(loaders.plans.activity, readAll(shapes.activity, doc.activities, inPlan)));
    if (doc.goals) loaders.plans.goalsByPlan.prime(id, primeEach(loaders.plans.goal, readAll(shapes.goal, doc.goals, inPlan)));
    if (doc.delegations) {
      const delegations = doc.delegations.map(([row, checkIns]) => {
        const delegation = shapes.delegation.read(row, inPlan);
        const read = readAll(shapes.checkIn, checkIns, { organizationId, delegationId: delegation.id });
        loaders.delegations.checkInsByDelegation.prime(delegation.id, read);
        people.add(delegation.delegateeId).add(delegation.delegatorId);
        for (const checkIn of read) people.add(checkIn.authorId);
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
        const agenda = readAll(shapes.agendaItem, doc.nextOneOnOne[1], inOneOnOne);
        const actionItems = primeEach(loaders.oneOnOnes.actionItem, readAll(shapes.actionItem, doc.nextOneOnOne[2], inOneOnOne));
        loaders.oneOnOnes.contentByOneOnOne.prime(next.id, { agenda, actionItems });
        for (const item of agenda) people.add(item.authorId);
        for (const item of actionItems) people.add(item.ownerId);
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
