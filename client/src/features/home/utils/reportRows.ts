import { ReadinessStage, type AntiPattern, type Level } from '@fulcrum/shared';
import type { ManagerHomeQuery } from '../api/gql/graphql';

type HomePlan = ManagerHomeQuery['visiblePlans'][number];
type HomeActionItem = NonNullable<HomePlan['nextOneOnOne']>['actionItems'][number];

export type RiskReason = 'OVERDUE' | 'LOW_CONFIDENCE';

export interface RiskyDelegation {
  id: string;
  activityName: string;
  delegateeName: string;
  reason: RiskReason;
  /** When the missed check-in was due (OVERDUE only). */
  due: string | null;
}

/** One person on the manager's home: a direct report, or someone below one. */
export interface ReportRow {
  personId: string;
  name: string;
  title: string | null;
  /** Null for someone the people tree did not list (only their plan is known). */
  level: Level | null;
  /** The direct report this person is listed under; null for a direct report. */
  parentId: string | null;
  plan: HomePlan | null;
  readiness: string | null;
  shifted: number | null;
  nextOneOnOne: { id: string; scheduledAt: string; openItems: HomeActionItem[] } | null;
  atRisk: RiskyDelegation[];
  antiPatterns: AntiPattern[];
  needsAttention: boolean;
  /** Lower-cased name and title, for the search box. */
  searchText: string;
  /** People below a direct report, in the same sort order as the top level. */
  children: ReportRow[];
}

export interface ManagerHomeModel {
  /** Direct reports, each with the people below them. */
  rows: ReportRow[];
  /** The viewer's own plan, when they have one (managers can be growing too). */
  myPlan: HomePlan | null;
  stats: {
    people: number;
    direct: number;
    plans: number;
    atRisk: number;
    antiPatterns: number;
    needsAttention: number;
  };
}

/** Why a delegation is at risk: an overdue check-in when its due date has passed, else low confidence. */
export function riskReason(d: { nextCheckInDue: string | null }, now: Date): RiskReason {
  return d.nextCheckInDue && Date.parse(d.nextCheckInDue) < now.getTime() ? 'OVERDUE' : 'LOW_CONFIDENCE';
}

function toRow(
  person: { id: string; name: string; title: string | null; level: Level | null },
  parentId: string | null,
  plan: HomePlan | null,
  now: Date,
): ReportRow {
  const atRisk: RiskyDelegation[] = (plan?.delegations ?? [])
    .filter((d) => d.atRisk)
    .map((d) => {
      const reason = riskReason(d, now);
      return {
        id: d.id,
        activityName: d.activityName,
        delegateeName: d.delegatee.name,
        reason,
        due: reason === 'OVERDUE' ? d.nextCheckInDue : null,
      };
    });
  const antiPatterns = (plan?.antiPatterns ?? []).filter((f) => f.detected).map((f) => f.pattern);
  const next = plan?.nextOneOnOne ?? null;
  return {
    personId: person.id,
    name: person.name,
    title: person.title,
    level: person.level,
    parentId,
    plan,
    readiness: plan?.readiness.stage ?? null,
    shifted: plan?.shiftedThisQuarter ?? null,
    nextOneOnOne: next && {
      id: next.id,
      scheduledAt: next.scheduledAt,
      openItems: next.actionItems.filter((a) => !a.done),
    },
    atRisk,
    antiPatterns,
    needsAttention: atRisk.length > 0 || antiPatterns.length > 0,
    searchText: `${person.name} ${person.title ?? ''}`.toLowerCase(),
    children: [],
  };
}

/**
 * The rows of the manager's home from its one query: the direct reports at the top, the people
 * below each one under them, every plan on its owner's row. People without a plan keep a row.
 */
export function buildManagerHome(data: ManagerHomeQuery, viewerId: string, now: Date = new Date()): ManagerHomeModel {
  const plansByOwner = new Map(data.visiblePlans.map((p) => [p.owner.id, p]));
  const placed = new Set<string>([viewerId]);
  const rows = (data.viewer?.person.reports ?? []).map((report) => {
    placed.add(report.id);
    const row = toRow(report, null, plansByOwner.get(report.id) ?? null, now);
    row.children = report.reports.map((below) => {
      placed.add(below.id);
      return toRow(below, report.id, plansByOwner.get(below.id) ?? null, now);
    });
    return row;
  });

  // A plan whose owner the people tree did not list (they moved teams since the tree was read):
  // under its owner's manager when that is a direct report, else at the top.
  const byId = new Map(rows.map((r) => [r.personId, r]));
  for (const plan of data.visiblePlans) {
    if (placed.has(plan.owner.id)) continue;
    const parent = plan.owner.manager ? byId.get(plan.owner.manager.id) : undefined;
    const row = toRow({ ...plan.owner, level: null }, parent?.personId ?? null, plan, now);
    if (parent) parent.children.push(row);
    else rows.push(row);
  }

  const everyone = rows.flatMap((r) => [r, ...r.children]);
  return {
    rows,
    myPlan: plansByOwner.get(viewerId) ?? null,
    stats: {
      people: everyone.length,
      direct: rows.length,
      plans: everyone.filter((r) => r.plan).length,
      atRisk: everyone.reduce((sum, r) => sum + r.atRisk.length, 0),
      antiPatterns: everyone.reduce((sum, r) => sum + r.antiPatterns.length, 0),
      needsAttention: everyone.filter((r) => r.needsAttention).length,
    },
  };
}

export type SortKey = 'name' | 'readiness' | 'shifted' | 'next' | 'atRisk' | 'antiPatterns';
export interface Sort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

/** Readiness from furthest to closest to the step: the sort's ascending order. */
const READINESS_ORDER: Record<string, number> = {
  [ReadinessStage.FOCUS_ON_SENIOR_SCOPE]: 0,
  [ReadinessStage.BUILDING_SIGNALS]: 1,
  [ReadinessStage.READY_FOR_CHANGE]: 2,
};

/** The value a column sorts by; null (no plan, no 1:1, no shift yet) always sorts last. */
function sortValue(row: ReportRow, key: SortKey): number | string | null {
  switch (key) {
    case 'name':
      return row.name;
    case 'readiness':
      return row.readiness === null ? null : (READINESS_ORDER[row.readiness] ?? 3);
    case 'shifted':
      return row.shifted;
    case 'next':
      return row.nextOneOnOne ? Date.parse(row.nextOneOnOne.scheduledAt) : null;
    case 'atRisk':
      return row.plan ? row.atRisk.length : null;
    case 'antiPatterns':
      return row.plan ? row.antiPatterns.length : null;
  }
}

export function compareRows(a: ReportRow, b: ReportRow, sort: Sort): number {
  const va = sortValue(a, sort.key);
  const vb = sortValue(b, sort.key);
  if (va === null || vb === null) {
    if (va !== vb) return va === null ? 1 : -1;
  } else if (va !== vb) {
    const order = typeof va === 'string' && typeof vb === 'string' ? va.localeCompare(vb) : va < vb ? -1 : 1;
    return sort.direction === 'asc' ? order : -order;
  }
  return a.name.localeCompare(b.name);
}

/** Every level sorted the same way; a new array, the rows themselves untouched. */
export function sortRows(rows: readonly ReportRow[], sort: Sort): ReportRow[] {
  return rows
    .map((r) =>
      r.children.length > 1 ? { ...r, children: [...r.children].sort((a, b) => compareRows(a, b, sort)) } : r,
    )
    .sort((a, b) => compareRows(a, b, sort));
}

export type ReadinessFilter = 'ALL' | 'NO_PLAN' | ReadinessStage;

export interface Filter {
  search: string;
  readiness: ReadinessFilter;
  needsAttention: boolean;
}

export const NO_FILTER: Filter = { search: '', readiness: 'ALL', needsAttention: false };

export function isFiltering(filter: Filter): boolean {
  return filter.search.trim() !== '' || filter.readiness !== 'ALL' || filter.needsAttention;
}

export function matches(row: ReportRow, filter: Filter): boolean {
  const search = filter.search.trim().toLowerCase();
  if (search && !row.searchText.includes(search)) return false;
  if (
    filter.readiness === 'NO_PLAN'
      ? row.plan !== null
      : filter.readiness !== 'ALL' && row.readiness !== filter.readiness
  )
    return false;
  return !filter.needsAttention || row.needsAttention;
}

/** A direct report as the table shows it under a filter. */
export interface VisibleRow {
  row: ReportRow;
  /** False when only people below them match: the row is there to show where they sit. */
  matched: boolean;
  /** The people below who match (all of them with no filter). */
  children: ReportRow[];
}

/** The direct reports that match, or have someone below who does, each with the matching people below. */
export function filterRows(rows: readonly ReportRow[], filter: Filter): VisibleRow[] {
  if (!isFiltering(filter)) return rows.map((row) => ({ row, matched: true, children: row.children }));
  const visible: VisibleRow[] = [];
  for (const row of rows) {
    const matched = matches(row, filter);
    const children = row.children.filter((c) => matches(c, filter));
    if (matched || children.length > 0) visible.push({ row, matched, children });
  }
  return visible;
}
