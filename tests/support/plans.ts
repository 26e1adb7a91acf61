import { expect } from 'vitest';
import { errorCode, type GraphQLResponse, type TestClient } from './client';
import { addMember, addPerson, createOrg, type Org } from './factories';

/**
 * Growth-plan helpers for the plans-*.test.ts files: a team shaped like the access table of
 * PRODUCT.md §1, GraphQL documents for every plan operation, and thin wrappers around them.
 */

export interface Member {
  id: string;
  client: TestClient;
}

/**
 * One organization with every row of the access table:
 *
 *   admin (ADMIN, no reports: in nobody's chain)
 *   top (skip-level, MANAGER track, no manager)
 *   └── manager (MANAGER track)
 *       ├── senior   (the plan owner in most tests)
 *       └── peer     (another senior under the same manager)
 *
 * plus `outsider`, the admin of another organization, and `foreigner`, a person of that
 * other organization with an account and a manager (a possible plan owner over there).
 */
export interface Team {
  org: Org;
  admin: TestClient;
  top: Member;
  manager: Member;
  senior: Member;
  peer: Member;
  outsider: TestClient;
  outsiderOrg: Org;
  foreigner: Member;
}

export async function orgWithTeam(baseUrl: string, name = 'Team'): Promise<Team> {
  const org = await createOrg(baseUrl, name);
  const top = await addMember(org, {
    name: `${name} Top`,
    title: 'Director',
    level: 'PRINCIPAL',
    track: 'MANAGER',
    managerId: null,
  });
  const manager = await addMember(org, {
    name: `${name} Manager`,
    title: 'Manager',
    level: 'STAFF',
    track: 'MANAGER',
    managerId: top.id,
  });
  const senior = await addMember(org, {
    name: `${name} Senior`,
    level: 'SENIOR',
    managerId: manager.id,
  });
  const peer = await addMember(org, {
    name: `${name} Peer`,
    level: 'SENIOR',
    managerId: manager.id,
  });
  const outsiderOrg = await createOrg(baseUrl, `${name} Elsewhere`);
  const foreigner = await addMember(outsiderOrg, {
    name: `${name} Foreigner`,
    level: 'SENIOR',
    managerId: outsiderOrg.adminPersonId,
  });
  return {
    org,
    admin: org.admin,
    top,
    manager,
    senior,
    peer,
    outsider: outsiderOrg.admin,
    outsiderOrg,
    foreigner,
  };
}

/** A person without an account, placed by the admin (for plans nobody signs in to). */
export async function addReport(org: Org, managerId: string, name?: string): Promise<string> {
  return (await addPerson(org.admin, { name, managerId })).id;
}

// ---------------------------------------------------------------- documents

export const ACTIVITY_FIELDS = `id version name hoursPerWeek mode leverage`;
export const GAP_FIELDS = `id version kind title description status openedQuarter closedQuarter evidence`;
export const SHIFT_FIELDS = `activity { ${ACTIVITY_FIELDS} } newActivityName mode leverage hoursPerWeek`;
export const GOAL_FIELDS = `id version title lever status successMeasure targetQuarter isAddition gap { id title } stop { ${SHIFT_FIELDS} } start { ${SHIFT_FIELDS} }`;
export const SIGNAL_FIELDS = `signal kind selfRating selfEvidence managerRating managerEvidence agree`;
export const SHAPE_FIELDS = `totalHours byMode { key hours } byLeverage { key hours }`;
export const WEEK_FIELDS = `budgetHours activities { ${ACTIVITY_FIELDS} } current { ${SHAPE_FIELDS} } projected { ${SHAPE_FIELDS} } freeHours`;
export const PLAN_FIELDS = `id version status currentLevel targetLevel targetArchetype weeklyHours createdAt owner { id name } manager { id name }`;
export const FULL_PLAN_FIELDS = `${PLAN_FIELDS}
  signals { ${SIGNAL_FIELDS} }
  readiness { stage reasons }
  gaps { ${GAP_FIELDS} }
  week { ${WEEK_FIELDS} }
  goals { ${GOAL_FIELDS} }
  antiPatterns { pattern detected selfReported evidence }`;

export const PLAN = `query($id: ID!) { plan(id: $id) { ${FULL_PLAN_FIELDS} } }`;
export const VISIBLE_PLANS = `{ visiblePlans { ${PLAN_FIELDS} } }`;
export const ACTIVE_PLAN = `query($id: ID!) { person(id: $id) { id activePlan { id status } } }`;

export const START_PLAN = `mutation($input: StartPlanInput!) { startPlan(input: $input) { ${PLAN_FIELDS} } }`;
export const UPDATE_PLAN = `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { ${PLAN_FIELDS} } }`;
export const RATE_SIGNAL = `mutation($input: RateSignalInput!) { rateSignal(input: $input) { ${SIGNAL_FIELDS} } }`;
export const ADD_GAP = `mutation($input: AddGapInput!) { addGap(input: $input) { ${GAP_FIELDS} } }`;
export const UPDATE_GAP = `mutation($input: UpdateGapInput!) { updateGap(input: $input) { ${GAP_FIELDS} } }`;
export const ADD_ACTIVITY = `mutation($input: AddActivityInput!) { addActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
export const UPDATE_ACTIVITY = `mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
export const REMOVE_ACTIVITY = `mutation($id: ID!) { removeActivity(id: $id) }`;
export const ADD_GOAL = `mutation($input: AddGoalInput!) { addGoal(input: $input) { ${GOAL_FIELDS} } }`;
export const UPDATE_GOAL = `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { ${GOAL_FIELDS} } }`;

// ---------------------------------------------------------------- wrappers

export interface PlanSummary {
  id: string;
  version: number;
  status: string;
  currentLevel: string;
  targetLevel: string;
  targetArchetype: string | null;
  weeklyHours: number;
  owner: { id: string; name: string };
  manager: { id: string; name: string };
}

export interface ActivityRow {
  id: string;
  version: number;
  name: string;
  hoursPerWeek: number;
  mode: 'DOING' | 'MULTIPLYING';
  leverage: 'HIGH' | 'NEUTRAL' | 'OVERHEAD';
}

export async function startPlan(
  by: TestClient,
  ownerId: string,
  extra: Record<string, unknown> = {},
): Promise<PlanSummary> {
  return (await by.ok(START_PLAN, { input: { ownerId, ...extra } })).startPlan;
}

export async function updatePlan(by: TestClient, input: Record<string, unknown>): Promise<PlanSummary> {
  return (await by.ok(UPDATE_PLAN, { input })).updatePlan;
}

export async function getPlan(by: TestClient, id: string): Promise<any> {
  return (await by.ok(PLAN, { id })).plan;
}

export async function rateSignal(
  by: TestClient,
  planId: string,
  signal: string,
  rating: string,
  evidence?: string | null,
): Promise<any> {
  return (await by.ok(RATE_SIGNAL, { input: { planId, signal, rating, evidence } })).rateSignal;
}

export async function addGap(by: TestClient, planId: string, input: Record<string, unknown> = {}): Promise<any> {
  return (
    await by.ok(ADD_GAP, {
      input: { planId, kind: 'AUTONOMY', title: 'Stakeholder readouts', ...input },
    })
  ).addGap;
}

export async function updateGap(by: TestClient, input: Record<string, unknown>): Promise<any> {
  return (await by.ok(UPDATE_GAP, { input })).updateGap;
}

export interface NewActivity {
  name?: string;
  hoursPerWeek: number;
  mode?: 'DOING' | 'MULTIPLYING';
  leverage?: 'HIGH' | 'NEUTRAL' | 'OVERHEAD';
}

let activityCounter = 0;

export function activityInput(planId: string, activity: NewActivity): Record<string, unknown> {
  return {
    planId,
    name: activity.name ?? `Activity ${++activityCounter}`,
    hoursPerWeek: activity.hoursPerWeek,
    mode: activity.mode ?? 'DOING',
    leverage: activity.leverage ?? 'NEUTRAL',
  };
}

export async function addActivity(by: TestClient, planId: string, activity: NewActivity): Promise<ActivityRow> {
  return (await by.ok(ADD_ACTIVITY, { input: activityInput(planId, activity) })).addActivity;
}

export async function updateActivity(by: TestClient, input: Record<string, unknown>): Promise<ActivityRow> {
  return (await by.ok(UPDATE_ACTIVITY, { input })).updateActivity;
}

export async function addGoal(by: TestClient, planId: string, input: Record<string, unknown>): Promise<any> {
  return (
    await by.ok(ADD_GOAL, {
      input: { planId, title: 'A change goal', lever: 'BUILD_TOOLS_AND_ASSETS', ...input },
    })
  ).addGoal;
}

export async function updateGoal(by: TestClient, input: Record<string, unknown>): Promise<any> {
  return (await by.ok(UPDATE_GOAL, { input })).updateGoal;
}

/** The senior's plan started by the manager and made ACTIVE. */
export async function activePlanFor(
  team: Team,
  owner: Member = team.senior,
  by: TestClient = team.manager.client,
): Promise<PlanSummary> {
  const plan = await startPlan(by, owner.id);
  return updatePlan(by, { id: plan.id, version: plan.version, status: 'ACTIVE' });
}

// ---------------------------------------------------------------- assertions

/** Asserts the error code (and the field at fault for BAD_USER_INPUT); returns the first error. */
export function expectError(result: GraphQLResponse, code: string, field?: string) {
  expect(errorCode(result), JSON.stringify(result.errors ?? result.data)).toBe(code);
  const error = result.errors![0];
  if (field !== undefined) {
    expect(
      error.extensions?.fields?.map((f: { field: string }) => f.field),
      error.message,
    ).toContain(field);
  }
  return error;
}

/** The quarter of today, computed here (UTC) rather than with the server's own function. */
export function currentQuarter(now = new Date()): string {
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

export function hoursBy(shape: {
  byMode: { key: string; hours: number }[];
  byLeverage: { key: string; hours: number }[];
}) {
  return Object.fromEntries([...shape.byMode, ...shape.byLeverage].map((h) => [h.key, h.hours]));
}

/** Everything stored for one plan, to compare before and after a refused write. */
export async function planRows(db: { query: (sql: string, params?: unknown[]) => Promise<any[]> }, planId: string) {
  const q = (table: string, order: string) =>
    db.query(`SELECT * FROM ${table} WHERE ${table === 'growth_plan' ? 'id' : 'plan_id'} = $1 ORDER BY ${order}`, [
      planId,
    ]);
  return {
    plan: await q('growth_plan', 'id'),
    signals: await q('signal_rating', 'signal, side'),
    gaps: await q('gap', 'id'),
    activities: await q('activity', 'id'),
    goals: await q('change_goal', 'id'),
  };
}
