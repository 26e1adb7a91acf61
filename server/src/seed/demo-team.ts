import {
  addQuarters,
  Archetype,
  DelegationStage,
  GapKind,
  GapStatus,
  GoalStatus,
  GuidanceHorizon,
  HelpDecision,
  Level,
  Lever,
  Leverage,
  LinkKind,
  Mode,
  OneOnOneStatus,
  PlanStatus,
  proposeAgenda,
  quarterOf,
  Side,
  SignalKey,
  SignalRating,
} from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import { ActionItem, AgendaItem, OneOnOne } from '../modules/one-on-ones/one-on-one.entity';
import { agendaSources } from '../modules/one-on-ones/one-on-one.service';
import { Gap } from '../modules/plans/gap.entity';
import { ChangeGoal } from '../modules/plans/goal.entity';
import { GrowthPlan } from '../modules/plans/plan.entity';
import {
  addDelegation,
  addHelpRequests,
  addSignedOffReflection,
  addWeek,
  assertWithinBudget,
  dateDaysAgo,
  DAY_MS,
  daysAgo,
  delegationOf,
  rateSignals,
  stopOf,
} from './helpers';

/**
 * The rest of Maya's organization, so that her home shows a small real org rather than one row:
 * Noor, a second senior under Maya, whose plan is in trouble in the ways the home flags (two
 * delegations at risk, two anti-patterns, an upcoming 1:1 with open action items, a real shift
 * since last quarter), and Jonas's ML engineering team one level down, where Aisha's plan is on
 * track. None of it touches Sam, Priya or Leo.
 */
export async function seedTeam(em: EntityManager, organizationId: string, id: (key: string) => string): Promise<void> {
  await seedNoorsPlan(em, organizationId, id);
  await seedAishasPlan(em, organizationId, id);
}

/**
 * Noor's plan toward Right Hand, on a 32-hour (four-day) week: Maya sees a blocker (the same
 * KPI mistake came back), so readiness says to focus on senior scope first. One goal is done
 * this quarter (3 h moved from doing to multiplying since the last reflection), the active one
 * is small and the proposed one only adds work.
 */
async function seedNoorsPlan(em: EntityManager, organizationId: string, id: (key: string) => string): Promise<void> {
  const plan = await em.save(
    em.create(GrowthPlan, {
      organizationId,
      ownerId: id('noor'),
      managerId: id('maya'),
      status: PlanStatus.ACTIVE,
      currentLevel: Level.SENIOR,
      targetLevel: Level.LEAD,
      targetArchetype: Archetype.RIGHT_HAND,
      weeklyHours: 32,
    }),
  );
  const base = { organizationId, planId: plan.id };

  await rateSignals(em, plan, [
    [SignalKey.REPLACEMENT_GAP, SignalRating.NOT_SEEN, null, SignalRating.NOT_SEEN, null],
    [
      SignalKey.ROTATION_DOUBT,
      SignalRating.EMERGING,
      'Nobody else knows how the attribution model treats refunds.',
      SignalRating.EMERGING,
      'Would move Noor to growth, as long as someone checks her numbers before they go out.',
    ],
    [
      SignalKey.INCONSISTENCY,
      SignalRating.EMERGING,
      'One bad refund join this quarter; fixed the same day.',
      SignalRating.CLEAR,
      'Refunds were double-counted in two KPI packs this quarter: the same mistake as last spring.',
    ],
    [
      SignalKey.DIMINISHING_RETURNS,
      SignalRating.CLEAR,
      'Another month on the attribution model changes nothing marketing decides.',
      SignalRating.EMERGING,
      'True for attribution; not yet for the KPI pack.',
    ],
    [SignalKey.FEEDBACK_DRIES_UP, SignalRating.NOT_SEEN, null, SignalRating.NOT_SEEN, null],
    [SignalKey.ROLE_MODEL, SignalRating.NOT_SEEN, null, SignalRating.NOT_SEEN, null],
    [
      SignalKey.CROSS_SPECIALTY_CONTACT,
      SignalRating.CLEAR,
      'The marketing VP asks me which channel numbers to trust.',
      SignalRating.CLEAR,
      'Marketing and finance both go to Noor first on revenue by channel.',
    ],
  ]);

  const quarter = quarterOf(new Date());
  await em.save(
    em.create(Gap, {
      ...base,
      kind: GapKind.AUTONOMY,
      title: 'KPI numbers that hold without a second check',
      description:
        "Marketing trusts Noor's numbers until a pack goes out wrong. The refund rule lives in Noor's head, not in a tested model.",
      status: GapStatus.WORKING,
      openedQuarter: addQuarters(quarter, -1),
      closedQuarter: null,
      evidence: 'Two KPI packs this quarter had to be re-sent after Maya spotted the refunds.',
    }),
  );
  const definitionsGap = await em.save(
    em.create(Gap, {
      ...base,
      kind: GapKind.NEXT_SCOPE,
      title: 'Every team counts an "active customer" its own way',
      description:
        "Noor's attribution is right, but product and finance define customers differently, so the numbers never meet. The next scope is one shared definition, not another model.",
      status: GapStatus.OPEN,
      openedQuarter: quarter,
      closedQuarter: null,
      evidence: null,
    }),
  );

  // The week after this quarter's done goal: the weekly funnel report (4 h) has left it and the
  // dashboard's office hours (3 h) are in it. 28 of 32 hours: room for one addition.
  const activities = await addWeek(em, plan, [
    ['Marketing attribution model', 9, Mode.DOING, Leverage.HIGH],
    ['Monthly KPI pack', 5, Mode.DOING, Leverage.OVERHEAD],
    ['Ad-hoc requests from marketing', 5, Mode.DOING, Leverage.OVERHEAD],
    ['Marketing mart data quality checks', 4, Mode.DOING, Leverage.NEUTRAL],
    ['Funnel dashboard office hours', 3, Mode.MULTIPLYING, Leverage.HIGH],
    ['SQL reviews for analysts', 2, Mode.MULTIPLYING, Leverage.NEUTRAL],
  ]);

  await em.save(
    em.create(ChangeGoal, {
      ...base,
      title: 'Replace the hand-built weekly funnel report with a self-serve dashboard',
      lever: Lever.BUILD_TOOLS_AND_ASSETS,
      status: GoalStatus.DONE,
      gapId: null,
      // Done: its stopped activity has left the week, its started one is in it.
      stopActivityId: null,
      stopActivityName: 'Weekly funnel report',
      stopMode: Mode.DOING,
      stopLeverage: Leverage.OVERHEAD,
      stopHours: 4,
      startActivityId: activities.get('Funnel dashboard office hours')!.id,
      startActivityName: 'Funnel dashboard office hours',
      startMode: Mode.MULTIPLYING,
      startLeverage: Leverage.HIGH,
      startHours: 3,
      successMeasure: 'Marketing answers its weekly funnel questions from the dashboard.',
      targetQuarter: quarter,
    }),
  );
  const kpiGoal = await em.save(
    em.create(ChangeGoal, {
      ...base,
      title: 'Hand the KPI pack to Ben, review metric definitions with finance',
      lever: Lever.INVEST_TO_MULTIPLY,
      status: GoalStatus.ACTIVE,
      gapId: definitionsGap.id,
      ...stopOf(activities, 'Monthly KPI pack', 3),
      startActivityId: null,
      startActivityName: 'Metric definitions review with finance',
      startMode: Mode.MULTIPLYING,
      startLeverage: Leverage.HIGH,
      startHours: 3,
      successMeasure: 'Ben sends the pack; finance and marketing quote the same customer count.',
      targetQuarter: quarter,
    }),
  );
  // Frees nothing: ADDITION_NOT_CHANGE. Fits only because the week has 4 hours of slack.
  const guildGoal = await em.save(
    em.create(ChangeGoal, {
      ...base,
      title: 'Start a metrics guild with product, finance and marketing',
      lever: Lever.SHARE_KNOWLEDGE,
      status: GoalStatus.PROPOSED,
      gapId: definitionsGap.id,
      stopActivityId: null,
      stopActivityName: null,
      stopMode: null,
      stopLeverage: null,
      stopHours: null,
      startActivityId: null,
      startActivityName: 'Metrics guild',
      startMode: Mode.MULTIPLYING,
      startLeverage: Leverage.HIGH,
      startHours: 2,
      successMeasure: 'Each team sends someone who can explain its metric definitions.',
      targetQuarter: addQuarters(quarter, 1),
    }),
  );

  // At risk: Ben's last check-in says 2/5.
  await addDelegation(
    em,
    plan,
    {
      ...delegationOf(activities.get('Monthly KPI pack'), 3),
      delegateeId: id('ben'),
      goalId: kpiGoal.id,
      stage: DelegationStage.SHADOWING,
      handedOverAt: null,
      learningObjective:
        'Build a KPI pack that reconciles: one source per number, and the checks to run before it goes out.',
    },
    20,
    [
      [Side.DELEGATOR, 16, 3, 1.5, 'Ben watched me build the pack; we wrote down where each number comes from.'],
      [
        Side.DELEGATEE,
        3,
        2,
        0,
        "The refund adjustments still lose me: I could not reproduce last month's revenue line.",
      ],
    ],
  );
  // At risk: nobody has checked in for 17 days (Kenji, on Jonas's team, was pulled onto an incident).
  await addDelegation(
    em,
    plan,
    {
      ...delegationOf(activities.get('Marketing mart data quality checks'), 2),
      delegateeId: id('kenji'),
      goalId: null,
      stage: DelegationStage.PAIRING,
      handedOverAt: null,
      learningObjective: 'Write data tests that catch a broken source before a dashboard shows it.',
    },
    45,
    [
      [Side.DELEGATOR, 40, 3, 2, 'Walked Kenji through the dbt tests on the marketing mart.'],
      [Side.DELEGATEE, 17, 4, 0, 'Paired on the freshness alerts; I can add a test on my own now.'],
    ],
  );

  await addHelpRequests(em, plan, [
    [
      id('ben'),
      'Ben Carter',
      'Which date to use for campaign cohorts',
      false,
      true,
      false,
      GuidanceHorizon.WEEKS,
      HelpDecision.TEACH,
      null,
      1,
      4,
    ],
    [
      null,
      'Marketing VP',
      'Is the drop in paid search conversions real?',
      true,
      false,
      false,
      GuidanceHorizon.WEEKS,
      HelpDecision.HELP,
      null,
      3,
      8,
    ],
    [
      null,
      'Finance team',
      'Revenue by channel for the board deck',
      false,
      false,
      true,
      GuidanceHorizon.ONE_OFF,
      HelpDecision.REDIRECT,
      'BI team (board reporting)',
      0.5,
      12,
    ],
  ]);

  // Last quarter, before the funnel report left the week: 27 h doing, 2 h multiplying.
  await addSignedOffReflection(
    em,
    plan,
    addQuarters(quarter, -1),
    {
      doingHours: 27,
      multiplyingHours: 2,
      highLeverageHours: 9,
      neutralHours: 6,
      overheadHours: 14,
      gapsClosed: 0,
      delegationsOwned: 0,
      leverageRatio: null,
    },
    {
      self: 'Most of my week is still the numbers marketing asks for. The funnel dashboard will be the first thing I build for others to use.',
      manager:
        'Marketing trusts Noor more than any dashboard; the KPI pack mistakes are what hold that back. Next: numbers that hold without a second check.',
    },
    { gapsOpened: 1, delegationsByStage: {} },
  );

  await seedNoorsOneOnOnes(em, plan, id, guildGoal);
  await assertWithinBudget(em, plan);
}

/**
 * Maya and Noor met 13 days ago and left with three action items, one done. Their next 1:1,
 * in two days, carries the two open ones (one overdue) and the agenda the plan proposes, as
 * scheduling does, plus an item Noor added about the guild.
 */
async function seedNoorsOneOnOnes(
  em: EntityManager,
  plan: GrowthPlan,
  id: (key: string) => string,
  guildGoal: ChangeGoal,
): Promise<void> {
  const base = { organizationId: plan.organizationId, planId: plan.id };
  const previousAt = atTen(13);
  const previous = await em.save(
    em.create(OneOnOne, {
      ...base,
      scheduledAt: previousAt,
      status: OneOnOneStatus.DONE,
      sharedNotes: [
        '## KPI pack',
        '',
        '- The refund rule goes into the metrics doc before the next pack',
        '- Ben shadows the next pack end to end',
        '',
        '## Data quality',
        '',
        '- Kenji keeps pairing on the marketing mart tests',
      ].join('\n'),
      sharedNotesVersion: 4,
      completedAt: new Date(previousAt.getTime() + 45 * 60 * 1000),
      createdAt: new Date(previousAt.getTime() - 7 * DAY_MS),
    }),
  );
  const discussed: [text: string, author: string, linkKind: LinkKind | null, linkId: string | null][] = [
    ['Inconsistency: self says emerging, manager says clear.', 'maya', LinkKind.SIGNAL, SignalKey.INCONSISTENCY],
    ['Who builds the KPI pack while I am on the guild?', 'noor', null, null],
  ];
  for (const [position, [text, author, linkKind, linkId]] of discussed.entries()) {
    await em.insert(AgendaItem, {
      organizationId: plan.organizationId,
      oneOnOneId: previous.id,
      text,
      authorId: id(author),
      position,
      linkKind,
      linkId,
      discussed: true,
      proposed: position === 0,
      createdAt: new Date(previousAt.getTime() - 7 * DAY_MS + position),
    });
  }
  const items: [text: string, owner: string, dueDaysAgo: number, done: boolean][] = [
    ['Write the refund rule into the metrics doc', 'noor', 6, false],
    ['Book a shadowing session with Ben on the KPI pack', 'noor', 10, true],
    ['Ask Jonas whether Kenji keeps the data quality checks this quarter', 'maya', -3, false],
  ];
  const open: ActionItem[] = [];
  for (const [index, [text, owner, dueDaysAgo, done]] of items.entries()) {
    const item = await em.save(
      em.create(ActionItem, {
        organizationId: plan.organizationId,
        oneOnOneId: previous.id,
        text,
        ownerId: id(owner),
        dueOn: dateDaysAgo(dueDaysAgo),
        done,
        carriedFromId: null,
        createdAt: new Date(previousAt.getTime() + (20 + index) * 60 * 1000),
      }),
    );
    if (!done) open.push(item);
  }

  const next = await em.save(
    em.create(OneOnOne, {
      ...base,
      scheduledAt: atTen(-2),
      status: OneOnOneStatus.UPCOMING,
      sharedNotes: '',
      sharedNotesVersion: 1,
      completedAt: null,
    }),
  );
  for (const [index, item] of open.entries()) {
    await em.insert(ActionItem, {
      organizationId: plan.organizationId,
      oneOnOneId: next.id,
      text: item.text,
      ownerId: item.ownerId,
      dueOn: item.dueOn,
      done: false,
      carriedFromId: item.id,
      createdAt: new Date(Date.now() + index),
    });
  }

  // What scheduling proposes from the plan (the same shared rule), then Noor's own item.
  const proposals = proposeAgenda(await agendaSources(em, plan, open, previousAt));
  const agenda = [
    ...proposals.map((p) => ({ ...p, authorId: plan.managerId, proposed: true })),
    {
      text: 'Can the metrics guild start before the KPI pack is handed over?',
      linkKind: LinkKind.GOAL,
      linkId: guildGoal.id,
      authorId: plan.ownerId,
      proposed: false,
    },
  ];
  for (const [position, item] of agenda.entries()) {
    await em.insert(AgendaItem, {
      organizationId: plan.organizationId,
      oneOnOneId: next.id,
      position,
      discussed: false,
      ...item,
    });
  }
}

/** 10:00 UTC, `days` days ago (negative: ahead). */
function atTen(days: number): Date {
  const date = daysAgo(days);
  date.setUTCHours(10, 0, 0, 0);
  return date;
}

/**
 * Aisha's plan toward Architect, under Jonas (Maya sees it read only, one level down): signals
 * still building, one big active goal served by a delegation that Tomás now does under review,
 * a delegation to Kenji just agreed, and her first 1:1 with Jonas coming up. No reflection yet:
 * the plan started this quarter.
 */
async function seedAishasPlan(em: EntityManager, organizationId: string, id: (key: string) => string): Promise<void> {
  const plan = await em.save(
    em.create(GrowthPlan, {
      organizationId,
      ownerId: id('aisha'),
      managerId: id('jonas'),
      status: PlanStatus.ACTIVE,
      currentLevel: Level.SENIOR,
      targetLevel: Level.LEAD,
      targetArchetype: Archetype.ARCHITECT,
      weeklyHours: 40,
    }),
  );
  const base = { organizationId, planId: plan.id };

  await rateSignals(em, plan, [
    [
      SignalKey.REPLACEMENT_GAP,
      SignalRating.NOT_SEEN,
      null,
      SignalRating.NOT_SEEN,
      'Every model Aisha deploys has a rollback plan.',
    ],
    [
      SignalKey.ROTATION_DOUBT,
      SignalRating.NOT_SEEN,
      null,
      SignalRating.EMERGING,
      'Would move Aisha, as long as someone else can explain serving costs to finance.',
    ],
    [SignalKey.INCONSISTENCY, SignalRating.NOT_SEEN, null, SignalRating.NOT_SEEN, null],
    [
      SignalKey.DIMINISHING_RETURNS,
      SignalRating.EMERGING,
      'Shaving latency off the ranking model is getting expensive.',
      SignalRating.EMERGING,
      null,
    ],
    [
      SignalKey.FEEDBACK_DRIES_UP,
      SignalRating.CLEAR,
      'Design reviews of my deployment changes pass without comments.',
      SignalRating.CLEAR,
      "Agreed: reviews of Aisha's changes are a formality now.",
    ],
    [SignalKey.ROLE_MODEL, SignalRating.EMERGING, 'Tomás copies my release checklist.', SignalRating.EMERGING, null],
    [SignalKey.CROSS_SPECIALTY_CONTACT, SignalRating.NOT_SEEN, null, SignalRating.NOT_SEEN, null],
  ]);

  const quarter = quarterOf(new Date());
  await em.save(
    em.create(Gap, {
      ...base,
      kind: GapKind.NEXT_SCOPE,
      title: 'Every model ships its own way',
      description:
        "Aisha's deployments are the most reliable on the team, but each model still has its own pipeline. The next scope is one way to deploy and monitor that every team uses.",
      status: GapStatus.OPEN,
      openedQuarter: quarter,
      closedQuarter: null,
      evidence: 'Four models in production, four deployment scripts.',
    }),
  );

  const activities = await addWeek(em, plan, [
    ['Recommendation model training', 12, Mode.DOING, Leverage.HIGH],
    ['Model deployments by hand', 10, Mode.DOING, Leverage.NEUTRAL],
    ['On-call for model serving', 6, Mode.DOING, Leverage.OVERHEAD],
    ['Design reviews', 4, Mode.MULTIPLYING, Leverage.HIGH],
    ['Sprint ceremonies', 3, Mode.DOING, Leverage.OVERHEAD],
    ['Mentoring Tomás', 3, Mode.MULTIPLYING, Leverage.HIGH],
  ]);
  const templateGoal = await em.save(
    em.create(ChangeGoal, {
      ...base,
      title: 'One deployment template for every model; Tomás runs the releases',
      lever: Lever.BUILD_TOOLS_AND_ASSETS,
      status: GoalStatus.ACTIVE,
      gapId: null,
      ...stopOf(activities, 'Model deployments by hand', 6),
      startActivityId: null,
      startActivityName: 'Shared deployment template and CI',
      startMode: Mode.MULTIPLYING,
      startLeverage: Leverage.HIGH,
      startHours: 6,
      successMeasure: 'A new model reaches production through the template without Aisha.',
      targetQuarter: quarter,
    }),
  );
  await em.save(
    em.create(ChangeGoal, {
      ...base,
      title: "Write next year's serving capacity plan",
      lever: Lever.EXTEND_TIME_HORIZON,
      status: GoalStatus.PROPOSED,
      gapId: null,
      ...stopOf(activities, 'On-call for model serving', 2),
      startActivityId: null,
      startActivityName: 'Serving capacity roadmap',
      startMode: Mode.MULTIPLYING,
      startLeverage: Leverage.HIGH,
      startHours: 2,
      successMeasure: "Finance budgets next year's GPUs from the plan.",
      targetQuarter: addQuarters(quarter, 1),
    }),
  );

  await addDelegation(
    em,
    plan,
    {
      ...delegationOf(activities.get('Model deployments by hand'), 4),
      delegateeId: id('tomas'),
      goalId: templateGoal.id,
      stage: DelegationStage.REVIEWING,
      handedOverAt: daysAgo(10),
      learningObjective: 'Release a model safely: canary, metrics to watch, and when to roll back.',
    },
    35,
    [
      [Side.DELEGATOR, 30, 3, 2, 'Tomás shadowed the ranking model release; we wrote the checklist together.'],
      [Side.DELEGATEE, 10, 4, 0, 'Shipped the search model release myself; Aisha reviewed the rollout plan.'],
      [Side.DELEGATOR, 2, 4, 0.5, 'Review of the canary config took 15 minutes.'],
    ],
  );
  await addDelegation(
    em,
    plan,
    {
      ...delegationOf(activities.get('On-call for model serving'), 2),
      delegateeId: id('kenji'),
      goalId: null,
      stage: DelegationStage.PLANNED,
      handedOverAt: null,
      learningObjective: 'Read the serving dashboards well enough to tell a model problem from an infrastructure one.',
    },
    4,
    [],
  );

  await addHelpRequests(em, plan, [
    [
      id('tomas'),
      'Tomás Ruiz',
      'Why the canary rollout stalls at 10%',
      true,
      true,
      false,
      GuidanceHorizon.MONTHS,
      HelpDecision.TEACH,
      null,
      1.5,
      6,
    ],
    [
      null,
      'Search team',
      'Serving our embeddings from their index',
      true,
      false,
      false,
      GuidanceHorizon.WEEKS,
      HelpDecision.HELP,
      null,
      2,
      11,
    ],
  ]);

  // Their first 1:1, in five days: the agenda the plan proposes, no action items yet.
  const next = await em.save(
    em.create(OneOnOne, {
      ...base,
      scheduledAt: atTen(-5),
      status: OneOnOneStatus.UPCOMING,
      sharedNotes: '',
      sharedNotesVersion: 1,
      completedAt: null,
    }),
  );
  const proposals = proposeAgenda(await agendaSources(em, plan, [], null));
  for (const [position, p] of proposals.entries()) {
    await em.insert(AgendaItem, {
      organizationId,
      oneOnOneId: next.id,
      position,
      discussed: false,
      proposed: true,
      authorId: plan.managerId,
      ...p,
    });
  }

  await assertWithinBudget(em, plan);
}
