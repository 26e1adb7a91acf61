import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../server/src/identity/accounts/password';
import { TestClient, type GraphQLResponse } from './client';
import { addMember, createOrg, inviteAndAccept, PASSWORD, type Org } from './factories';
import { currentQuarter } from './plans';
import { shiftQuarter } from './reflections';
import type { TestServer } from './server';

/**
 * The three home screens (issue 7) for the home-*.test.ts files: the client's own document,
 * run by operation name, and an organization seeded in bulk, shaped like a real one, with what
 * each home screen must answer about it worked out here from the rows as they are written.
 */

// ---------------------------------------------------------------- the client's document

/** Where the client keeps the three home queries; read at test time, never copied. */
export const HOME_DOCUMENT_PATH = path.resolve(__dirname, '../../client/src/features/home/api/home.graphql');

export type HomeOperation = 'ManagerHome' | 'ReportHome' | 'JuniorHome';

let document: string | undefined;
export function homeDocument(): string {
  document ??= fs.readFileSync(HOME_DOCUMENT_PATH, 'utf8');
  return document;
}

/** Runs one operation of the home document as `client`, with the raw body (to search it for leaks). */
export async function runHome(
  client: TestClient,
  operationName: HomeOperation,
): Promise<GraphQLResponse & { body: string }> {
  const response = await client.post(JSON.stringify({ query: homeDocument(), operationName }));
  const body = await response.text();
  return { ...(JSON.parse(body) as GraphQLResponse), status: response.status, body };
}

/** Runs one operation that must succeed and returns its data. */
export async function home(client: TestClient, operationName: HomeOperation): Promise<any> {
  const result = await runHome(client, operationName);
  if (result.errors?.length) throw new Error(`${operationName}: GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export interface Measured {
  data: any;
  /** The statements of the run that took the fewest. */
  fewest: string[];
  /** Statements per run, in order. */
  counts: number[];
}

/**
 * Runs an operation `runs` times and keeps the run with the fewest statements. Independent
 * branches of one query finish in either order, so now and then a loader batch splits in two
 * (the known ±1): the fewest is the count when the batches line up. A cost per row shows in it.
 */
export async function measureHome(
  server: TestServer,
  client: TestClient,
  operationName: HomeOperation,
  runs = 3,
): Promise<Measured> {
  const measured: { data: any; statements: string[] }[] = [];
  for (let i = 0; i < runs; i++) {
    server.statements.length = 0;
    const data = await home(client, operationName);
    measured.push({ data, statements: [...server.statements] });
  }
  const fewest = measured.reduce((best, run) =>
    run.statements.length < best.statements.length ? run : best,
  ).statements;
  return { data: measured[0].data, fewest, counts: measured.map((run) => run.statements.length) };
}

// ---------------------------------------------------------------- what the seed holds

export type Readiness = 'READY_FOR_CHANGE' | 'FOCUS_ON_SENIOR_SCOPE' | 'BUILDING_SIGNALS';
export type ModeHours = { key: 'DOING' | 'MULTIPLYING'; hours: number }[];

export interface PersonFact {
  id: string;
  name: string;
  title: string;
  level: string;
  managerId: string;
  email: string;
  /** Most people have signed up (password `PASSWORD`); some were never invited. */
  hasAccount: boolean;
}

export interface CheckInFact {
  id: string;
  side: 'DELEGATOR' | 'DELEGATEE';
  at: Date;
  confidence: number;
  note: string;
}

export interface DelegationFact {
  id: string;
  planId: string;
  activityName: string;
  stage: string;
  hoursPerWeek: number;
  learningObjective: string;
  createdAt: Date;
  handedOverAt: Date | null;
  delegator: PersonFact;
  delegatee: PersonFact;
  checkIns: CheckInFact[];
  /** §3: not final, and the last check-in's confidence ≤ 2 or nobody checked in for 14 days. */
  atRisk: boolean;
  /** 14 days after the last check-in; null once OWNED or RECLAIMED. */
  nextCheckInDue: Date | null;
}

export interface ActionItemFact {
  id: string;
  text: string;
  done: boolean;
  dueOn: string | null;
  owner: PersonFact;
}

export interface GoalFact {
  title: string;
  status: string;
  stop: { activityName: string; hoursPerWeek: number } | null;
  start: { activityName: string; hoursPerWeek: number };
}

export interface RequestFact {
  id: string;
  topic: string;
  requesterName: string;
  receivedAt: Date;
  recommendation: string;
  decision: string | null;
  hoursSpent: number;
}

export interface PlanFact {
  id: string;
  /** The plan's index in the organization (its creation order). */
  k: number;
  team: number;
  rich: boolean;
  owner: PersonFact;
  manager: PersonFact;
  readiness: Readiness;
  targetArchetype: string | null;
  budgetHours: number;
  current: ModeHours;
  projected: ModeHours;
  shiftedThisQuarter: number | null;
  goals: GoalFact[];
  nextOneOnOne: { id: string; scheduledAt: Date; actionItems: ActionItemFact[] };
  delegations: DelegationFact[];
  /** Newest first, the order of `helpRequests`. */
  requests: RequestFact[];
  /** Anti-patterns the data shows. */
  detected: string[];
  /** An older ARCHIVED plan of the same owner, if any: never on a home screen. */
  archivedId: string | null;
}

export interface TeamFact {
  lead: PersonFact;
  /** In name order, as `reports` lists them. */
  members: PersonFact[];
}

export interface HomeOrg {
  org: Org;
  manager: TestClient;
  managerId: string;
  /** The manager's teams, in name order of their leads. */
  teams: TeamFact[];
  /** Everyone below the manager. */
  below: number;
  /** Plans below the manager, in creation order (the order of `visiblePlans`). */
  plans: PlanFact[];
  /** Plans of a team beside the manager's: the manager must not see them. */
  otherPlans: PlanFact[];
  /** The junior of team 0 who takes the first delegation of `focusDelegations` plans. */
  focusJunior: PersonFact;
  /** Every delegation by delegatee id, in `delegationsToMe` order. */
  delegationsTo: Map<string, DelegationFact[]>;
  /** Text that starts every private 1:1 note of this organization. */
  privateNoteMarker: string;
  /** Rows written, per table. */
  rows: Record<string, number>;
  /** Signs a seeded person in (with their password, or invited first when they have no account). */
  signIn(personId: string): Promise<TestClient>;
}

export interface HomeOrgOptions {
  name: string;
  /** Team leads under the manager. */
  leads: number;
  /** People under each lead; the first `plansPerTeam` are seniors with an ACTIVE plan, the others juniors and mids. */
  reportsPerLead: number;
  plansPerTeam: number;
  /** How many plans of team 0 hand their first delegation to the focus junior. */
  focusDelegations: number;
  /** How many plans of team 0 (the first ones) have many goals, requests, delegations and action items. */
  richPlans?: number;
  /** A team beside the manager's (its manager under the admin), with plans the manager must not see. */
  otherTeam?: { reports: number; plans: number };
}

// ---------------------------------------------------------------- seeding

const DAY_MS = 86_400_000;
const ARCHETYPES = ['TECH_LEAD', 'SOLVER', 'ARCHITECT', 'RIGHT_HAND'];
const SIGNALS = [
  'REPLACEMENT_GAP',
  'ROTATION_DOUBT',
  'INCONSISTENCY',
  'DIMINISHING_RETURNS',
  'FEEDBACK_DRIES_UP',
  'ROLE_MODEL',
  'CROSS_SPECIALTY_CONTACT',
];
const REQUESTERS = ['Finance team', 'Pricing PM', 'Marketing analytics', 'Support operations', 'Sales leadership'];
const HORIZONS = ['ONE_OFF', 'WEEKS', 'MONTHS'];
const NOTES = [
  'Shadowed the weekly run.',
  'Paired on the tricky part; they drove.',
  'Ran it alone, review took 20 minutes.',
  'Stuck on the schema change.',
];

/** Manager-side and self-side ratings per readiness the plan is meant to show (§2.1). */
const RATINGS: Record<Readiness, { manager: Record<string, string>; self: Record<string, string> }> = {
  // No blocker clear, two change signals clear; the report rates ROLE_MODEL lower (a disagreement).
  READY_FOR_CHANGE: {
    manager: { DIMINISHING_RETURNS: 'CLEAR', ROLE_MODEL: 'CLEAR', FEEDBACK_DRIES_UP: 'EMERGING' },
    self: { DIMINISHING_RETURNS: 'CLEAR', ROLE_MODEL: 'EMERGING', FEEDBACK_DRIES_UP: 'EMERGING' },
  },
  // A clear blocker wins over clear change signals.
  FOCUS_ON_SENIOR_SCOPE: {
    manager: { INCONSISTENCY: 'CLEAR', DIMINISHING_RETURNS: 'CLEAR', ROLE_MODEL: 'CLEAR' },
    self: { INCONSISTENCY: 'EMERGING', DIMINISHING_RETURNS: 'CLEAR', ROLE_MODEL: 'CLEAR' },
  },
  // One change signal clear only.
  BUILDING_SIGNALS: {
    manager: { CROSS_SPECIALTY_CONTACT: 'CLEAR', ROLE_MODEL: 'EMERGING' },
    self: { CROSS_SPECIALTY_CONTACT: 'CLEAR', ROLE_MODEL: 'EMERGING' },
  },
};
const READINESS_CYCLE: Readiness[] = [
  'READY_FOR_CHANGE',
  'FOCUS_ON_SENIOR_SCOPE',
  'BUILDING_SIGNALS',
  'BUILDING_SIGNALS',
];

type Row = Record<string, unknown>;

/** Column types of every table seeded, for `INSERT … SELECT * FROM unnest(…)`. */
const COLUMNS: Record<string, Record<string, string>> = {
  person: {
    id: 'uuid',
    organization_id: 'uuid',
    name: 'text',
    email: 'text',
    title: 'text',
    level: 'text',
    track: 'text',
    specialty: 'text',
    manager_id: 'uuid',
  },
  account: {
    id: 'uuid',
    organization_id: 'uuid',
    person_id: 'uuid',
    email: 'text',
    password_hash: 'text',
    role: 'text',
  },
  session: {
    id: 'uuid',
    organization_id: 'uuid',
    account_id: 'uuid',
    token_hash: 'text',
    expires_at: 'timestamptz',
    created_at: 'timestamptz',
  },
  growth_plan: {
    id: 'uuid',
    organization_id: 'uuid',
    owner_id: 'uuid',
    manager_id: 'uuid',
    status: 'text',
    current_level: 'text',
    target_level: 'text',
    target_archetype: 'text',
    weekly_hours: 'numeric',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  signal_rating: {
    id: 'uuid',
    organization_id: 'uuid',
    plan_id: 'uuid',
    signal: 'text',
    side: 'text',
    rating: 'text',
    evidence: 'text',
    rated_by_id: 'uuid',
  },
  gap: {
    id: 'uuid',
    organization_id: 'uuid',
    plan_id: 'uuid',
    kind: 'text',
    title: 'text',
    status: 'text',
    opened_quarter: 'text',
    created_at: 'timestamptz',
  },
  activity: {
    id: 'uuid',
    organization_id: 'uuid',
    plan_id: 'uuid',
    name: 'text',
    hours_per_week: 'numeric',
    mode: 'text',
    leverage: 'text',
    created_at: 'timestamptz',
  },
  change_goal: {
    id: 'uuid',
    organization_id: 'uuid',
    plan_id: 'uuid',
    title: 'text',
    lever: 'text',
    status: 'text',
    gap_id: 'uuid',
    stop_activity_id: 'uuid',
    stop_activity_name: 'text',
    stop_mode: 'text',
    stop_leverage: 'text',
    stop_hours: 'numeric',
    start_activity_id: 'uuid',
    start_activity_name: 'text',
    start_mode: 'text',
    start_leverage: 'text',
    start_hours: 'numeric',
    created_at: 'timestamptz',
  },
  delegation: {
    id: 'uuid',
    organization_id: 'uuid',
    plan_id: 'uuid',
    activity_id: 'uuid',
    activity_name: 'text',
    delegator_id: 'uuid',
    delegatee_id: 'uuid',
    hours_per_week: 'numeric',
    learning_objective: 'text',
    goal_id: 'uuid',
    stage: 'text',
    handed_over_at: 'timestamptz',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  check_in: {
    id: 'uuid',
    organization_id: 'uuid',
    delegation_id: 'uuid',
    side: 'text',
    author_id: 'uuid',
    at: 'timestamptz',
    confidence: 'integer',
    coaching_hours: 'numeric',
    note: 'text',
  },
  help_request: {
    id: 'uuid',
    organization_id: 'uuid',
    plan_id: 'uuid',
    requester_id: 'uuid',
    requester_name: 'text',
    topic: 'text',
    received_at: 'timestamptz',
    unique_skill: 'boolean',
    reusable_lesson: 'boolean',
    owning_team_exists: 'boolean',
    guidance_horizon: 'text',
    decision: 'text',
    redirected_to: 'text',
    hours_spent: 'numeric',
  },
  one_on_one: {
    id: 'uuid',
    organization_id: 'uuid',
    plan_id: 'uuid',
    scheduled_at: 'timestamptz',
    status: 'text',
    shared_notes: 'text',
    completed_at: 'timestamptz',
    created_at: 'timestamptz',
  },
  agenda_item: {
    id: 'uuid',
    organization_id: 'uuid',
    one_on_one_id: 'uuid',
    text: 'text',
    author_id: 'uuid',
    position: 'integer',
    link_kind: 'text',
    link_id: 'text',
    discussed: 'boolean',
    proposed: 'boolean',
    created_at: 'timestamptz',
  },
  private_note: {
    id: 'uuid',
    organization_id: 'uuid',
    one_on_one_id: 'uuid',
    author_id: 'uuid',
    text: 'text',
  },
  action_item: {
    id: 'uuid',
    organization_id: 'uuid',
    one_on_one_id: 'uuid',
    text: 'text',
    owner_id: 'uuid',
    due_on: 'date',
    done: 'boolean',
    carried_from_id: 'uuid',
    created_at: 'timestamptz',
  },
  reflection: {
    id: 'uuid',
    organization_id: 'uuid',
    plan_id: 'uuid',
    quarter: 'text',
    status: 'text',
    snapshot: 'jsonb',
    self_text: 'text',
    manager_text: 'text',
    signed_off_by_self: 'boolean',
    signed_off_by_manager: 'boolean',
  },
};

/** One INSERT per table: one array parameter per column, unnested side by side. */
async function insertAll(em: EntityManager, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = COLUMNS[table];
  const names = Object.keys(columns);
  const params = names.map((name) =>
    rows.map((row) => {
      const value = row[name];
      return value === undefined ? null : columns[name] === 'jsonb' && value !== null ? JSON.stringify(value) : value;
    }),
  );
  const arrays = names.map((name, i) => `$${i + 1}::${columns[name]}[]`).join(', ');
  await em.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${arrays})`, params);
}

/** One real argon2id hash of `PASSWORD` for every seeded account (hashing is slow on purpose). */
let passwordHash: Promise<string> | undefined;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoDate = (at: Date) => at.toISOString().slice(0, 10);
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** §2.6, written out here: the recommendation from the four answers. */
function recommendationOf(r: {
  uniqueSkill: boolean;
  reusableLesson: boolean;
  owningTeamExists: boolean;
  horizon: string;
}): string {
  if (r.owningTeamExists && !r.uniqueSkill) return 'REDIRECT';
  if (r.reusableLesson) return 'TEACH';
  if (r.uniqueSkill && r.horizon !== 'ONE_OFF') return 'HELP';
  return 'REDIRECT';
}

/**
 * An organization signed up through the API, its manager added and signed in through the API,
 * and below the manager, inserted in SQL in one transaction: `leads` team leads with
 * `reportsPerLead` people each, most of them with an account (password `PASSWORD`) and a session,
 * as people who use the product have. Each team's first `plansPerTeam` people are seniors with an
 * ACTIVE plan led by their lead: both sides' ratings of all seven signals, two gaps, a full week
 * (40 h, or 38 h where a goal only adds work), two or three change goals, one to three
 * delegations to the team's juniors with four check-ins each (some at risk: low confidence,
 * silent for 14 days, or both), three 1:1s (two done, one upcoming) with agenda items, private
 * notes of both sides and action items carried over, help requests (one plan in 25 overwhelmed),
 * past signed-off reflections with snapshots for a third of the plans (a third of those with
 * the PREMIUM_SENIOR pattern), and an older ARCHIVED plan for one owner in ten.
 */
export async function seedHomeOrg(server: TestServer, options: HomeOrgOptions): Promise<HomeOrg> {
  const org = await createOrg(server.url, options.name);
  const managerName = `${options.name} Manager`;
  const manager = await addMember(org, {
    name: managerName,
    title: 'Head of Data Science',
    level: 'STAFF',
    track: 'MANAGER',
    managerId: org.adminPersonId,
  });
  const organizationId = org.organizationId;
  const slug = `${options.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID().slice(0, 6)}`;
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const quarter = currentQuarter(now);
  const marker = `PRIVATE-${randomUUID().slice(0, 8)}`;
  // Distinct creation times keep every "oldest first" order free of ties.
  let tick = 0;
  const createdAt = (base: Date) => new Date(base.getTime() + tick++ * 1000);

  const rows: Record<string, Row[]> = Object.fromEntries(Object.keys(COLUMNS).map((table) => [table, []]));
  const base = { organization_id: organizationId };
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  let personCount = 0;
  const person = (fields: {
    name: string;
    title: string;
    level: string;
    track?: string;
    managerId: string;
    hasAccount?: boolean;
  }): PersonFact => {
    const fact = {
      id: randomUUID(),
      name: fields.name,
      title: fields.title,
      level: fields.level,
      managerId: fields.managerId,
      email: `${slug}.${++personCount}@home.example`,
      hasAccount: fields.hasAccount ?? true,
    };
    rows.person.push({
      ...base,
      id: fact.id,
      name: fact.name,
      email: fact.email,
      title: fact.title,
      level: fact.level,
      track: fields.track ?? 'INDIVIDUAL_CONTRIBUTOR',
      specialty: 'Data Science',
      manager_id: fact.managerId,
    });
    if (fact.hasAccount) {
      const accountId = randomUUID();
      rows.account.push({
        ...base,
        id: accountId,
        person_id: fact.id,
        email: fact.email,
        password_hash: hash,
        role: 'MEMBER',
      });
      // A session of a browser somewhere (its token is not known here: nobody uses it).
      rows.session.push({
        ...base,
        id: randomUUID(),
        account_id: accountId,
        token_hash: randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, ''),
        expires_at: ago(-20),
        created_at: ago(10),
      });
    }
    return fact;
  };

  /** A team: its lead and `size` members, the first `plans` of them seniors. */
  const team = (t: number, lead: PersonFact, size: number, plans: number) => {
    const members: PersonFact[] = [];
    for (let r = 0; r < size; r++) {
      const senior = r < plans;
      const level = senior ? 'SENIOR' : (r - plans) % 2 === 0 ? 'JUNIOR' : 'MID';
      const label = senior ? 'Senior' : level === 'JUNIOR' ? 'Junior' : 'Mid';
      const title = senior ? 'Senior Data Scientist' : level === 'JUNIOR' ? 'Junior Data Scientist' : 'Data Scientist';
      // One junior or mid in four has not been invited yet.
      members.push(
        person({
          name: `${label} ${pad(t + 1, 2)}-${pad(r + 1, 3)}`,
          title,
          level,
          managerId: lead.id,
          hasAccount: senior || (r - plans) % 4 !== 3,
        }),
      );
    }
    return { lead, members, seniors: members.slice(0, plans), juniors: members.slice(plans) };
  };

  const teams = Array.from({ length: options.leads }, (_, t) => {
    const lead = person({
      name: `Lead ${pad(t + 1, 2)}`,
      title: 'Team Lead',
      level: 'LEAD',
      track: 'MANAGER',
      managerId: manager.id,
    });
    return team(t, lead, options.reportsPerLead, options.plansPerTeam);
  });
  const focusJunior = teams[0].juniors[0];
  const other = options.otherTeam
    ? team(
        99,
        person({
          name: 'Other Manager',
          title: 'Data Science Manager',
          level: 'LEAD',
          track: 'MANAGER',
          managerId: org.adminPersonId,
        }),
        options.otherTeam.reports,
        options.otherTeam.plans,
      )
    : undefined;

  let k = 0;
  const plan = (t: number, tm: ReturnType<typeof team>, i: number): PlanFact => {
    const owner = tm.seniors[i];
    const lead = tm.lead;
    const n = k++;
    const rich = t === 0 && i < (options.richPlans ?? 0);
    const planId = randomUUID();
    const ofPlan = { ...base, plan_id: planId };
    const planCreated = createdAt(ago(120));
    const addition = n % 10 === 9;
    const budget = 40;
    const readiness = READINESS_CYCLE[n % READINESS_CYCLE.length];
    const targetArchetype = n % 5 === 4 ? null : ARCHETYPES[n % 4];
    rows.growth_plan.push({
      ...base,
      id: planId,
      owner_id: owner.id,
      manager_id: lead.id,
      status: 'ACTIVE',
      current_level: 'SENIOR',
      target_level: 'LEAD',
      target_archetype: targetArchetype,
      weekly_hours: budget,
      created_at: planCreated,
      updated_at: planCreated,
    });
    let archivedId: string | null = null;
    if (n % 10 === 3) {
      archivedId = randomUUID();
      const old = ago(400 + n);
      rows.growth_plan.push({
        ...base,
        id: archivedId,
        owner_id: owner.id,
        manager_id: lead.id,
        status: 'ARCHIVED',
        current_level: 'MID',
        target_level: 'SENIOR',
        target_archetype: null,
        weekly_hours: budget,
        created_at: old,
        updated_at: old,
      });
    }

    for (const signal of SIGNALS) {
      for (const side of ['SELF', 'MANAGER'] as const) {
        const rating = RATINGS[readiness][side === 'SELF' ? 'self' : 'manager'][signal] ?? 'NOT_SEEN';
        rows.signal_rating.push({
          ...ofPlan,
          id: randomUUID(),
          signal,
          side,
          rating,
          evidence: rating === 'NOT_SEEN' ? null : 'Seen in the last two projects.',
          rated_by_id: side === 'SELF' ? owner.id : lead.id,
        });
      }
    }

    const autonomyGap = randomUUID();
    rows.gap.push(
      {
        ...ofPlan,
        id: autonomyGap,
        kind: 'AUTONOMY',
        title: 'Stakeholder updates without the manager in the room',
        status: 'WORKING',
        opened_quarter: quarter,
        created_at: createdAt(planCreated),
      },
      {
        ...ofPlan,
        id: randomUUID(),
        kind: 'NEXT_SCOPE',
        title: 'Models ship, but nobody decides what to build next',
        status: 'OPEN',
        opened_quarter: quarter,
        created_at: createdAt(planCreated),
      },
    );

    // The week: 40 h (38 h where a goal only adds work), DOING 32 − 2·(n mod 3) h.
    const shifted = 2 * (n % 3);
    const week = [
      { name: 'Churn modeling', hours: addition ? 14 : 16, mode: 'DOING', leverage: 'NEUTRAL' },
      { name: 'Ad-hoc analysis requests', hours: 10, mode: 'DOING', leverage: 'OVERHEAD' },
      { name: 'Feature pipelines', hours: 6 - shifted, mode: 'DOING', leverage: 'HIGH' },
      { name: 'Code and notebook reviews', hours: 5, mode: 'MULTIPLYING', leverage: 'HIGH' },
      { name: 'Mentoring juniors', hours: 3 + shifted, mode: 'MULTIPLYING', leverage: 'HIGH' },
    ].map((a) => ({ ...a, id: randomUUID() }));
    for (const a of week) {
      rows.activity.push({
        ...ofPlan,
        id: a.id,
        name: a.name,
        hours_per_week: a.hours,
        mode: a.mode,
        leverage: a.leverage,
        created_at: createdAt(planCreated),
      });
    }
    const [modeling, adhoc, pipelines, reviews, mentoring] = week as [
      (typeof week)[0],
      (typeof week)[0],
      (typeof week)[0],
      (typeof week)[0],
      (typeof week)[0],
    ];
    const hoursOf = (mode: string) => week.filter((a) => a.mode === mode).reduce((sum, a) => sum + a.hours, 0);
    const doing = hoursOf('DOING');
    const multiplying = hoursOf('MULTIPLYING');
    const total = doing + multiplying;

    // Goals: a big balanced one for the autonomy gap, a smaller one into a new activity, an
    // addition where the week has room for it, and in rich plans six more small shifts.
    const goals: (GoalFact & { row: Row })[] = [];
    const goal = (
      title: string,
      status: string,
      stop: typeof modeling | null,
      stopHours: number | null,
      start: typeof modeling | { name: string; mode: string; leverage: string },
      startHours: number,
      gapId: string | null = null,
    ) => {
      const existing = 'id' in start ? start : null;
      goals.push({
        title,
        status,
        stop: stop ? { activityName: stop.name, hoursPerWeek: stopHours! } : null,
        start: { activityName: start.name, hoursPerWeek: startHours },
        row: {
          ...ofPlan,
          id: randomUUID(),
          title,
          lever: 'INVEST_TO_MULTIPLY',
          status,
          gap_id: gapId,
          stop_activity_id: stop?.id ?? null,
          stop_activity_name: stop?.name ?? null,
          stop_mode: stop?.mode ?? null,
          stop_leverage: stop?.leverage ?? null,
          stop_hours: stopHours,
          start_activity_id: existing?.id ?? null,
          start_activity_name: start.name,
          start_mode: start.mode,
          start_leverage: start.leverage,
          start_hours: startHours,
          created_at: createdAt(planCreated),
        },
      });
    };
    goal('Hand churn modeling over, review more', 'ACTIVE', modeling, 4, reviews, 4, autonomyGap);
    goal(
      'Fewer ad-hoc requests, build team tooling',
      'PROPOSED',
      adhoc,
      2,
      { name: 'Team tooling', mode: 'MULTIPLYING', leverage: 'HIGH' },
      2,
    );
    if (addition)
      goal(
        'Prepare a conference talk',
        'PROPOSED',
        null,
        null,
        { name: 'Conference talk', mode: 'MULTIPLYING', leverage: 'NEUTRAL' },
        2,
      );
    if (rich) for (let g = 1; g <= 6; g++) goal(`Small shift ${g}`, 'PROPOSED', adhoc, 1, mentoring, 1);
    for (const g of goals) rows.change_goal.push(g.row);
    const moved = goals.filter((g) => g.status === 'ACTIVE' || g.status === 'PROPOSED');
    const freed = moved.reduce((sum, g) => sum + (g.stop?.hoursPerWeek ?? 0), 0);
    const taken = moved.reduce((sum, g) => sum + g.start.hoursPerWeek, 0);

    // Delegations to the team's juniors (the focus junior takes the first one of the first
    // `focusDelegations` plans of team 0), four check-ins each, from both sides.
    const count = rich ? 3 : 1 + (n % 3);
    const pool = t === 0 ? tm.juniors.filter((j) => j !== focusJunior) : tm.juniors;
    const delegations: DelegationFact[] = [];
    for (let d = 0; d < count; d++) {
      const activity = [modeling, adhoc, pipelines][d];
      const stage =
        d === 0
          ? ['SHADOWING', 'PAIRING', 'REVIEWING'][n % 3]
          : d === 1
            ? n % 5 === 0
              ? 'OWNED'
              : 'PLANNED'
            : 'PAIRING';
      const delegatee =
        d === 0 && t === 0 && i < options.focusDelegations ? focusJunior : pool[(n * 3 + d) % pool.length];
      const created = createdAt(ago(60 + (n % 30)));
      const handedOverAt =
        stage === 'REVIEWING' || stage === 'OWNED' ? new Date(created.getTime() + 30 * DAY_MS) : null;
      const id = randomUUID();
      const fact: DelegationFact = {
        id,
        planId,
        activityName: activity.name,
        stage,
        hoursPerWeek: 2,
        learningObjective: `Own ${activity.name.toLowerCase()} end to end.`,
        createdAt: created,
        handedOverAt,
        delegator: owner,
        delegatee,
        checkIns: [],
        atRisk: false,
        nextCheckInDue: null,
      };
      rows.delegation.push({
        ...ofPlan,
        id,
        activity_id: activity.id,
        activity_name: activity.name,
        delegator_id: owner.id,
        delegatee_id: delegatee.id,
        hours_per_week: fact.hoursPerWeek,
        learning_objective: fact.learningObjective,
        goal_id: d === 0 ? goals[0].row.id : null,
        stage,
        handed_over_at: handedOverAt,
        created_at: created,
        updated_at: created,
      });
      // The first delegation of some plans is at risk: shaky (last confidence ≤ 2), silent for
      // over 14 days, or both. The others were checked on 1 to 9 days ago with confidence 3–5.
      const risk = d === 0 ? n % 7 : -1;
      const lastDaysAgo = risk === 1 || risk === 2 ? 18 + (n % 5) : 1 + ((n + d) % 9);
      const lastConfidence = risk === 0 ? 2 : risk === 2 ? 1 : 3 + ((n + d) % 3);
      const first = created.getTime() + 3 * DAY_MS;
      const last = ago(lastDaysAgo).getTime();
      for (let c = 0; c < 4; c++) {
        const side = c % 2 === 0 ? 'DELEGATOR' : 'DELEGATEE';
        const at = new Date(Math.floor((first + ((last - first) * c) / 3) / 1000) * 1000);
        const checkIn: CheckInFact = {
          id: randomUUID(),
          side,
          at,
          confidence: c === 3 ? lastConfidence : 3 + ((n + c) % 3),
          note: NOTES[c],
        };
        fact.checkIns.push(checkIn);
        rows.check_in.push({
          ...base,
          id: checkIn.id,
          delegation_id: id,
          side,
          author_id: side === 'DELEGATOR' ? owner.id : delegatee.id,
          at,
          confidence: checkIn.confidence,
          coaching_hours: side === 'DELEGATOR' ? 1 : 0,
          note: checkIn.note,
        });
      }
      const final = stage === 'OWNED' || stage === 'RECLAIMED';
      const lastCheckIn = fact.checkIns[fact.checkIns.length - 1];
      fact.nextCheckInDue = final ? null : new Date(lastCheckIn.at.getTime() + 14 * DAY_MS);
      fact.atRisk = !final && (lastCheckIn.confidence <= 2 || now.getTime() - lastCheckIn.at.getTime() > 14 * DAY_MS);
      delegations.push(fact);
    }

    // 1:1s 28 and 14 days ago (done) and one upcoming; open action items are carried over.
    let open: { id: string; text: string; owner: PersonFact }[] = [];
    let next: PlanFact['nextOneOnOne'] | undefined;
    for (let s = 0; s < 3; s++) {
      const upcoming = s === 2;
      const scheduledAt = upcoming
        ? new Date(now.getTime() + (1 + (n % 9)) * DAY_MS + n * 60_000)
        : new Date(ago(28 - 14 * s).getTime() - n * 60_000);
      const oneOnOneId = randomUUID();
      rows.one_on_one.push({
        ...ofPlan,
        id: oneOnOneId,
        scheduled_at: scheduledAt,
        status: upcoming ? 'UPCOMING' : 'DONE',
        shared_notes: upcoming ? '' : '## Notes\n- Walked the week.',
        completed_at: upcoming ? null : scheduledAt,
        created_at: createdAt(planCreated),
      });
      ['Progress on the main goal', 'Where self and manager disagree'].forEach((text, position) => {
        rows.agenda_item.push({
          ...base,
          id: randomUUID(),
          one_on_one_id: oneOnOneId,
          text,
          author_id: position === 0 ? lead.id : owner.id,
          position,
          link_kind: position === 0 ? 'GOAL' : 'SIGNAL',
          link_id: position === 0 ? goals[0].row.id : 'ROLE_MODEL',
          discussed: !upcoming,
          proposed: true,
          created_at: createdAt(scheduledAt),
        });
      });
      for (const author of [owner, lead]) {
        rows.private_note.push({
          ...base,
          id: randomUUID(),
          one_on_one_id: oneOnOneId,
          author_id: author.id,
          text: `${marker} of ${author.name} on plan ${n}`,
        });
      }
      const items: ActionItemFact[] = [];
      const item = (
        text: string,
        itemOwner: PersonFact,
        done: boolean,
        dueOn: string | null,
        carriedFrom: string | null,
      ) => {
        const fact = { id: randomUUID(), text, done, dueOn, owner: itemOwner };
        items.push(fact);
        rows.action_item.push({
          ...base,
          id: fact.id,
          one_on_one_id: oneOnOneId,
          text,
          owner_id: itemOwner.id,
          due_on: dueOn,
          done,
          carried_from_id: carriedFrom,
          created_at: createdAt(scheduledAt),
        });
      };
      for (const carried of open) item(carried.text, carried.owner, false, null, carried.id);
      const due = isoDate(new Date(scheduledAt.getTime() + 7 * DAY_MS));
      if (s === 0) {
        item('Draft the pricing readout', owner, true, due, null);
        item('Book a pairing session', lead, false, due, null);
      } else if (s === 1) {
        item('Write down the review checklist', owner, false, due, null);
        item('Share the churn notebook', owner, true, due, null);
      } else {
        item('Prepare the delegation review', owner, false, due, null);
        if (rich) for (let a = 1; a <= 10; a++) item(`Follow-up ${pad(a, 2)}`, a % 2 ? owner : lead, false, due, null);
        next = { id: oneOnOneId, scheduledAt, actionItems: items };
      }
      open = items.filter((it) => !it.done);
    }

    // Help requests: none to three (30 small ones in rich plans, 6 of 6 h in one plan in 25).
    const overwhelmed = n % 25 === 7;
    const requestCount = rich ? 30 : overwhelmed ? 6 : n % 4;
    const requests: RequestFact[] = [];
    for (let h = 0; h < requestCount; h++) {
      const answers = {
        uniqueSkill: (n + h) % 2 === 0,
        reusableLesson: (n + h) % 3 === 0,
        owningTeamExists: (n + h) % 4 === 1,
        horizon: HORIZONS[(n + h) % 3],
      };
      const decision = [null, 'HELP', 'TEACH', 'REDIRECT'][(n + h) % 4]!;
      const fromJunior = h === 0 && n % 2 === 0 && tm.juniors.length > 0 ? tm.juniors[0] : null;
      const fact: RequestFact = {
        id: randomUUID(),
        topic: `Why the dashboard and the ledger disagree (${n}.${h})`,
        requesterName: fromJunior?.name ?? REQUESTERS[(n + h) % REQUESTERS.length],
        receivedAt: rich ? ago(1 + 2 * h) : overwhelmed ? ago(2 + 3 * h) : ago(1 + 5 * h + (n % 3)),
        recommendation: recommendationOf(answers),
        decision,
        hoursSpent: rich ? 0.25 : overwhelmed ? 6 : [0.5, 1, 2][h % 3],
      };
      requests.push(fact);
      rows.help_request.push({
        ...ofPlan,
        id: fact.id,
        requester_id: fromJunior?.id ?? null,
        requester_name: fact.requesterName,
        topic: fact.topic,
        received_at: fact.receivedAt,
        unique_skill: answers.uniqueSkill,
        reusable_lesson: answers.reusableLesson,
        owning_team_exists: answers.owningTeamExists,
        guidance_horizon: answers.horizon,
        decision,
        redirected_to: decision === 'REDIRECT' ? 'BI team' : null,
        hours_spent: fact.hoursSpent,
      });
    }
    requests.sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime() || (a.id < b.id ? 1 : -1));

    // Two signed-off past quarters for a third of the plans. The last one is the baseline of
    // "shifted this quarter": DOING `a` hours higher and MULTIPLYING 3 hours lower than today.
    // In a third of those, DOING's share did not go down between them (PREMIUM_SENIOR).
    let shiftedThisQuarter: number | null = null;
    let premium = false;
    if (n % 3 === 0) {
      const a = 2 + (n % 4);
      const baseline = { doing: doing + a, multiplying: multiplying - 3 };
      premium = n % 9 === 0;
      const before = premium ? baseline : { doing: baseline.doing + 2, multiplying: baseline.multiplying - 2 };
      // DOING gave up `a` h (2 to 5) and MULTIPLYING gained 3 h: a real shift of 2 h when a = 2,
      // else of 3 h (the smaller of the two).
      shiftedThisQuarter = ({ 2: 2, 3: 3, 4: 3, 5: 3 } as Record<number, number>)[a]!;
      for (const [q, point] of [
        [shiftQuarter(quarter, -2), before],
        [shiftQuarter(quarter, -1), baseline],
      ] as const) {
        rows.reflection.push({
          ...ofPlan,
          id: randomUUID(),
          quarter: q,
          status: 'SIGNED_OFF',
          snapshot: {
            point: {
              quarter: q,
              doingHours: point.doing,
              multiplyingHours: point.multiplying,
              highLeverageHours: 12,
              neutralHours: 14,
              overheadHours: point.doing + point.multiplying - 26,
              gapsClosed: 0,
              delegationsOwned: 0,
              leverageRatio: null,
            },
            gapsOpened: 1,
            delegationsByStage: {},
            findings: [],
          },
          self_text: 'More of the week goes through other people.',
          manager_text: 'Visible progress.',
          signed_off_by_self: true,
          signed_off_by_manager: true,
        });
      }
    }

    const requestHours = requests
      .filter((r) => now.getTime() - r.receivedAt.getTime() <= 28 * DAY_MS)
      .reduce((sum, r) => sum + r.hoursSpent, 0);
    const detected = [
      ...(addition ? ['ADDITION_NOT_CHANGE'] : []),
      ...(premium ? ['PREMIUM_SENIOR'] : []),
      ...(requestHours > 0.2 * 4 * budget ? ['OVERWHELMED_BY_REQUESTS'] : []),
    ];
    if (total !== (addition ? budget - 2 : budget) || total - freed + taken > budget)
      throw new Error(`the seed's week of plan ${n} breaks the budget`);
    return {
      id: planId,
      k: n,
      team: t,
      rich,
      owner,
      manager: lead,
      readiness,
      targetArchetype,
      budgetHours: budget,
      current: [
        { key: 'DOING', hours: doing },
        { key: 'MULTIPLYING', hours: multiplying },
      ],
      projected: [
        { key: 'DOING', hours: doing - freed },
        { key: 'MULTIPLYING', hours: multiplying + taken },
      ],
      shiftedThisQuarter,
      goals: goals.map(({ row: _row, ...g }) => g),
      nextOneOnOne: next!,
      delegations,
      requests,
      detected,
      archivedId,
    };
  };

  const plans = teams.flatMap((tm, t) => tm.seniors.map((_, i) => plan(t, tm, i)));
  const otherPlans = other ? other.seniors.map((_, i) => plan(99, other, i)) : [];

  await server.db.transaction(async (em) => {
    for (const table of Object.keys(COLUMNS)) await insertAll(em, table, rows[table]);
  });

  const delegationsTo = new Map<string, DelegationFact[]>();
  for (const d of [...plans, ...otherPlans].flatMap((p) => p.delegations)) {
    delegationsTo.set(d.delegatee.id, [...(delegationsTo.get(d.delegatee.id) ?? []), d]);
  }
  for (const list of delegationsTo.values())
    list.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));

  return {
    org,
    manager: manager.client,
    managerId: manager.id,
    teams: teams
      .map((tm) => ({ lead: tm.lead, members: [...tm.members].sort(byName) }))
      .sort((a, b) => byName(a.lead, b.lead)),
    below: teams.reduce((sum, tm) => sum + 1 + tm.members.length, 0),
    plans,
    otherPlans,
    focusJunior,
    delegationsTo,
    privateNoteMarker: marker,
    rows: Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length])),
    signIn: async (personId) => {
      const seeded = rows.person.find((p) => p.id === personId);
      if (!seeded || !rows.account.some((a) => a.person_id === personId)) return inviteAndAccept(org.admin, personId);
      const client = new TestClient(server.url);
      await client.ok(`mutation($input: SignInInput!) { signIn(input: $input) { role } }`, {
        input: { email: seeded.email, password: PASSWORD },
      });
      return client;
    },
  };
}

// ---------------------------------------------------------------- expected answers

const iso = (at: Date | null) => (at ? at.toISOString() : null);
/** A DateTimeISO as the API sends it, as an ISO string of the same instant (or null). */
export const instant = (value: string | null) => (value === null ? null : new Date(value).toISOString());

/** A `visiblePlans` row of ManagerHome as the seed says it must be (times as ISO strings). */
export function managerRow(plan: PlanFact) {
  return {
    id: plan.id,
    status: 'ACTIVE',
    targetLevel: 'LEAD',
    targetArchetype: plan.targetArchetype,
    owner: {
      id: plan.owner.id,
      name: plan.owner.name,
      title: plan.owner.title,
      manager: { id: plan.manager.id },
    },
    readiness: { stage: plan.readiness },
    shiftedThisQuarter: plan.shiftedThisQuarter,
    week: { current: { byMode: plan.current }, projected: { byMode: plan.projected } },
    nextOneOnOne: {
      id: plan.nextOneOnOne.id,
      scheduledAt: iso(plan.nextOneOnOne.scheduledAt),
      actionItems: plan.nextOneOnOne.actionItems.map((a) => ({
        id: a.id,
        text: a.text,
        done: a.done,
        dueOn: a.dueOn,
        owner: { id: a.owner.id, name: a.owner.name },
      })),
    },
    delegations: plan.delegations.map((d) => ({
      id: d.id,
      activityName: d.activityName,
      stage: d.stage,
      atRisk: d.atRisk,
      nextCheckInDue: iso(d.nextCheckInDue),
      delegatee: { id: d.delegatee.id, name: d.delegatee.name },
    })),
    detected: [...plan.detected].sort(),
  };
}

/** A ManagerHome `visiblePlans` row with times normalized and anti-patterns reduced to the detected ones. */
export function normalizeManagerRow(row: any) {
  const { antiPatterns, ...rest } = row;
  return {
    ...rest,
    nextOneOnOne: row.nextOneOnOne && {
      ...row.nextOneOnOne,
      scheduledAt: instant(row.nextOneOnOne.scheduledAt),
    },
    delegations: row.delegations.map((d: any) => ({
      ...d,
      nextCheckInDue: instant(d.nextCheckInDue),
    })),
    detected: antiPatterns
      .filter((a: { detected: boolean }) => a.detected)
      .map((a: { pattern: string }) => a.pattern)
      .sort(),
  };
}

/** ReportHome's `activePlan` as the seed says it must be (readiness reasons are checked apart). */
export function reportPlan(plan: PlanFact) {
  const total = (hours: ModeHours) => hours.reduce((sum, h) => sum + h.hours, 0);
  const row = managerRow(plan);
  return {
    id: plan.id,
    status: 'ACTIVE',
    currentLevel: 'SENIOR',
    targetLevel: 'LEAD',
    targetArchetype: plan.targetArchetype,
    manager: { id: plan.manager.id, name: plan.manager.name },
    readiness: { stage: plan.readiness },
    shiftedThisQuarter: plan.shiftedThisQuarter,
    week: {
      budgetHours: plan.budgetHours,
      freeHours: plan.budgetHours - total(plan.current),
      current: { totalHours: total(plan.current), byMode: plan.current },
      projected: { totalHours: total(plan.projected), byMode: plan.projected },
    },
    goals: plan.goals,
    nextOneOnOne: row.nextOneOnOne,
    helpRequests: {
      totalCount: plan.requests.length,
      edges: plan.requests.slice(0, 5).map((r) => ({
        node: {
          id: r.id,
          topic: r.topic,
          requesterName: r.requesterName,
          receivedAt: iso(r.receivedAt),
          recommendation: r.recommendation,
          decision: r.decision,
          hoursSpent: r.hoursSpent,
        },
      })),
    },
  };
}

export function normalizeReportPlan(plan: any) {
  return {
    ...plan,
    nextOneOnOne: plan.nextOneOnOne && {
      ...plan.nextOneOnOne,
      scheduledAt: instant(plan.nextOneOnOne.scheduledAt),
    },
    helpRequests: {
      totalCount: plan.helpRequests.totalCount,
      edges: plan.helpRequests.edges.map((e: any) => ({
        node: { ...e.node, receivedAt: instant(e.node.receivedAt) },
      })),
    },
  };
}

/** JuniorHome's `delegationsToMe` rows as the seed says they must be. */
export function juniorRows(delegations: readonly DelegationFact[]) {
  return delegations.map((d) => ({
    id: d.id,
    activityName: d.activityName,
    stage: d.stage,
    hoursPerWeek: d.hoursPerWeek,
    learningObjective: d.learningObjective,
    atRisk: d.atRisk,
    nextCheckInDue: iso(d.nextCheckInDue),
    handedOverAt: iso(d.handedOverAt),
    delegator: { id: d.delegator.id, name: d.delegator.name },
    checkIns: d.checkIns.map((c) => ({
      id: c.id,
      side: c.side,
      at: iso(c.at),
      confidence: c.confidence,
      note: c.note,
    })),
  }));
}

export function normalizeJuniorRows(rows: any[]) {
  return rows.map((d) => ({
    ...d,
    nextCheckInDue: instant(d.nextCheckInDue),
    handedOverAt: instant(d.handedOverAt),
    checkIns: d.checkIns.map((c: any) => ({ ...c, at: instant(c.at) })),
  }));
}
