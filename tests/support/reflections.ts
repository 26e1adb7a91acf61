import type { TestClient } from './client';
import { addMember } from './factories';
import {
  activePlanFor,
  addActivity,
  currentQuarter,
  type ActivityRow,
  type Member,
  type PlanSummary,
  type Team,
} from './plans';

/**
 * Reflection helpers for the reflections-*.test.ts files (PRODUCT.md §2.7, §4): GraphQL
 * documents for every reflection operation and the plan fields built on them, thin wrappers,
 * and quarter arithmetic computed here rather than with the server's own functions.
 */

// ---------------------------------------------------------------- documents

export const POINT_FIELDS = `quarter doingHours multiplyingHours highLeverageHours neutralHours overheadHours gapsClosed delegationsOwned leverageRatio`;
export const REFLECTION_FIELDS = `id version quarter status selfText managerText selfReportedAntiPatterns signedOffBySelf signedOffByManager
  snapshot { ${POINT_FIELDS} }
  nextGap { id title }`;
export const FINDING_FIELDS = `pattern detected selfReported evidence`;

export const START_REFLECTION = `mutation($input: StartReflectionInput!) { startReflection(input: $input) { ${REFLECTION_FIELDS} } }`;
export const UPDATE_REFLECTION = `mutation($input: UpdateReflectionInput!) { updateReflection(input: $input) { ${REFLECTION_FIELDS} } }`;
export const SHARE_REFLECTION = `mutation($id: ID!) { shareReflection(id: $id) { ${REFLECTION_FIELDS} } }`;
export const SIGN_OFF_REFLECTION = `mutation($id: ID!) { signOffReflection(id: $id) { ${REFLECTION_FIELDS} } }`;
export const UPDATE_NARRATIVE = `mutation($input: UpdatePromotionNarrativeInput!) {
  updatePromotionNarrative(input: $input) { id version promotionNarrative promotionNarrativeVersion }
}`;

export const PLAN_REFLECTIONS = `query($id: ID!) { plan(id: $id) { id reflections { ${REFLECTION_FIELDS} } } }`;
export const PLAN_TREND = `query($id: ID!) { plan(id: $id) { id trend { ${POINT_FIELDS} } } }`;
export const PLAN_ANTI_PATTERNS = `query($id: ID!) { plan(id: $id) { id antiPatterns { ${FINDING_FIELDS} } } }`;
export const PLAN_PROMOTION = `query($id: ID!) { plan(id: $id) { id promotionNarrative promotionNarrativeVersion promotionCase } }`;

// ---------------------------------------------------------------- types

export type Pattern =
  | 'ADDITION_NOT_CHANGE'
  | 'PREMIUM_SENIOR'
  | 'SCATTERED_SMALL_WINS'
  | 'OVERWHELMED_BY_REQUESTS'
  | 'MEDIATOR_MIMIC'
  | 'NOT_MY_JOB'
  | 'RUSHING';

export interface PointRow {
  quarter: string;
  doingHours: number;
  multiplyingHours: number;
  highLeverageHours: number;
  neutralHours: number;
  overheadHours: number;
  gapsClosed: number;
  delegationsOwned: number;
  leverageRatio: number | null;
}

export interface ReflectionRow {
  id: string;
  version: number;
  quarter: string;
  status: 'DRAFT' | 'SHARED' | 'SIGNED_OFF';
  selfText: string | null;
  managerText: string | null;
  selfReportedAntiPatterns: Pattern[];
  signedOffBySelf: boolean;
  signedOffByManager: boolean;
  snapshot: PointRow;
  nextGap: { id: string; title: string } | null;
}

export interface FindingRow {
  pattern: Pattern;
  detected: boolean;
  selfReported: boolean;
  evidence: string | null;
}

// ---------------------------------------------------------------- quarters

/** The quarter `delta` quarters from `quarter` (negative goes back), e.g. 2026-Q1 − 1 = 2025-Q4. */
export function shiftQuarter(quarter: string, delta: number): string {
  const [, year, q] = /^(\d{4})-Q([1-4])$/.exec(quarter)!;
  const index = Number(year) * 4 + Number(q) - 1 + delta;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The quarter `delta` quarters from today's (UTC). */
export function quarterFromNow(delta: number): string {
  return shiftQuarter(currentQuarter(), delta);
}

// ---------------------------------------------------------------- wrappers

export async function startReflection(
  by: TestClient,
  planId: string,
  quarter = currentQuarter(),
): Promise<ReflectionRow> {
  return (await by.ok(START_REFLECTION, { input: { planId, quarter } })).startReflection;
}

export async function updateReflection(by: TestClient, input: Record<string, unknown>): Promise<ReflectionRow> {
  return (await by.ok(UPDATE_REFLECTION, { input })).updateReflection;
}

export async function shareReflection(by: TestClient, id: string): Promise<ReflectionRow> {
  return (await by.ok(SHARE_REFLECTION, { id })).shareReflection;
}

export async function signOffReflection(by: TestClient, id: string): Promise<ReflectionRow> {
  return (await by.ok(SIGN_OFF_REFLECTION, { id })).signOffReflection;
}

export async function updateNarrative(by: TestClient, planId: string, version: number, text: string) {
  return (await by.ok(UPDATE_NARRATIVE, { input: { planId, version, text } })).updatePromotionNarrative as {
    id: string;
    version: number;
    promotionNarrative: string;
    promotionNarrativeVersion: number;
  };
}

export async function planReflections(by: TestClient, planId: string): Promise<ReflectionRow[]> {
  return (await by.ok(PLAN_REFLECTIONS, { id: planId })).plan.reflections;
}

export async function planTrend(by: TestClient, planId: string): Promise<PointRow[]> {
  return (await by.ok(PLAN_TREND, { id: planId })).plan.trend;
}

export async function planAntiPatterns(by: TestClient, planId: string): Promise<FindingRow[]> {
  return (await by.ok(PLAN_ANTI_PATTERNS, { id: planId })).plan.antiPatterns;
}

export async function promotionCase(
  by: TestClient,
  planId: string,
): Promise<{
  promotionNarrative: string;
  promotionNarrativeVersion: number;
  promotionCase: string;
}> {
  return (await by.ok(PLAN_PROMOTION, { id: planId })).plan;
}

/** The finding for one pattern (every pattern is always listed). */
export function finding(findings: readonly FindingRow[], pattern: Pattern): FindingRow {
  const found = findings.find((f) => f.pattern === pattern);
  if (!found) throw new Error(`no finding for ${pattern} in ${JSON.stringify(findings)}`);
  return found;
}

/** The rows the database holds for a plan's reflections, to compare before and after a refused write. */
export async function reflectionRows(
  db: { query: (sql: string, params?: unknown[]) => Promise<any[]> },
  planId: string,
) {
  return db.query(`SELECT * FROM reflection WHERE plan_id = $1 ORDER BY quarter`, [planId]);
}

// ---------------------------------------------------------------- fixtures

export interface ReflectionFixture {
  owner: Member;
  plan: PlanSummary;
  /** 14 h, DOING, NEUTRAL. */
  modeling: ActivityRow;
  /** 6 h, DOING, OVERHEAD. */
  adhoc: ActivityRow;
  /** 4 h, MULTIPLYING, HIGH. */
  reviews: ActivityRow;
}

let fixtureCounter = 0;

/**
 * A new report of `team.manager` (so `team.top` is their skip-level and `team.senior` a peer)
 * with an ACTIVE plan and a 24-hour week: 20 h DOING, 4 h MULTIPLYING.
 */
export async function reflectionFixture(team: Team): Promise<ReflectionFixture> {
  const n = ++fixtureCounter;
  const owner = await addMember(team.org, { name: `Reflecting ${n}`, managerId: team.manager.id });
  const plan = await activePlanFor(team, owner);
  const modeling = await addActivity(owner.client, plan.id, {
    name: 'Churn modeling',
    hoursPerWeek: 14,
    mode: 'DOING',
    leverage: 'NEUTRAL',
  });
  const adhoc = await addActivity(owner.client, plan.id, {
    name: 'Ad-hoc requests',
    hoursPerWeek: 6,
    mode: 'DOING',
    leverage: 'OVERHEAD',
  });
  const reviews = await addActivity(owner.client, plan.id, {
    name: 'Reviews',
    hoursPerWeek: 4,
    mode: 'MULTIPLYING',
    leverage: 'HIGH',
  });
  return { owner, plan, modeling, adhoc, reviews };
}
