import { type JsonRow } from '../../core/db/json-rows';

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

export type Part =
  | 'signals'
  | 'gaps'
  | 'activities'
  | 'goals'
  | 'delegations'
  | 'nextOneOnOne'
  | 'recentRequests'
  | 'reflections';

/** What each field of GrowthPlan reads (fields not listed read nothing of the plan's rows, or load on their own). */
export const PARTS_BY_FIELD: Readonly<Record<string, readonly Part[]>> = {
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
export const ALL = 'all';
export type Columns = Set<string> | typeof ALL;

export interface RowReads {
  /** Columns sent whatever is read (the id of rows primed by id). */
  always?: readonly string[];
  /** "Type.field" → the columns it reads of the rows (ALL: whole rows). */
  readers: Readonly<Record<string, readonly string[] | typeof ALL>>;
  /** The rows' own GraphQL type and what its non-column fields read. */
  type?: { name: string; fields: Readonly<Record<string, readonly string[]>> };
}

export const SIGNAL_READS: RowReads = {
  readers: {
    'GrowthPlan.readiness': ['signal', 'side', 'rating'],
    'GrowthPlan.signals': ALL,
    'GrowthPlan.promotionCase': ALL,
  },
};
/** What `goalShift` (the week, the anti-patterns) reads of a goal. */
export const GOAL_SHIFT = [
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
export const WHOLE_FOR_TREND = {
  'GrowthPlan.trend': ALL,
  'GrowthPlan.shiftedThisQuarter': ALL,
  'GrowthPlan.promotionCase': ALL,
} as const;
/** A plan's activities: the week's shapes, the goals' start, and whoever reads them as Activity. */
export const ACTIVITY_READS: RowReads = {
  always: ['id'],
  readers: {
    'GrowthPlan.week': ['name', 'hoursPerWeek', 'mode', 'leverage'],
    'ChangeGoal.start': ['name', 'mode', 'leverage'],
    ...WHOLE_FOR_TREND,
  },
  type: { name: 'Activity', fields: {} },
};
/** A plan's change goals: the week and the anti-patterns through `goalShift`, and their own fields. */
export const GOAL_READS: RowReads = {
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
export const REQUEST_READS: RowReads = {
  always: ['id'],
  readers: { 'GrowthPlan.antiPatterns': ['receivedAt', 'hoursSpent'] },
  type: { name: 'HelpRequest', fields: { requester: ['requesterId'] } },
};
/** A plan's reflections: the anti-patterns (the frozen points, what was self-reported), and their own fields. */
export const REFLECTION_READS: RowReads = {
  always: ['id'],
  readers: {
    'GrowthPlan.antiPatterns': ['snapshot', 'selfReportedAntiPatterns'],
    ...WHOLE_FOR_TREND,
  },
  type: { name: 'Reflection', fields: { nextGap: ['nextGapId'] } },
};
/** A plan's delegations: its fields, the policy behind plan, activity and goal (the delegatee), and the rules. */
export const DELEGATION_READS: RowReads = {
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
export const CHECK_IN_READS: RowReads = {
  readers: {
    'Delegation.atRisk': ['at', 'confidence'],
    'Delegation.nextCheckInDue': ['at'],
    'Delegation.coachingHoursTotal': ['coachingHours'],
    'Delegation.leverageRatio': ['coachingHours'],
    ...WHOLE_FOR_TREND,
  },
  type: { name: 'CheckIn', fields: { author: ['authorId'] } },
};
export const AGENDA_READS: RowReads = {
  readers: {},
  type: { name: 'AgendaItem', fields: { author: ['authorId'] } },
};
export const ACTION_ITEM_READS: RowReads = {
  always: ['id'],
  readers: {},
  type: { name: 'ActionItem', fields: { owner: ['ownerId'], carriedFrom: ['carriedFromId'] } },
};

/** The columns of `shape`'s rows the operation reads, or ALL. */
export function columnsRead(
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
export function readsAny(operation: ReadonlySet<string>, { readers, type }: RowReads): boolean {
  return (
    Object.keys(readers).some((reader) => operation.has(reader)) ||
    (!!type && [...operation].some((selected) => selected.startsWith(`${type.name}.`)))
  );
}

export function sending<T, K extends keyof T>(shape: JsonRow<T, K>, columns: Columns): JsonRow<T, K> {
  return columns === ALL ? shape : shape.only(columns);
}
