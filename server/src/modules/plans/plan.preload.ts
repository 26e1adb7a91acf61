import { OneOnOneStatus, PlanStatus, REQUEST_WINDOW_DAYS } from '@fulcrum/shared';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { jsonList, jsonRow, type JsonRow } from '../../db/json-rows';
import type { Loader } from '../../db/loader';
import type { Context } from '../../graphql/context';
import { BELOW_CTE } from '../../graphql/loaders';
import { operationFields, selectedFields } from '../../graphql/selection';
import { CheckIn } from '../delegations/check-in.entity';
import { Delegation } from '../delegations/delegation.entity';
import { HelpRequest } from '../delegations/help-request.entity';
import { ActionItem, AgendaItem, OneOnOne } from '../one-on-ones/one-on-one.entity';
import { Person } from '../people/person.entity';
import { Reflection } from '../reflections/reflection.entity';
import { Activity } from './activity.entity';
import { Gap } from './gap.entity';
import { ChangeGoal } from './goal.entity';
import { GrowthPlan } from './plan.entity';
import { planReadableSql } from './plan.policy';
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

type Part =
  | 'signals'
  | 'gaps'
  | 'activities'
  | 'goals'
  | 'delegations'
  | 'nextOneOnOne'
  | 'recentRequests'
  | 'reflections';

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
 * The columns sent of the lists that make up most of the statement (issue 7: whole rows were
 * 3.4 times the answer). The loaders they are primed into serve the whole request, so the
 * columns are what the whole OPERATION reads of such rows, wherever it reads them: every field
 * selected on the row's own GraphQL type (its column of the same name, or the columns listed
 * for it), and every field listed as a reader of those rows. A field of the row's type that is
 * neither a column nor listed, or a reader listed with ALL, reads the rows whole. The readers
 * listed are every use, in a query's resolvers and rules, of the loaders these rows are primed
 * into (`signalsByPlan`, `activitiesByPlan`, `goalsByPlan`, `delegationsByPlan`,
 * `checkInsByDelegation`, `contentByOneOnOne`, `recentRequestsByPlan`, `reflectionsByPlan`, and
 * the by-id loaders of those rows). Rows sent without a column throw when it is read
 * (`JsonRow.only`): a missing entry fails the preload tests, it does not answer wrongly.
 */
const ALL = 'all';
type Columns = Set<string> | typeof ALL;

interface RowReads {
  /** Columns sent whatever is read (the id of rows primed by id). */
  always?: readonly string[];
  /** "Type.field" → the columns it reads of the rows (ALL: whole rows). */
  readers: Readonly<Record<string, readonly string[] | typeof ALL>>;
  /** The rows' own GraphQL type and what its non-column fields read. */
  type?: { name: string; fields: Readonly<Record<string, readonly string[]>> };
}

const SIGNAL_READS: RowReads = {
  readers: {
    'GrowthPlan.readiness': ['signal', 'side', 'rating'],
    'GrowthPlan.signals': ALL,
    'GrowthPlan.promotionCase': ALL,
  },
};
/** What `goalShift` (the week, the anti-patterns) reads of a goal. */
const GOAL_SHIFT = [
  'status',
  'stopHours',
  'stopActivityId',
  'stopFreedHours',
  'startActivityId',
  'startActivityName',
  'startMode',
  'startLeverage',
  'startHours',
];
const WHOLE_FOR_TREND = {
  'GrowthPlan.trend': ALL,
  'GrowthPlan.shiftedThisQuarter': ALL,
  'GrowthPlan.promotionCase': ALL,
} as const;
/** A plan's activities: the week's shapes, the goals' start, and whoever reads them as Activity. */
const ACTIVITY_READS: RowReads = {
  always: ['id'],
  readers: {
    'GrowthPlan.week': ['name', 'hoursPerWeek', 'mode', 'leverage'],
    'ChangeGoal.start': ['name', 'mode', 'leverage'],
    ...WHOLE_FOR_TREND,
  },
  type: { name: 'Activity', fields: {} },
};
/** A plan's change goals: the week and the anti-patterns through `goalShift`, and their own fields. */
const GOAL_READS: RowReads = {
  always: ['id'],
  readers: {
    'GrowthPlan.week': GOAL_SHIFT,
    'GrowthPlan.antiPatterns': [...GOAL_SHIFT, 'title'],
    ...WHOLE_FOR_TREND,
  },
  type: {
    name: 'ChangeGoal',
    fields: {
      gap: ['gapId'],
      stop: ['stopHours', 'stopActivityId', 'stopActivityName', 'stopMode', 'stopLeverage'],
      start: ['startActivityId', 'startActivityName', 'startMode', 'startLeverage', 'startHours'],
      isAddition: ['stopHours'],
      delegation: [],
    },
  },
};
/** A plan's help requests of the last 4 weeks: the overwhelmed detector, and their own fields. */
const REQUEST_READS: RowReads = {
  always: ['id'],
  readers: { 'GrowthPlan.antiPatterns': ['receivedAt', 'hoursSpent'] },
  type: { name: 'HelpRequest', fields: { requester: ['requesterId'] } },
};
/** A plan's reflections: the anti-patterns (the frozen points, what was self-reported), and their own fields. */
const REFLECTION_READS: RowReads = {
  always: ['id'],
  readers: {
    'GrowthPlan.antiPatterns': ['snapshot', 'selfReportedAntiPatterns'],
    ...WHOLE_FOR_TREND,
  },
  type: { name: 'Reflection', fields: { nextGap: ['nextGapId'] } },
};
/** A plan's delegations: its fields, the policy behind plan, activity and goal (the delegatee), and the rules. */
const DELEGATION_READS: RowReads = {
  always: ['id'],
  readers: { 'ChangeGoal.delegation': ['goalId'], ...WHOLE_FOR_TREND },
  type: {
    name: 'Delegation',
    fields: {
      createdAt: ['createdAt'],
      plan: ['delegateeId'],
      activity: ['activityId', 'delegateeId'],
      goal: ['goalId', 'delegateeId'],
      delegator: ['delegatorId'],
      delegatee: ['delegateeId'],
      checkIns: [],
      atRisk: ['stage', 'createdAt'],
      nextCheckInDue: ['stage', 'createdAt'],
      coachingHoursTotal: [],
      leverageRatio: ['stage', 'hoursPerWeek', 'handedOverAt'],
    },
  },
};
/** The check-ins of a delegation: the rules in shared/ name the same columns in their types. */
const CHECK_IN_READS: RowReads = {
  readers: {
    'Delegation.atRisk': ['at', 'confidence'],
    'Delegation.nextCheckInDue': ['at'],
    'Delegation.coachingHoursTotal': ['coachingHours'],
    'Delegation.leverageRatio': ['coachingHours'],
    ...WHOLE_FOR_TREND,
  },
  type: { name: 'CheckIn', fields: { author: ['authorId'] } },
};
const AGENDA_READS: RowReads = {
  readers: {},
  type: { name: 'AgendaItem', fields: { author: ['authorId'] } },
};
const ACTION_ITEM_READS: RowReads = {
  always: ['id'],
  readers: {},
  type: { name: 'ActionItem', fields: { owner: ['ownerId'], carriedFrom: ['carriedFromId'] } },
};

/** The columns of `shape`'s rows the operation reads, or ALL. */
function columnsRead(
  shape: { columns: readonly string[] },
  operation: ReadonlySet<string>,
  { always = [], readers, type }: RowReads,
): Columns {
  const columns = new Set<string>(always);
  for (const [reader, read] of Object.entries(readers)) {
    if (!operation.has(reader)) continue;
    if (read === ALL) return ALL;
    for (const column of read) columns.add(column);
  }
  if (type) {
    for (const selected of operation) {
      const [on, field] = selected.split('.') as [string, string];
      if (on !== type.name || field === '__typename') continue;
      const read = type.fields[field] ?? (shape.columns.includes(field) ? [field] : undefined);
      if (!read) return ALL;
      for (const column of read) columns.add(column);
    }
  }
  return columns;
}

/** Whether the operation reads any of the rows at all. */
function readsAny(operation: ReadonlySet<string>, { readers, type }: RowReads): boolean {
  return (
    Object.keys(readers).some((reader) => operation.has(reader)) ||
    (!!type && [...operation].some((selected) => selected.startsWith(`${type.name}.`)))
  );
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
    person: jsonRow(db, Person, ['organizationId']),
  };
}

type Shapes = ReturnType<typeof shapesFor>;

const shapesByDataSource = new WeakMap<DataSource, Shapes>();

function shapesOf(db: DataSource): Shapes {
  let shapes = shapesByDataSource.get(db);
  if (!shapes) shapesByDataSource.set(db, (shapes = shapesFor(db)));
  return shapes;
}

/** The lists whose columns follow what the operation reads (the other rows are sent whole). */
const LIST_READS = {
  signal: SIGNAL_READS,
  activity: ACTIVITY_READS,
  goal: GOAL_READS,
  delegation: DELEGATION_READS,
  checkIn: CHECK_IN_READS,
  agendaItem: AGENDA_READS,
  actionItem: ACTION_ITEM_READS,
  helpRequest: REQUEST_READS,
  reflection: REFLECTION_READS,
} satisfies Partial<Record<keyof Shapes, RowReads>>;

/** Where the people the plans' rows name come from (each only when its column is read). */
type PeopleSource =
  | 'owner'
  | 'ownersManager'
  | 'manager'
  | 'delegatee'
  | 'delegator'
  | 'checkInAuthor'
  | 'agendaAuthor'
  | 'actionItemOwner';

/** What one query asks of the plans: the parts to read, each kind of row with the columns sent, whether check-ins are, the people named. */
type Shaped = Shapes & {
  parts: ReadonlySet<Part>;
  checkIns: boolean;
  people: ReadonlySet<PeopleSource>;
};

function shape(shapes: Shapes, info: GraphQLResolveInfo, selected: Map<string, FieldNode[]>): Shaped {
  const parts = new Set<Part>();
  for (const field of selected.keys()) for (const part of PARTS_BY_FIELD[field] ?? []) parts.add(part);
  const operation = operationFields(info);
  const people = new Set<PeopleSource>();
  const shaped: Shaped = {
    ...shapes,
    parts,
    checkIns: readsAny(operation, CHECK_IN_READS),
    people,
  };
  for (const [name, reads] of Object.entries(LIST_READS) as [keyof typeof LIST_READS, RowReads][]) {
    const whole = shapes[name] as JsonRow<object, never>;
    (shaped as Record<keyof typeof LIST_READS, JsonRow<object, never>>)[name] = sending(
      whole,
      columnsRead(whole, operation, reads),
    );
  }
  const sends = (shape: { columns: readonly string[] }, column: string) => shape.columns.includes(column);
  if (selected.has('owner')) people.add('owner');
  if (selected.has('owner') && operation.has('Person.manager')) people.add('ownersManager');
  if (selected.has('manager')) people.add('manager');
  if (parts.has('delegations') && sends(shaped.delegation, 'delegateeId')) people.add('delegatee');
  if (parts.has('delegations') && sends(shaped.delegation, 'delegatorId')) people.add('delegator');
  if (parts.has('delegations') && shaped.checkIns && sends(shaped.checkIn, 'authorId')) people.add('checkInAuthor');
  if (parts.has('nextOneOnOne') && sends(shaped.agendaItem, 'authorId')) people.add('agendaAuthor');
  if (parts.has('nextOneOnOne') && sends(shaped.actionItem, 'ownerId')) people.add('actionItemOwner');
  return shaped;
}

/** The statement's text per shape: built once, then reused (and prepared by PostgreSQL's plan cache alike). */
const statementCache = new WeakMap<Shapes, Map<string, string>>();

/**
 * One row per visible plan, `doc` holding the plan and the requested parts. $1 organization,
 * $2 viewer; `below` is everyone below the viewer (the people policy's subtree, inline), and
 * which plans are visible is the plan policy's own rule (`planReadableSql`). The
 * constants of the rules (statuses, the request window) are written into the text: they are
 * the code's own values, never input.
 * Orders are the loaders' orders (see each module's `*.loaders.ts`).
 */
function statement(shapes: Shapes, shaped: Shaped): string {
  const { parts } = shaped;
  const key = [
    [...parts].sort().join(','),
    [...shaped.people].sort().join(','),
    shaped.checkIns,
    ...Object.keys(LIST_READS).map((name) => shaped[name as keyof typeof LIST_READS].columns),
  ].join('|');
  let cache = statementCache.get(shapes);
  if (!cache) statementCache.set(shapes, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) return cached;

  const of = (table: string, alias: string, parent: string) =>
    `FROM ${table} ${alias} WHERE ${alias}.organization_id = $1 AND ${alias}.${parent}`;
  const pieces: string[] = [`'plan', ${shaped.plan.sql('p')}`];
  if (parts.has('signals'))
    pieces.push(
      `'signals', ${jsonList(shaped.signal.sql('s'), of('signal_rating', 's', 'plan_id = p.id'), 's.signal, s.id')}`,
    );
  if (parts.has('gaps'))
    pieces.push(`'gaps', ${jsonList(shaped.gap.sql('g'), of('gap', 'g', 'plan_id = p.id'), 'g.created_at, g.id')}`);
  if (parts.has('activities'))
    pieces.push(
      `'activities', ${jsonList(shaped.activity.sql('a'), of('activity', 'a', 'plan_id = p.id'), 'a.created_at, a.id')}`,
    );
  if (parts.has('goals'))
    pieces.push(
      `'goals', ${jsonList(shaped.goal.sql('cg'), of('change_goal', 'cg', 'plan_id = p.id'), 'cg.created_at, cg.id')}`,
    );
  if (parts.has('delegations')) {
    const checkIns = shaped.checkIns
      ? jsonList(shaped.checkIn.sql('c'), of('check_in', 'c', 'delegation_id = d.id'), 'c.at, c.id')
      : 'NULL';
    pieces.push(
      `'delegations', ${jsonList(`json_build_array(${shaped.delegation.sql('d')}, ${checkIns})`, of('delegation', 'd', 'plan_id = p.id'), 'd.created_at, d.id')}`,
    );
  }
  if (parts.has('nextOneOnOne')) {
    const agenda = jsonList(
      shaped.agendaItem.sql('ag'),
      of('agenda_item', 'ag', 'one_on_one_id = o.id'),
      'ag.position, ag.created_at, ag.id',
    );
    const actionItems = jsonList(
      shaped.actionItem.sql('ai'),
      of('action_item', 'ai', 'one_on_one_id = o.id'),
      'ai.created_at, ai.id',
    );
    pieces.push(`'nextOneOnOne', (SELECT json_build_array(${shaped.oneOnOne.sql('o')}, ${agenda}, ${actionItems})
      ${of('one_on_one', 'o', 'plan_id = p.id')} AND o.status = '${OneOnOneStatus.UPCOMING}' ORDER BY o.scheduled_at, o.id LIMIT 1)`);
  }
  if (parts.has('recentRequests')) {
    pieces.push(
      `'recentRequests', ${jsonList(shaped.helpRequest.sql('h'), `${of('help_request', 'h', 'plan_id = p.id')} AND h.received_at >= now() - make_interval(days => ${Number(REQUEST_WINDOW_DAYS)})`, 'h.received_at, h.id')}`,
    );
  }
  if (parts.has('reflections'))
    pieces.push(
      `'reflections', ${jsonList(shaped.reflection.sql('r'), of('reflection', 'r', 'plan_id = p.id'), 'r.quarter, r.id')}`,
    );

  // The people the rows name, a superset (every upcoming 1:1's items, not only the next one's):
  // read here, they cost no statement of their own and never race another field's batch.
  const upcoming = `SELECT o.id FROM one_on_one o WHERE o.organization_id = $1 AND o.plan_id IN (SELECT id FROM visible) AND o.status = '${OneOnOneStatus.UPCOMING}'`;
  const ofDelegations = (column: string, from = 'delegation d', where = '') =>
    `SELECT ${column} FROM ${from} WHERE d.organization_id = $1 AND d.plan_id IN (SELECT id FROM visible)${where}`;
  const PEOPLE: Record<PeopleSource, string> = {
    owner: 'SELECT owner_id FROM visible',
    ownersManager:
      'SELECT o.manager_id FROM person o WHERE o.organization_id = $1 AND o.id IN (SELECT owner_id FROM visible)',
    manager: 'SELECT manager_id FROM visible',
    delegatee: ofDelegations('d.delegatee_id'),
    delegator: ofDelegations('d.delegator_id'),
    checkInAuthor: ofDelegations(
      'c.author_id',
      'check_in c JOIN delegation d ON d.id = c.delegation_id',
      ' AND c.organization_id = $1',
    ),
    agendaAuthor: `SELECT author_id FROM agenda_item WHERE organization_id = $1 AND one_on_one_id IN (${upcoming})`,
    actionItemOwner: `SELECT owner_id FROM action_item WHERE organization_id = $1 AND one_on_one_id IN (${upcoming})`,
  };
  const people = [...shaped.people].map((source) => PEOPLE[source]);

  const sql = `WITH RECURSIVE ${BELOW_CTE},
visible AS MATERIALIZED (
  SELECT * FROM growth_plan p
  WHERE p.organization_id = $1 AND p.status <> '${PlanStatus.ARCHIVED}' AND ${planReadableSql('p', '$2')}
)
SELECT doc, person FROM (
  SELECT json_build_object(${pieces.join(',\n  ')})::text AS doc, NULL AS person, 0 AS k, p.created_at AS at, p.id FROM visible p
${
  people.length === 0
    ? ''
    : `  UNION ALL
  SELECT NULL, ${shaped.person.sql('x')}::text, 1, NULL, x.id FROM person x
  WHERE x.organization_id = $1 AND x.id IN (${people.join('\n    UNION ')})
`
}) rows
ORDER BY k, at, id`;
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
 * The plans the viewer sees on their home (own, and the plans of people below them whose
 * manager is the viewer or below them; never archived ones), oldest first, with what `info`
 * asks of them already loaded.
 */
export async function loadVisiblePlans(
  ctx: Context,
  info: GraphQLResolveInfo,
  viewer: { organizationId: string; personId: string },
): Promise<GrowthPlan[]> {
  const { db } = ctx.app;
  const { loaders } = ctx;
  const selected = selectedFields(info);
  const shapes = shapesOf(db);
  const shaped = shape(shapes, info, selected);

  // Each plan's document as text, parsed as it is read: one plan's parsed rows are garbage
  // before the next is parsed, instead of all of them alive at once (less for the GC to copy).
  const rows: { doc: string | null; person: string | null }[] = await db.query(statement(shapes, shaped), [
    viewer.organizationId,
    viewer.personId,
  ]);

  const { organizationId } = viewer;
  const plans: GrowthPlan[] = [];
  for (const row of rows) {
    if (row.person !== null) {
      const person = shaped.person.read(JSON.parse(row.person) as Row, { organizationId });
      loaders.person.prime(person.id, person);
      continue;
    }
    const doc = JSON.parse(row.doc!) as PlanDoc;
    const plan = shaped.plan.read(doc.plan, { organizationId });
    const id = plan.id;
    const inPlan = { organizationId, planId: id };
    const readAll = <T, K extends keyof T>(shape: JsonRow<T, K>, list: Row[], known: Pick<T, K>) =>
      list.map((values) => shape.read(values, known));
    loaders.plans.plan.prime(id, plan);
    if (doc.signals) loaders.plans.signalsByPlan.prime(id, readAll(shaped.signal, doc.signals, inPlan));
    if (doc.gaps)
      loaders.plans.gapsByPlan.prime(id, primeEach(loaders.plans.gap, readAll(shaped.gap, doc.gaps, inPlan)));
    if (doc.activities)
      loaders.plans.activitiesByPlan.prime(
        id,
        primeEach(loaders.plans.activity, readAll(shaped.activity, doc.activities, inPlan)),
      );
    if (doc.goals)
      loaders.plans.goalsByPlan.prime(id, primeEach(loaders.plans.goal, readAll(shaped.goal, doc.goals, inPlan)));
    if (doc.delegations) {
      const delegations = doc.delegations.map(([row, checkIns]) => {
        const delegation = shaped.delegation.read(row, inPlan);
        if (checkIns) {
          const read = readAll(shaped.checkIn, checkIns, {
            organizationId,
            delegationId: delegation.id,
          });
          loaders.delegations.checkInsByDelegation.prime(delegation.id, read);
        }
        return delegation;
      });
      loaders.delegations.delegationsByPlan.prime(id, primeEach(loaders.delegations.delegation, delegations));
    }
    if (doc.nextOneOnOne !== undefined) {
      const next = doc.nextOneOnOne && shaped.oneOnOne.read(doc.nextOneOnOne[0], inPlan);
      loaders.oneOnOnes.nextByPlan.prime(id, next);
      if (next && doc.nextOneOnOne) {
        const inOneOnOne = { organizationId, oneOnOneId: next.id };
        loaders.oneOnOnes.oneOnOne.prime(next.id, next);
        const agenda = readAll(shaped.agendaItem, doc.nextOneOnOne[1], inOneOnOne);
        const actionItems = primeEach(
          loaders.oneOnOnes.actionItem,
          readAll(shaped.actionItem, doc.nextOneOnOne[2], inOneOnOne),
        );
        loaders.oneOnOnes.contentByOneOnOne.prime(next.id, { agenda, actionItems });
      }
    }
    if (doc.recentRequests) {
      loaders.delegations.recentRequestsByPlan.prime(
        id,
        primeEach(loaders.delegations.helpRequest, readAll(shaped.helpRequest, doc.recentRequests, inPlan)),
      );
    }
    if (doc.reflections) {
      loaders.reflections.reflectionsByPlan.prime(
        id,
        primeEach(loaders.reflections.reflection, readAll(shaped.reflection, doc.reflections, inPlan)),
      );
    }
    plans.push(plan);
  }
  return plans;
}

function primeEach<T extends { id: string }>(loader: Loader<T | null>, rows: T[]): T[] {
  for (const row of rows) loader.prime(row.id, row);
  return rows;
}
