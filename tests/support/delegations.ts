import type { TestClient } from './client';
import { addMember } from './factories';
import { activePlanFor, addActivity, type ActivityRow, type Member, type PlanSummary, type Team } from './plans';

/**
 * Delegation and help-request helpers for the delegations-*.test.ts and requests-*.test.ts
 * files: GraphQL documents for every operation of §2.5 and §2.6, thin wrappers, and a plan
 * with a week and a junior to hand work to.
 */

// ---------------------------------------------------------------- documents

export const CHECK_IN_FIELDS = `id side author { id name } at confidence coachingHours note`;

/** Everything a delegatee may read of a delegation, plus `activity` and `goal` (null for them). */
export const DELEGATION_FIELDS = `id version stage hoursPerWeek learningObjective activityName handedOverAt
  coachingHoursTotal leverageRatio
  activity { id name hoursPerWeek }
  goal { id title }
  delegator { id name }
  delegatee { id name }
  checkIns { ${CHECK_IN_FIELDS} }`;

export const HELP_REQUEST_FIELDS = `id version requester { id name } requesterName topic receivedAt
  uniqueSkill reusableLesson owningTeamExists guidanceHorizon recommendation decision redirectedTo hoursSpent`;

export const CREATE_DELEGATION = `mutation($input: CreateDelegationInput!) { createDelegation(input: $input) { ${DELEGATION_FIELDS} } }`;
export const ADVANCE_DELEGATION = `mutation($input: AdvanceDelegationInput!) { advanceDelegation(input: $input) { ${DELEGATION_FIELDS} } }`;
export const CHECK_IN = `mutation($input: CheckInInput!) { checkIn(input: $input) { ${CHECK_IN_FIELDS} } }`;
export const DELEGATIONS_TO_ME = `{ delegationsToMe { ${DELEGATION_FIELDS} } }`;
export const PLAN_DELEGATIONS = `query($id: ID!) { plan(id: $id) { id delegations { ${DELEGATION_FIELDS} } } }`;

export const LOG_HELP_REQUEST = `mutation($input: LogHelpRequestInput!) { logHelpRequest(input: $input) { ${HELP_REQUEST_FIELDS} } }`;
export const DECIDE_HELP_REQUEST = `mutation($input: DecideHelpRequestInput!) { decideHelpRequest(input: $input) { ${HELP_REQUEST_FIELDS} } }`;
export const HELP_REQUESTS = `query($id: ID!, $first: Int, $after: String) {
  plan(id: $id) {
    id
    helpRequests(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ${HELP_REQUEST_FIELDS} } }
    }
  }
}`;
export const ANTI_PATTERNS = `query($id: ID!) { plan(id: $id) { id antiPatterns { pattern detected selfReported evidence } } }`;

// ---------------------------------------------------------------- types

export type Stage = 'PLANNED' | 'SHADOWING' | 'PAIRING' | 'REVIEWING' | 'OWNED' | 'RECLAIMED';

export interface CheckInRow {
  id: string;
  side: 'DELEGATOR' | 'DELEGATEE';
  author: { id: string; name: string };
  at: string;
  confidence: number;
  coachingHours: number;
  note: string | null;
}

export interface DelegationRow {
  id: string;
  version: number;
  stage: Stage;
  hoursPerWeek: number;
  learningObjective: string;
  activityName: string;
  handedOverAt: string | null;
  coachingHoursTotal: number;
  leverageRatio: number | null;
  activity: { id: string; name: string; hoursPerWeek: number } | null;
  goal: { id: string; title: string } | null;
  delegator: { id: string; name: string };
  delegatee: { id: string; name: string };
  checkIns: CheckInRow[];
}

// ---------------------------------------------------------------- wrappers

export interface NewDelegation {
  activityId: string;
  delegateeId: string;
  hoursPerWeek: number;
  learningObjective?: string;
  goalId?: string | null;
}

export function delegationInput(planId: string, delegation: NewDelegation): Record<string, unknown> {
  return {
    planId,
    learningObjective: 'Run the pipeline end to end, alerts included.',
    ...delegation,
  };
}

export async function createDelegation(
  by: TestClient,
  planId: string,
  delegation: NewDelegation,
): Promise<DelegationRow> {
  return (await by.ok(CREATE_DELEGATION, { input: delegationInput(planId, delegation) })).createDelegation;
}

export async function advance(
  by: TestClient,
  delegation: { id: string; version: number },
  stage: Stage,
): Promise<DelegationRow> {
  return (
    await by.ok(ADVANCE_DELEGATION, {
      input: { id: delegation.id, version: delegation.version, stage },
    })
  ).advanceDelegation;
}

/** Moves a delegation forward one stage at a time to `stage`, returning it there. */
export async function advanceTo(by: TestClient, delegation: DelegationRow, stage: Stage): Promise<DelegationRow> {
  const path: Stage[] = ['PLANNED', 'SHADOWING', 'PAIRING', 'REVIEWING', 'OWNED'];
  let current = delegation;
  for (const next of path.slice(path.indexOf(current.stage) + 1, path.indexOf(stage) + 1))
    current = await advance(by, current, next);
  return current;
}

export async function checkIn(
  by: TestClient,
  delegationId: string,
  confidence: number,
  coachingHours: number,
  note: string | null = null,
): Promise<CheckInRow> {
  return (await by.ok(CHECK_IN, { input: { delegationId, confidence, coachingHours, note } })).checkIn;
}

export async function planDelegations(by: TestClient, planId: string): Promise<DelegationRow[]> {
  return (await by.ok(PLAN_DELEGATIONS, { id: planId })).plan.delegations;
}

export async function delegationsToMe(by: TestClient): Promise<DelegationRow[]> {
  return (await by.ok(DELEGATIONS_TO_ME)).delegationsToMe;
}

export type TriageAnswers = {
  uniqueSkill: boolean;
  reusableLesson: boolean;
  owningTeamExists: boolean;
  guidanceHorizon: 'ONE_OFF' | 'WEEKS' | 'MONTHS';
};

export const ANSWERS: TriageAnswers = {
  uniqueSkill: true,
  reusableLesson: true,
  owningTeamExists: false,
  guidanceHorizon: 'WEEKS',
};

export function requestInput(planId: string, input: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    planId,
    requesterName: 'Finance team',
    topic: 'Why the dashboard differs from the ledger',
    ...ANSWERS,
    ...input,
  };
}

export async function logRequest(by: TestClient, planId: string, input: Record<string, unknown> = {}): Promise<any> {
  return (await by.ok(LOG_HELP_REQUEST, { input: requestInput(planId, input) })).logHelpRequest;
}

export async function decideRequest(by: TestClient, input: Record<string, unknown>): Promise<any> {
  return (await by.ok(DECIDE_HELP_REQUEST, { input })).decideHelpRequest;
}

// ---------------------------------------------------------------- fixtures

export interface DelegationFixture {
  owner: Member;
  plan: PlanSummary;
  /** 10 h, DOING, NEUTRAL. */
  pipeline: ActivityRow;
  /** 8 h, DOING, OVERHEAD. */
  adhoc: ActivityRow;
  /** 4 h, MULTIPLYING, HIGH. */
  reviews: ActivityRow;
  /** A junior under the same manager, signed in: a stranger to the plan but for their delegations. */
  junior: Member;
}

let fixtureCounter = 0;

/**
 * A new report of `team.manager` (so `team.top` is their skip-level) with an ACTIVE plan and a
 * 22-hour week, and a new junior with an account to hand work to.
 */
export async function delegationFixture(team: Team): Promise<DelegationFixture> {
  const n = ++fixtureCounter;
  const owner = await addMember(team.org, { name: `Owner ${n}`, managerId: team.manager.id });
  const plan = await activePlanFor(team, owner);
  const pipeline = await addActivity(owner.client, plan.id, {
    name: 'Feature pipeline upkeep',
    hoursPerWeek: 10,
    mode: 'DOING',
    leverage: 'NEUTRAL',
  });
  const adhoc = await addActivity(owner.client, plan.id, {
    name: 'Ad-hoc requests',
    hoursPerWeek: 8,
    mode: 'DOING',
    leverage: 'OVERHEAD',
  });
  const reviews = await addActivity(owner.client, plan.id, {
    name: 'Reviews',
    hoursPerWeek: 4,
    mode: 'MULTIPLYING',
    leverage: 'HIGH',
  });
  const junior = await addMember(team.org, {
    name: `Junior ${n}`,
    level: 'JUNIOR',
    managerId: team.manager.id,
  });
  return { owner, plan, pipeline, adhoc, reviews, junior };
}

/** Rows of the database, to compare before and after a refused write. */
export type Db = { query: (sql: string, params?: unknown[]) => Promise<any[]> };

export async function delegationRows(db: Db, planId: string) {
  return {
    delegations: await db.query(`SELECT * FROM delegation WHERE plan_id = $1 ORDER BY id`, [planId]),
    checkIns: await db.query(
      `SELECT c.* FROM check_in c JOIN delegation d ON d.id = c.delegation_id WHERE d.plan_id = $1 ORDER BY c.id`,
      [planId],
    ),
    requests: await db.query(`SELECT * FROM help_request WHERE plan_id = $1 ORDER BY id`, [planId]),
    activities: await db.query(`SELECT * FROM activity WHERE plan_id = $1 ORDER BY id`, [planId]),
    goals: await db.query(`SELECT * FROM change_goal WHERE plan_id = $1 ORDER BY id`, [planId]),
  };
}
