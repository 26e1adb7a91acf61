import {
  addQuarters,
  Archetype,
  type QuarterPoint,
  DelegationStage,
  GuidanceHorizon,
  HelpDecision,
  Side,
  GapKind,
  GapStatus,
  GoalStatus,
  Level,
  Lever,
  Leverage,
  Mode,
  PlanStatus,
  quarterOf,
  Role,
  SignalKey,
  SignalRating,
  Track,
} from '@fulcrum/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { STATEMENT_TIMEOUT_MS } from '../db/data-source';
import type { Logger } from '../logger';
import { Account } from '../modules/accounts/account.entity';
import { hashPassword } from '../modules/accounts/password';
import { DEFAULT_WEEKLY_HOURS } from '../modules/accounts/auth.service';
import { Organization } from '../modules/organizations/organization.entity';
import { Person } from '../modules/people/person.entity';
import { Activity } from '../modules/plans/activity.entity';
import { Gap } from '../modules/plans/gap.entity';
import { ChangeGoal } from '../modules/plans/goal.entity';
import { GrowthPlan } from '../modules/plans/plan.entity';
import { seedTeam } from './demo-team';
import {
  addDelegation,
  addHelpRequests,
  addSignedOffReflection,
  addWeek,
  assertWithinBudget,
  type CheckInRow,
  daysAgo,
  rateSignals,
  type RatingRow,
  stopOf,
} from './helpers';

export interface DemoSignIn {
  name: string;
  role: string;
  email: string;
  password: string;
}

export const DEMO_PASSWORD = 'fulcrum-demo-2026';
const DEMO_ORGANIZATION = 'Northwind Analytics (demo)';

interface DemoPerson {
  key: string;
  name: string;
  email: string;
  title: string;
  level: Level;
  track: Track;
  specialty: string;
  manager?: string;
  role: Role;
  describe: string;
}

const PEOPLE: DemoPerson[] = [
  {
    key: 'maya',
    name: 'Maya Okafor',
    email: 'maya@northwind.example',
    title: 'Head of Data Science',
    level: Level.STAFF,
    track: Track.MANAGER,
    specialty: 'Data Science',
    role: Role.ADMIN,
    describe: 'manager and admin',
  },
  {
    key: 'sam',
    name: 'Sam Rivera',
    email: 'sam@northwind.example',
    title: 'Senior Data Scientist',
    level: Level.SENIOR,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'Data Science',
    manager: 'maya',
    role: Role.MEMBER,
    describe: 'senior, growing toward Lead',
  },
  {
    key: 'priya',
    name: 'Priya Natarajan',
    email: 'priya@northwind.example',
    title: 'Data Scientist',
    level: Level.JUNIOR,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'Analytics',
    manager: 'maya',
    role: Role.MEMBER,
    describe: 'junior',
  },
  {
    key: 'leo',
    name: 'Leo Martins',
    email: 'leo@northwind.example',
    title: 'ML Engineer',
    level: Level.JUNIOR,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'ML Engineering',
    manager: 'maya',
    role: Role.MEMBER,
    describe: 'junior',
  },
  // The rest of Maya's organization (demo-team.ts): a second senior with a plan in trouble, a
  // junior, and a Lead's team one level down.
  {
    key: 'noor',
    name: 'Noor Haddad',
    email: 'noor@northwind.example',
    title: 'Senior Data Analyst',
    level: Level.SENIOR,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'Analytics',
    manager: 'maya',
    role: Role.MEMBER,
    describe: 'senior, a plan with delegations at risk',
  },
  {
    key: 'ben',
    name: 'Ben Carter',
    email: 'ben@northwind.example',
    title: 'Data Analyst',
    level: Level.JUNIOR,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'Analytics',
    manager: 'maya',
    role: Role.MEMBER,
    describe: 'junior',
  },
  {
    key: 'jonas',
    name: 'Jonas Weber',
    email: 'jonas@northwind.example',
    title: 'ML Engineering Lead',
    level: Level.LEAD,
    track: Track.MANAGER,
    specialty: 'ML Engineering',
    manager: 'maya',
    role: Role.MEMBER,
    describe: 'lead, manages the ML engineering team',
  },
  {
    key: 'aisha',
    name: 'Aisha Bello',
    email: 'aisha@northwind.example',
    title: 'Senior ML Engineer',
    level: Level.SENIOR,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'ML Engineering',
    manager: 'jonas',
    role: Role.MEMBER,
    describe: "senior on Jonas's team, growing toward Lead",
  },
  {
    key: 'kenji',
    name: 'Kenji Mori',
    email: 'kenji@northwind.example',
    title: 'ML Engineer',
    level: Level.MID,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'ML Engineering',
    manager: 'jonas',
    role: Role.MEMBER,
    describe: "mid-level, on Jonas's team",
  },
  {
    key: 'tomas',
    name: 'Tomás Ruiz',
    email: 'tomas@northwind.example',
    title: 'Junior ML Engineer',
    level: Level.JUNIOR,
    track: Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: 'ML Engineering',
    manager: 'jonas',
    role: Role.MEMBER,
    describe: "junior, on Jonas's team",
  },
];

export function demoSignIns(): DemoSignIn[] {
  return PEOPLE.map((p) => ({
    name: p.name,
    role: p.describe,
    email: p.email,
    password: DEMO_PASSWORD,
  }));
}

/**
 * Taken, transaction-level, by the transaction that seeds: instances starting at once against one
 * empty database seed one after the other, and the later one finds the demo there. Fulcrum's only
 * other advisory lock is the migrations' (db/migrate.ts).
 */
export const SEED_LOCK = 4_701_202_612;
/** How long an instance waits for another one's seed to commit (each seed statement keeps the usual ceiling). */
const SEED_LOCK_WAIT_MS = 120_000;

/**
 * Seeds the demo organization when asked to (FULCRUM_SEED_DEMO=true), or by default when the
 * database has no organization yet. Returns the demo sign-ins when the demo exists (only those
 * whose accounts it has: a demo seeded by an older version lacks the people added since).
 *
 * Safe when several instances start at once: the decision is taken again, and the demo written,
 * in one transaction under SEED_LOCK, so exactly one of them seeds and the others find its demo;
 * being one transaction, a seed that fails or is killed half-way leaves nothing behind.
 */
export async function seedDemoIfWanted(
  db: DataSource,
  wanted: boolean | undefined,
  log: Logger,
): Promise<DemoSignIn[]> {
  if (wanted === false) return [];
  // Every start but the first ends here, without the lock.
  const found = await existingDemo(db.manager, wanted);
  if (found) return found;
  // Hashed before taking the lock, not while holding it (argon2id is slow on purpose).
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const foundUnderLock = await db.transaction(async (em) => {
    // The wait for another instance's seed can outlast the 5 s statement ceiling: lift it for that wait.
    await em.query(`SET LOCAL statement_timeout = ${SEED_LOCK_WAIT_MS}`);
    await em.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    await em.query(`SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
    // Checked again: another instance may have seeded (and committed) while this one waited. The
    // lock is released only after that commit is visible, and each READ COMMITTED statement sees it.
    const seededMeanwhile = await existingDemo(em, wanted);
    if (seededMeanwhile) return seededMeanwhile;
    await seedDemo(em, passwordHash);
    return undefined;
  });
  if (foundUnderLock) {
    log.info('demo organization already seeded by another instance');
    return foundUnderLock;
  }
  log.info({ organization: DEMO_ORGANIZATION }, 'demo organization seeded');
  return demoSignIns();
}

/**
 * The sign-ins of the demo when it is there, none when the database holds other organizations and
 * the demo was not asked for, or undefined when the demo is to be seeded.
 */
async function existingDemo(em: EntityManager, wanted: boolean | undefined): Promise<DemoSignIn[] | undefined> {
  const demoExists = await em.getRepository(Account).existsBy({ email: PEOPLE[0]!.email });
  if (demoExists) {
    const accounts = await em.getRepository(Account).findBy({ email: In(PEOPLE.map((p) => p.email)) });
    const emails = new Set(accounts.map((a) => a.email));
    return demoSignIns().filter((s) => emails.has(s.email));
  }
  if (wanted === undefined && (await em.getRepository(Organization).count()) > 0) return [];
  return undefined;
}

/** Writes the whole demo in the caller's transaction. */
async function seedDemo(em: EntityManager, passwordHash: string): Promise<void> {
  const organization = await em.save(
    em.create(Organization, { name: DEMO_ORGANIZATION, defaultWeeklyHours: DEFAULT_WEEKLY_HOURS }),
  );
  const ids = new Map<string, string>();
  for (const p of PEOPLE) {
    const person = await em.save(
      em.create(Person, {
        organizationId: organization.id,
        name: p.name,
        email: p.email,
        title: p.title,
        level: p.level,
        track: p.track,
        specialty: p.specialty,
        managerId: p.manager ? ids.get(p.manager)! : null,
      }),
    );
    ids.set(p.key, person.id);
    await em.insert(Account, {
      organizationId: organization.id,
      personId: person.id,
      email: p.email,
      passwordHash,
      role: p.role,
    });
  }
  await seedSamsPlan(em, organization.id, {
    sam: ids.get('sam')!,
    maya: ids.get('maya')!,
    priya: ids.get('priya')!,
    leo: ids.get('leo')!,
  });
  await seedTeam(em, organization.id, (key) => ids.get(key)!);
}

/**
 * Sam's plan toward Tech Lead: both sides have rated (they disagree on one signal), two gaps,
 * a full 40-hour week, and two change goals that trade execution hours for multiplying ones.
 */
interface DemoIds {
  sam: string;
  maya: string;
  priya: string;
  leo: string;
}

async function seedSamsPlan(em: EntityManager, organizationId: string, ids: DemoIds): Promise<void> {
  const { sam: samId, maya: mayaId } = ids;
  const plan = await em.save(
    em.create(GrowthPlan, {
      organizationId,
      ownerId: samId,
      managerId: mayaId,
      status: PlanStatus.ACTIVE,
      currentLevel: Level.SENIOR,
      targetLevel: Level.LEAD,
      targetArchetype: Archetype.TECH_LEAD,
      weeklyHours: 40,
    }),
  );
  const base = { organizationId, planId: plan.id };

  const ratings: RatingRow[] = [
    [
      SignalKey.REPLACEMENT_GAP,
      SignalRating.NOT_SEEN,
      null,
      SignalRating.NOT_SEEN,
      'Code reviews from Sam are the ones juniors learn most from.',
    ],
    [
      SignalKey.ROTATION_DOUBT,
      SignalRating.EMERGING,
      'I still lean on Maya when pricing asks what the numbers mean.',
      SignalRating.EMERGING,
      'Would move Sam to the pricing team, as long as someone helps with stakeholder updates.',
    ],
    [SignalKey.INCONSISTENCY, SignalRating.NOT_SEEN, null, SignalRating.NOT_SEEN, null],
    [
      SignalKey.DIMINISHING_RETURNS,
      SignalRating.CLEAR,
      'Another week of tuning the churn model moved AUC by 0.002.',
      SignalRating.CLEAR,
      'Agreed: the churn model is as good as the data allows.',
    ],
    [
      SignalKey.FEEDBACK_DRIES_UP,
      SignalRating.EMERGING,
      'Reviews on my analyses are mostly wording now.',
      SignalRating.EMERGING,
      null,
    ],
    [
      SignalKey.ROLE_MODEL,
      SignalRating.CLEAR,
      'Priya and Leo start new projects from my experiment template.',
      SignalRating.CLEAR,
      "Sam's experiment template is what we point new hires to.",
    ],
    [
      SignalKey.CROSS_SPECIALTY_CONTACT,
      SignalRating.CLEAR,
      'The pricing PM comes to me directly for elasticity questions.',
      SignalRating.EMERGING,
      'Starting to happen with pricing; not yet with engineering.',
    ],
  ];
  await rateSignals(em, plan, ratings);

  const quarter = quarterOf(new Date());
  const stakeholderGap = await em.save(
    em.create(Gap, {
      ...base,
      kind: GapKind.AUTONOMY,
      title: 'Stakeholder updates without Maya in the room',
      description:
        'Pricing trusts the analysis but still asks Maya what it means for them. Sam should own the readout end to end.',
      status: GapStatus.WORKING,
      openedQuarter: quarter,
      closedQuarter: null,
      evidence: 'Last two pricing reviews: Maya presented the recommendation.',
    }),
  );
  await em.save(
    em.create(Gap, {
      ...base,
      kind: GapKind.NEXT_SCOPE,
      title: 'Models ship, but nobody decides what to build next with them',
      description:
        'The churn model scores every customer weekly; retention has not changed how it targets offers. The next scope is the decision, not the model.',
      status: GapStatus.OPEN,
      openedQuarter: quarter,
      closedQuarter: null,
      evidence: null,
    }),
  );

  const activities = await addWeek(em, plan, [
    ['Churn model iterations', 14, Mode.DOING, Leverage.NEUTRAL],
    ['Ad-hoc analysis requests', 8, Mode.DOING, Leverage.OVERHEAD],
    ['Feature pipeline maintenance', 6, Mode.DOING, Leverage.OVERHEAD],
    ['Pricing elasticity study', 6, Mode.DOING, Leverage.HIGH],
    ['Code and notebook reviews', 4, Mode.MULTIPLYING, Leverage.HIGH],
    ['Team meetings', 2, Mode.DOING, Leverage.OVERHEAD],
  ]);
  const stop = (name: string, hours: number) => stopOf(activities, name, hours);
  const libraryGoal = await em.save(
    em.create(ChangeGoal, {
      ...base,
      title: 'Hand feature pipeline upkeep to Leo, build a shared feature library',
      lever: Lever.BUILD_TOOLS_AND_ASSETS,
      status: GoalStatus.ACTIVE,
      gapId: null,
      ...stop('Feature pipeline maintenance', 4),
      startActivityId: null,
      startActivityName: 'Shared feature library for the team',
      startMode: Mode.MULTIPLYING,
      startLeverage: Leverage.HIGH,
      startHours: 4,
      successMeasure: 'Priya and Leo build new models from the library without asking Sam.',
      targetQuarter: quarter,
    }),
  );
  await em.save(
    em.create(ChangeGoal, {
      ...base,
      title: 'Triage ad-hoc requests, own the pricing readout',
      lever: Lever.OWN_END_TO_END,
      status: GoalStatus.PROPOSED,
      gapId: stakeholderGap.id,
      ...stop('Ad-hoc analysis requests', 3),
      startActivityId: null,
      startActivityName: 'Pricing decision readouts',
      startMode: Mode.MULTIPLYING,
      startLeverage: Leverage.HIGH,
      startHours: 3,
      successMeasure: "Pricing decides on the next offer from Sam's readout, without Maya.",
      targetQuarter: quarter,
    }),
  );

  await seedDelegations(em, plan, activities, libraryGoal, ids);
  await seedHelpRequests(em, plan, ids);
  await seedPastReflections(em, plan);
  await assertWithinBudget(em, plan);
}

/** Two signed-off quarters before this one, showing the phase change under way. */
async function seedPastReflections(em: EntityManager, plan: GrowthPlan): Promise<void> {
  const current = quarterOf(new Date());
  const past: [string, Omit<QuarterPoint, 'quarter'>, string, string][] = [
    [
      addQuarters(current, -2),
      {
        doingHours: 39,
        multiplyingHours: 1,
        highLeverageHours: 6,
        neutralHours: 18,
        overheadHours: 16,
        gapsClosed: 0,
        delegationsOwned: 0,
        leverageRatio: null,
      },
      'Almost all my week is hands-on modelling and requests. I want to find out what a Lead week looks like.',
      'Sam is the strongest modeller on the team; the work does not scale past Sam yet.',
    ],
    [
      addQuarters(current, -1),
      {
        doingHours: 37,
        multiplyingHours: 3,
        highLeverageHours: 8,
        neutralHours: 16,
        overheadHours: 16,
        gapsClosed: 1,
        delegationsOwned: 1,
        leverageRatio: 2.1,
      },
      'Handed the retention report to Leo; reviews take real time now and are worth it.',
      'First delegation owned end to end. Next: stop being the person every request goes to.',
    ],
  ];
  for (const [quarter, point, selfText, managerText] of past) {
    await addSignedOffReflection(
      em,
      plan,
      quarter,
      point,
      { self: selfText, manager: managerText },
      {
        gapsOpened: 1,
        delegationsByStage: { OWNED: point.delegationsOwned },
      },
    );
  }
}

/** Delegations at every kind of stage, with check-ins from both sides. */
async function seedDelegations(
  em: EntityManager,
  plan: GrowthPlan,
  activities: Map<string, Activity>,
  libraryGoal: ChangeGoal,
  ids: DemoIds,
): Promise<void> {
  const delegate = (fields: Parameters<typeof addDelegation>[2], createdDaysAgo: number, checkIns: CheckInRow[]) =>
    addDelegation(em, plan, fields, createdDaysAgo, checkIns);
  const pipeline = activities.get('Feature pipeline maintenance')!;
  const churn = activities.get('Churn model iterations')!;
  const adhoc = activities.get('Ad-hoc analysis requests')!;

  await delegate(
    {
      activityId: pipeline.id,
      activityName: pipeline.name,
      delegateeId: ids.leo,
      hoursPerWeek: 4,
      goalId: libraryGoal.id,
      stage: DelegationStage.PAIRING,
      handedOverAt: null,
      learningObjective: 'Run a feature pipeline end to end: backfills, schema changes and the alerts that matter.',
    },
    24,
    [
      [Side.DELEGATOR, 20, 4, 2, 'Leo shadowed two backfills and asked the right questions about late events.'],
      [Side.DELEGATEE, 13, 3, 0, 'Comfortable with backfills; schema migrations still scare me.'],
      [Side.DELEGATOR, 6, 4, 1.5, 'Paired on the schema change for the pricing features; Leo drove.'],
    ],
  );
  await delegate(
    {
      activityId: churn.id,
      activityName: churn.name,
      delegateeId: ids.priya,
      hoursPerWeek: 3,
      goalId: null,
      stage: DelegationStage.REVIEWING,
      handedOverAt: daysAgo(21),
      learningObjective: 'Judge when a retrained model is safe to ship: drift checks, backtests, a rollback plan.',
    },
    45,
    [
      [Side.DELEGATOR, 40, 3, 2, 'Walked Priya through the retraining notebook and the drift dashboard.'],
      [Side.DELEGATEE, 21, 4, 0, 'Ran the November retrain myself; Sam reviewed the backtest.'],
      [Side.DELEGATOR, 8, 5, 1, 'Review took 20 minutes. Nothing to change.'],
    ],
  );
  await delegate(
    {
      activityId: adhoc.id,
      activityName: adhoc.name,
      delegateeId: ids.priya,
      hoursPerWeek: 2,
      goalId: null,
      stage: DelegationStage.SHADOWING,
      handedOverAt: null,
      learningObjective: 'Turn a vague business question into a scoped analysis with a clear decision attached.',
    },
    16,
    [[Side.DELEGATEE, 5, 2, 0, 'Not sure how to push back when finance asks for "everything".']],
  );
  // Handed over completely last quarter: its hours have already left the week.
  await delegate(
    {
      activityId: null,
      activityName: 'Weekly retention report',
      delegateeId: ids.leo,
      hoursPerWeek: 3,
      goalId: null,
      stage: DelegationStage.OWNED,
      handedOverAt: daysAgo(70),
      learningObjective: 'Own a recurring report: automate it, check it, explain the changes.',
    },
    100,
    [
      [Side.DELEGATOR, 90, 3, 3, 'Leo rebuilt the report in dbt with me.'],
      [Side.DELEGATEE, 60, 5, 0, 'Report runs itself; I only write the commentary.'],
      [Side.DELEGATOR, 30, 5, 0.5, 'Nothing to review any more.'],
    ],
  );
}

/** A handful of triaged requests from the last four weeks. */
async function seedHelpRequests(em: EntityManager, plan: GrowthPlan, ids: DemoIds): Promise<void> {
  await addHelpRequests(em, plan, [
    [
      ids.priya,
      'Priya Natarajan',
      'How to choose a holdout size for the pricing test',
      true,
      true,
      false,
      GuidanceHorizon.MONTHS,
      HelpDecision.TEACH,
      null,
      1.5,
      3,
    ],
    [
      null,
      'Finance team',
      'Why the revenue dashboard differs from the ledger',
      false,
      false,
      true,
      GuidanceHorizon.ONE_OFF,
      HelpDecision.REDIRECT,
      'BI team (data platform on-call)',
      0.25,
      6,
    ],
    [
      null,
      'Pricing PM',
      'Which elasticity estimate to use for the Q1 offer',
      true,
      false,
      false,
      GuidanceHorizon.WEEKS,
      HelpDecision.HELP,
      null,
      2,
      9,
    ],
    [
      ids.leo,
      'Leo Martins',
      'Debugging a feature that leaks the label',
      true,
      true,
      false,
      GuidanceHorizon.WEEKS,
      HelpDecision.TEACH,
      null,
      1,
      15,
    ],
    [
      null,
      'Marketing analytics',
      "Re-running last year's campaign attribution",
      false,
      false,
      true,
      GuidanceHorizon.ONE_OFF,
      HelpDecision.REDIRECT,
      'Marketing analytics runbook',
      0,
      20,
    ],
  ]);
}
