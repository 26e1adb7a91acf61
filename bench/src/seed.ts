/**
 * Seeds one organization of 1 000 people straight into the tables, in one transaction, with one
 * multi-row INSERT per table (`INSERT … SELECT * FROM unnest($1::uuid[], …)`): a head, 10
 * managers and 989 reports; 300 active growth plans with full weeks, 2 change goals, 2 gaps,
 * both sides' signal ratings, 1–3 delegations with 10 check-ins each, 2–3 1:1s with agenda and
 * action items (open ones carried over), help requests and past reflections.
 *
 * The data is shaped like the demo (server/src/app/seed/demo.ts) and follows the product's rules
 * (weeks within budget, goals that fit the projected week, delegations handed to juniors of the
 * same team), and it is deterministic: the same ids and values on every run, relative to now.
 */
import pg from 'pg';
import { fulcrum } from './fulcrum.ts';

export const HEAD_EMAIL = 'head@bench.example';
export const HEAD_PASSWORD = 'bench-password-2026';

export const SHAPE = {
  managers: 10,
  people: 1_000,
  plans: 300,
  archivedPlans: 30,
  goalsPerPlan: 2,
  checkInsPerDelegation: 10,
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** mulberry32: a small deterministic PRNG. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
    /** A version-4 shaped UUID drawn from the generator (so ids are stable across runs). */
    uuid: () => {
      const bytes = Array.from({ length: 16 }, () => Math.floor(next() * 256));
      bytes[6] = (bytes[6] & 0x0f) | 0x40;
      bytes[8] = (bytes[8] & 0x3f) | 0x80;
      const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
  };
}

const FIRST = [
  'Ada',
  'Ben',
  'Chloe',
  'Dev',
  'Elif',
  'Femi',
  'Grace',
  'Hugo',
  'Ines',
  'Jonas',
  'Kavya',
  'Liam',
  'Mina',
  'Noah',
  'Olga',
  'Pablo',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
  'Uma',
  'Victor',
  'Wen',
  'Xavi',
  'Yara',
  'Zane',
  'Amara',
  'Bruno',
  'Cleo',
  'Dario',
  'Esme',
  'Farid',
  'Gita',
  'Hana',
  'Ivan',
  'Jude',
  'Kai',
  'Lena',
  'Mateo',
  'Nia',
];
const LAST = [
  'Okafor',
  'Rivera',
  'Natarajan',
  'Martins',
  'Lindqvist',
  'Kowalski',
  'Haddad',
  'Tanaka',
  'Moreau',
  'Schmidt',
  'Costa',
  'Novak',
  'Ibrahim',
  'Larsen',
  'Petrov',
  'Silva',
  'Nguyen',
  'Kaur',
  'Dubois',
  'Rossi',
  'Yilmaz',
  'Andersen',
  'Mensah',
  'Alvarez',
  'Sato',
];
const SPECIALTIES = ['Data Science', 'ML Engineering', 'Analytics', 'Product'];
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
const BLOCKERS = new Set(['REPLACEMENT_GAP', 'ROTATION_DOUBT', 'INCONSISTENCY']);
const LEVERS = [
  'BUILD_TOOLS_AND_ASSETS',
  'SHARE_KNOWLEDGE',
  'PUSH_IMPROVEMENTS_WIDELY',
  'INVEST_TO_MULTIPLY',
  'OWN_END_TO_END',
  'LEAD_TECHNICAL_DECISIONS',
  'OWN_SYSTEM_STATE',
  'EXTEND_TIME_HORIZON',
  'DEVELOP_OTHERS_WITH_MANAGERS',
  'REPRESENT_EXPERTISE',
];
const DOING_ACTIVITIES = [
  'Churn model iterations',
  'Ad-hoc analysis requests',
  'Feature pipeline maintenance',
  'Pricing elasticity study',
  'Experiment analysis',
  'Dashboard upkeep',
  'Data quality fixes',
  'Forecast refreshes',
  'Model monitoring on-call',
];
const MULTIPLYING_ACTIVITIES = [
  'Code and notebook reviews',
  'Mentoring juniors',
  'Design reviews',
  'Team tooling',
  'Experiment design office hours',
];
const NEW_ACTIVITIES = [
  'Shared feature library for the team',
  'Pricing decision readouts',
  'Experimentation platform roadmap',
  'Modelling standards guide',
  'Onboarding curriculum',
];
const OBJECTIVES = [
  'Run a feature pipeline end to end: backfills, schema changes and the alerts that matter.',
  'Judge when a retrained model is safe to ship: drift checks, backtests, a rollback plan.',
  'Turn a vague business question into a scoped analysis with a clear decision attached.',
  'Own a recurring report: automate it, check it, explain the changes.',
];
const CHECK_IN_NOTES = [
  'Shadowed the weekly run and asked the right questions.',
  'Paired on the tricky part; they drove.',
  'Ran it alone, review took 20 minutes.',
  'Stuck on the schema change; we will pair next week.',
  'Nothing to change.',
];
const REQUESTERS = ['Finance team', 'Pricing PM', 'Marketing analytics', 'Support operations', 'Sales leadership'];
const STAGES = ['PLANNED', 'SHADOWING', 'PAIRING', 'REVIEWING', 'OWNED'];

type Row = Record<string, unknown>;
type Columns = Record<string, string>;

/** One INSERT for every row of a table: one array parameter per column, unnested side by side. */
async function insertAll(client: pg.ClientBase, table: string, columns: Columns, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const params = names.map((name) =>
    rows.map((row) => {
      const value = row[name];
      return value === undefined ? null : columns[name] === 'jsonb' && value !== null ? JSON.stringify(value) : value;
    }),
  );
  const arrays = names.map((name, i) => `$${i + 1}::${columns[name]}[]`).join(', ');
  await client.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${arrays})`, params);
}

function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

function addQuarters(quarter: string, n: number): string {
  const [year, q] = quarter.split('-Q').map(Number) as [number, number];
  const index = year * 4 + (q - 1) + n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** `n` activity sizes in half-hour steps, each at least 1 h, summing to `total`, largest first. */
function splitHours(rng: ReturnType<typeof random>, total: number, n: number): number[] {
  const hours = Array.from({ length: n }, () => 1);
  const weights = Array.from({ length: n }, () => 0.2 + rng.next());
  const weightSum = weights.reduce((a, b) => a + b, 0);
  let left = (total - n) * 2;
  for (let i = 0; i < n && left > 0; i++) {
    const halves = Math.min(left, Math.floor(((total - n) * 2 * weights[i]) / weightSum));
    hours[i] += halves / 2;
    left -= halves;
  }
  hours[0] += left / 2;
  return hours.sort((a, b) => b - a);
}

export interface SeedResult {
  organizationId: string;
  headPersonId: string;
  counts: Record<string, number>;
  seconds: number;
}

export async function seed(url: string): Promise<SeedResult> {
  const started = performance.now();
  const rng = random(20_260_501);
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const later = (days: number) => new Date(now.getTime() + days * DAY_MS);
  const quarter = quarterOf(now);
  // Distinct creation times keep every "oldest first" order free of ties.
  let tick = 0;
  const createdAt = (base: Date) => new Date(base.getTime() + tick++ * 1000);

  const organizationId = rng.uuid();
  const rows = {
    person: [] as Row[],
    growth_plan: [] as Row[],
    signal_rating: [] as Row[],
    gap: [] as Row[],
    activity: [] as Row[],
    change_goal: [] as Row[],
    delegation: [] as Row[],
    check_in: [] as Row[],
    help_request: [] as Row[],
    one_on_one: [] as Row[],
    agenda_item: [] as Row[],
    action_item: [] as Row[],
    reflection: [] as Row[],
  };

  // People: the head, 10 managers, 989 reports (a third each senior, mid and junior).
  interface P {
    id: string;
    name: string;
    level: string;
    team: number;
  }
  const nameOf = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  const person = (i: number, fields: Omit<Row, 'id' | 'name'>): P => {
    const id = rng.uuid();
    rows.person.push({ id, organization_id: organizationId, name: nameOf(i), ...fields });
    return { id, name: nameOf(i), level: String(fields.level), team: -1 };
  };
  const head = person(0, {
    email: HEAD_EMAIL,
    title: 'Head of Data',
    level: 'PRINCIPAL',
    track: 'MANAGER',
    specialty: 'Data Science',
    manager_id: null,
  });
  const managers = Array.from({ length: SHAPE.managers }, (_, m) =>
    person(1 + m, {
      email: `manager${m + 1}@bench.example`,
      title: 'Data Science Manager',
      level: 'LEAD',
      track: 'MANAGER',
      specialty: SPECIALTIES[m % 4],
      manager_id: head.id,
    }),
  );
  const reports: P[] = [];
  const juniorsByTeam = managers.map((): P[] => []);
  for (let r = 0; r < SHAPE.people - 1 - SHAPE.managers; r++) {
    const team = r % SHAPE.managers;
    const level = ['SENIOR', 'MID', 'JUNIOR'][r % 3];
    const specialty = SPECIALTIES[(r >> 1) % 4];
    const title =
      level === 'SENIOR'
        ? `Senior ${specialty === 'ML Engineering' ? 'ML Engineer' : 'Data Scientist'}`
        : level === 'MID'
          ? 'Data Scientist'
          : 'Junior Data Scientist';
    const p = person(1 + SHAPE.managers + r, {
      email: `p${r}@bench.example`,
      title,
      level,
      track: 'INDIVIDUAL_CONTRIBUTOR',
      specialty,
      manager_id: managers[team].id,
    });
    p.team = team;
    reports.push(p);
    if (level !== 'SENIOR') juniorsByTeam[team].push(p);
  }
  const seniors = reports.filter((p) => p.level === 'SENIOR').slice(0, SHAPE.plans);
  if (seniors.length < SHAPE.plans) throw new Error(`only ${seniors.length} seniors for ${SHAPE.plans} plans`);

  for (const [k, owner] of seniors.entries()) {
    const manager = managers[owner.team];
    const planId = rng.uuid();
    const base = { organization_id: organizationId, plan_id: planId };
    const planCreated = createdAt(ago(120));
    const budget = 40;
    rows.growth_plan.push({
      id: planId,
      organization_id: organizationId,
      owner_id: owner.id,
      manager_id: manager.id,
      status: 'ACTIVE',
      current_level: 'SENIOR',
      target_level: 'LEAD',
      target_archetype: k % 9 === 4 ? null : ARCHETYPES[k % 4],
      weekly_hours: budget,
      created_at: planCreated,
      updated_at: planCreated,
    });
    if (k < SHAPE.archivedPlans) {
      const old = ago(400 + k);
      rows.growth_plan.push({
        id: rng.uuid(),
        organization_id: organizationId,
        owner_id: owner.id,
        manager_id: manager.id,
        status: 'ARCHIVED',
        current_level: 'MID',
        target_level: 'SENIOR',
        target_archetype: null,
        weekly_hours: budget,
        created_at: old,
        updated_at: old,
      });
    }

    // Signals, rated by both sides: mostly building, some ready, a few with a clear blocker.
    for (const signal of SIGNALS) {
      const clearChance = BLOCKERS.has(signal) ? 0.05 : 0.35;
      const rate = () => (rng.chance(clearChance) ? 'CLEAR' : rng.chance(0.5) ? 'EMERGING' : 'NOT_SEEN');
      const managerRating = rate();
      const selfRating = rng.chance(0.7) ? managerRating : rate();
      rows.signal_rating.push({
        id: rng.uuid(),
        ...base,
        signal,
        side: 'SELF',
        rating: selfRating,
        evidence: selfRating === 'NOT_SEEN' ? null : 'Seen in the last two projects.',
        rated_by_id: owner.id,
      });
      rows.signal_rating.push({
        id: rng.uuid(),
        ...base,
        signal,
        side: 'MANAGER',
        rating: managerRating,
        evidence: managerRating === 'CLEAR' ? 'Agreed in the last 1:1.' : null,
        rated_by_id: manager.id,
      });
    }

    const autonomyGap = rng.uuid();
    rows.gap.push(
      {
        id: autonomyGap,
        ...base,
        kind: 'AUTONOMY',
        title: 'Stakeholder updates without the manager in the room',
        description: 'The analysis is trusted, the readout still goes through the manager.',
        status: 'WORKING',
        opened_quarter: quarter,
        closed_quarter: null,
        evidence: 'Last two reviews: the manager presented.',
        created_at: createdAt(planCreated),
      },
      {
        id: rng.uuid(),
        ...base,
        kind: 'NEXT_SCOPE',
        title: 'Models ship, but nobody decides what to build next with them',
        description: null,
        status: 'OPEN',
        opened_quarter: quarter,
        closed_quarter: null,
        evidence: null,
        created_at: createdAt(planCreated),
      },
    );

    // A full week: 5–7 activities, the largest ones execution work. Every tenth plan keeps 2 h
    // of slack for a goal that only adds work (the ADDITION_NOT_CHANGE anti-pattern).
    const withAddition = k % 10 === 9;
    const count = 5 + (k % 3);
    const sizes = splitHours(rng, withAddition ? budget - 2 : budget, count);
    const multiplyingCount = 1 + (k % 2);
    const doingNames = rng.shuffle(DOING_ACTIVITIES);
    const multiplyingNames = rng.shuffle(MULTIPLYING_ACTIVITIES);
    const activities = sizes.map((hours, i) => {
      const doing = i < count - multiplyingCount;
      return {
        id: rng.uuid(),
        ...base,
        name: doing ? doingNames[i] : multiplyingNames[i - (count - multiplyingCount)],
        hours_per_week: hours,
        mode: doing ? 'DOING' : 'MULTIPLYING',
        leverage: doing ? rng.pick(['HIGH', 'NEUTRAL', 'OVERHEAD', 'OVERHEAD']) : 'HIGH',
        created_at: createdAt(planCreated),
      };
    });
    rows.activity.push(...activities);
    const doing = activities.filter((a) => a.mode === 'DOING');
    const multiplying = activities.filter((a) => a.mode === 'MULTIPLYING');

    // Two change goals: an active one freeing 4 h (3 h in every fourth plan: small wins only)
    // into a new multiplying activity, and a proposed one growing an existing multiplying one.
    const big = doing[0];
    const shift = k % 4 === 3 ? 3 : 4;
    const mainGoal = rng.uuid();
    const newActivity = rng.pick(NEW_ACTIVITIES);
    rows.change_goal.push({
      id: mainGoal,
      ...base,
      title: `Hand ${big.name.toLowerCase()} over, start: ${newActivity.toLowerCase()}`,
      lever: rng.pick(LEVERS),
      status: 'ACTIVE',
      gap_id: autonomyGap,
      stop_activity_id: big.id,
      stop_activity_name: big.name,
      stop_mode: big.mode,
      stop_leverage: big.leverage,
      stop_hours: shift,
      start_activity_id: null,
      start_activity_name: newActivity,
      start_mode: 'MULTIPLYING',
      start_leverage: 'HIGH',
      start_hours: shift,
      success_measure: 'The team builds on it without asking.',
      target_quarter: quarter,
      created_at: createdAt(planCreated),
    });
    if (withAddition) {
      rows.change_goal.push({
        id: rng.uuid(),
        ...base,
        title: 'Prepare a conference talk',
        lever: 'REPRESENT_EXPERTISE',
        status: 'PROPOSED',
        gap_id: null,
        stop_activity_id: null,
        stop_activity_name: null,
        stop_mode: null,
        stop_leverage: null,
        stop_hours: null,
        start_activity_id: null,
        start_activity_name: 'Conference talk preparation',
        start_mode: 'MULTIPLYING',
        start_leverage: 'NEUTRAL',
        start_hours: 2,
        success_measure: null,
        target_quarter: addQuarters(quarter, 1),
        created_at: createdAt(planCreated),
      });
    } else {
      const second = doing[1];
      const grow = multiplying[0];
      const hours = Math.min(2, second.hours_per_week);
      rows.change_goal.push({
        id: rng.uuid(),
        ...base,
        title: `Shrink ${second.name.toLowerCase()}, grow ${grow.name.toLowerCase()}`,
        lever: rng.pick(LEVERS),
        status: 'PROPOSED',
        gap_id: null,
        stop_activity_id: second.id,
        stop_activity_name: second.name,
        stop_mode: second.mode,
        stop_leverage: second.leverage,
        stop_hours: hours,
        start_activity_id: grow.id,
        start_activity_name: grow.name,
        start_mode: grow.mode,
        start_leverage: grow.leverage,
        start_hours: hours,
        success_measure: null,
        target_quarter: addQuarters(quarter, 1),
        created_at: createdAt(planCreated),
      });
    }

    // 1–3 delegations to juniors of the same team, each with 10 check-ins from both sides.
    // Some are at risk: the last confidence is 2 or less, or nobody checked in for 14+ days.
    const team = juniorsByTeam[owner.team];
    const delegations = rng.int(1, 3);
    for (let d = 0; d < delegations; d++) {
      const delegationId = rng.uuid();
      const activity = doing[d % doing.length];
      const stage = d === 0 ? STAGES[rng.int(0, 3)] : rng.chance(0.05) ? 'RECLAIMED' : rng.pick(STAGES);
      const owned = stage === 'OWNED';
      const delegatee = rng.pick(team);
      const created = createdAt(ago(rng.int(75, 105)));
      rows.delegation.push({
        id: delegationId,
        ...base,
        activity_id: owned ? null : activity.id,
        activity_name: owned ? 'Weekly retention report' : activity.name,
        delegator_id: owner.id,
        delegatee_id: delegatee.id,
        hours_per_week: d === 0 ? shift : Math.min(activity.hours_per_week, rng.pick([1, 1.5, 2, 3])),
        learning_objective: rng.pick(OBJECTIVES),
        goal_id: d === 0 ? mainGoal : null,
        stage,
        handed_over_at: stage === 'REVIEWING' || owned ? new Date(created.getTime() + 30 * DAY_MS) : null,
        created_at: created,
        updated_at: created,
      });
      const stale = rng.chance(0.15);
      const shaky = rng.chance(0.15);
      const last = ago(stale ? rng.int(15, 25) : rng.int(1, 10)).getTime();
      const first = created.getTime() + 3 * DAY_MS;
      for (let c = 0; c < SHAPE.checkInsPerDelegation; c++) {
        const side = c % 2 === 0 ? 'DELEGATOR' : 'DELEGATEE';
        const at = new Date(
          Math.floor((first + ((last - first) * c) / (SHAPE.checkInsPerDelegation - 1)) / 1000) * 1000,
        );
        const lastOne = c === SHAPE.checkInsPerDelegation - 1;
        rows.check_in.push({
          id: rng.uuid(),
          organization_id: organizationId,
          delegation_id: delegationId,
          side,
          author_id: side === 'DELEGATOR' ? owner.id : delegatee.id,
          at,
          confidence: lastOne && shaky ? rng.int(1, 2) : rng.int(3, 5),
          coaching_hours: side === 'DELEGATOR' ? rng.pick([0.5, 1, 1.5, 2]) : 0,
          note: rng.pick(CHECK_IN_NOTES),
        });
      }
    }

    // 2–3 1:1s, two weeks apart; the last one is upcoming (in one plan out of twelve it already
    // took place: no next 1:1). Open action items of a 1:1 are carried over to the next one.
    const sessions = 2 + (k % 2);
    const noUpcoming = k % 12 === 5;
    let open: { id: string; text: string; owner_id: string }[] = [];
    for (let s = 0; s < sessions; s++) {
      const upcoming = s === sessions - 1 && !noUpcoming;
      const scheduledAt = upcoming
        ? new Date(later(rng.int(1, 9)).getTime() + k * 60_000)
        : new Date(ago(14 * (sessions - s - (noUpcoming ? 0 : 1))).getTime() - k * 60_000);
      const oneOnOneId = rng.uuid();
      rows.one_on_one.push({
        id: oneOnOneId,
        ...base,
        scheduled_at: scheduledAt,
        status: upcoming ? 'UPCOMING' : 'DONE',
        shared_notes: upcoming ? '' : '## Notes\n- Walked the week.\n- Agreed on the next delegation step.',
        completed_at: upcoming ? null : scheduledAt,
        created_at: createdAt(planCreated),
        updated_at: scheduledAt,
      });
      const links: [string | null, string | null][] = [
        ['GOAL', mainGoal],
        ['SIGNAL', 'ROLE_MODEL'],
        [null, null],
      ];
      links.forEach(([linkKind, linkId], position) => {
        rows.agenda_item.push({
          id: rng.uuid(),
          organization_id: organizationId,
          one_on_one_id: oneOnOneId,
          text: ['Progress on the main goal', 'Where self and manager disagree', 'Anything else'][position],
          author_id: position % 2 === 0 ? manager.id : owner.id,
          position,
          link_kind: linkKind,
          link_id: linkId,
          discussed: !upcoming,
          proposed: position < 2,
          created_at: createdAt(scheduledAt),
        });
      });
      const items: Row[] = open.map((item) => ({
        id: rng.uuid(),
        organization_id: organizationId,
        one_on_one_id: oneOnOneId,
        text: item.text,
        owner_id: item.owner_id,
        due_on: null,
        done: false,
        carried_from_id: item.id,
        created_at: createdAt(scheduledAt),
      }));
      for (let a = 0, n = rng.int(2, 3); a < n; a++) {
        items.push({
          id: rng.uuid(),
          organization_id: organizationId,
          one_on_one_id: oneOnOneId,
          text: ['Draft the readout for pricing', 'Book a pairing session', 'Write down the review checklist'][a],
          owner_id: a % 2 === 0 ? owner.id : manager.id,
          due_on: new Date(scheduledAt.getTime() + 7 * DAY_MS).toISOString().slice(0, 10),
          done: upcoming ? false : rng.chance(0.7),
          carried_from_id: null,
          created_at: createdAt(scheduledAt),
        });
      }
      rows.action_item.push(...items);
      open = items
        .filter((i) => !i.done)
        .map((i) => ({
          id: i.id as string,
          text: i.text as string,
          owner_id: i.owner_id as string,
        }));
    }

    // Help requests of the last six weeks; one plan in 25 is overwhelmed (36 h in four weeks).
    const overwhelmed = k % 25 === 7;
    for (let h = 0, n = overwhelmed ? 6 : rng.int(0, 3); h < n; h++) {
      const decision = rng.pick(['HELP', 'TEACH', 'REDIRECT', null]);
      const fromPerson = rng.chance(0.3) ? rng.pick(team) : null;
      rows.help_request.push({
        id: rng.uuid(),
        ...base,
        requester_id: fromPerson?.id ?? null,
        requester_name: fromPerson?.name ?? rng.pick(REQUESTERS),
        topic: 'Why the dashboard and the ledger disagree',
        received_at: ago(overwhelmed ? 2 + h * 3 : rng.int(1, 42)),
        unique_skill: rng.chance(0.5),
        reusable_lesson: rng.chance(0.5),
        owning_team_exists: rng.chance(0.3),
        guidance_horizon: rng.pick(['ONE_OFF', 'WEEKS', 'MONTHS']),
        decision,
        redirected_to: decision === 'REDIRECT' ? 'BI team (data platform on-call)' : null,
        hours_spent: overwhelmed ? 6 : rng.pick([0.25, 0.5, 1, 2]),
      });
    }

    // Two signed-off past quarters for a third of the plans; in a third of those the share of
    // execution work did not go down (the PREMIUM_SENIOR anti-pattern).
    if (k % 3 === 0) {
      const before = rng.int(34, 39);
      const after = k % 9 === 0 ? before : before - rng.int(2, 4);
      [
        [addQuarters(quarter, -2), before],
        [addQuarters(quarter, -1), after],
      ].forEach(([q, doingHours]) => {
        const point = {
          quarter: q,
          doingHours,
          multiplyingHours: 40 - Number(doingHours),
          highLeverageHours: 8,
          neutralHours: 16,
          overheadHours: 16,
          gapsClosed: 0,
          delegationsOwned: 1,
          leverageRatio: 1.5,
        };
        rows.reflection.push({
          id: rng.uuid(),
          ...base,
          quarter: q,
          status: 'SIGNED_OFF',
          snapshot: { point, gapsOpened: 1, delegationsByStage: { OWNED: 1 }, findings: [] },
          self_text: 'More of the week goes through other people.',
          manager_text: 'Visible progress.',
          signed_off_by_self: true,
          signed_off_by_manager: true,
        });
      });
    }
  }

  const passwordHash = await fulcrum.password().hashPassword(HEAD_PASSWORD);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`INSERT INTO organization (id, name, default_weekly_hours) VALUES ($1, 'Bench Analytics', 40)`, [
      organizationId,
    ]);
    await insertAll(
      client,
      'person',
      {
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
      rows.person,
    );
    await client.query(
      `INSERT INTO account (organization_id, person_id, email, password_hash, role) VALUES ($1, $2, $3, $4, 'ADMIN')`,
      [organizationId, head.id, HEAD_EMAIL, passwordHash],
    );
    await insertAll(
      client,
      'growth_plan',
      {
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
      rows.growth_plan,
    );
    await insertAll(
      client,
      'signal_rating',
      {
        id: 'uuid',
        organization_id: 'uuid',
        plan_id: 'uuid',
        signal: 'text',
        side: 'text',
        rating: 'text',
        evidence: 'text',
        rated_by_id: 'uuid',
      },
      rows.signal_rating,
    );
    await insertAll(
      client,
      'gap',
      {
        id: 'uuid',
        organization_id: 'uuid',
        plan_id: 'uuid',
        kind: 'text',
        title: 'text',
        description: 'text',
        status: 'text',
        opened_quarter: 'text',
        closed_quarter: 'text',
        evidence: 'text',
        created_at: 'timestamptz',
      },
      rows.gap,
    );
    await insertAll(
      client,
      'activity',
      {
        id: 'uuid',
        organization_id: 'uuid',
        plan_id: 'uuid',
        name: 'text',
        hours_per_week: 'numeric',
        mode: 'text',
        leverage: 'text',
        created_at: 'timestamptz',
      },
      rows.activity,
    );
    await insertAll(
      client,
      'change_goal',
      {
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
        success_measure: 'text',
        target_quarter: 'text',
        created_at: 'timestamptz',
      },
      rows.change_goal,
    );
    await insertAll(
      client,
      'delegation',
      {
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
      rows.delegation,
    );
    await insertAll(
      client,
      'check_in',
      {
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
      rows.check_in,
    );
    await insertAll(
      client,
      'help_request',
      {
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
      rows.help_request,
    );
    await insertAll(
      client,
      'one_on_one',
      {
        id: 'uuid',
        organization_id: 'uuid',
        plan_id: 'uuid',
        scheduled_at: 'timestamptz',
        status: 'text',
        shared_notes: 'text',
        completed_at: 'timestamptz',
        created_at: 'timestamptz',
        updated_at: 'timestamptz',
      },
      rows.one_on_one,
    );
    await insertAll(
      client,
      'agenda_item',
      {
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
      rows.agenda_item,
    );
    await insertAll(
      client,
      'action_item',
      {
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
      rows.action_item,
    );
    await insertAll(
      client,
      'reflection',
      {
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
      rows.reflection,
    );
    await client.query('COMMIT');
    // Fresh statistics and visibility maps, as a database that has been running for a while has.
    await client.query('VACUUM ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }

  const counts: Record<string, number> = { organization: 1, account: 1 };
  for (const [table, list] of Object.entries(rows)) counts[table] = list.length;
  return {
    organizationId,
    headPersonId: head.id,
    counts,
    seconds: (performance.now() - started) / 1000,
  };
}
