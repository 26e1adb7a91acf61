import {
  Archetype,
  DelegationStage,
  Side,
  GapKind,
  GapStatus,
  GoalStatus,
  Lever,
  Leverage,
  Mode,
  quarterOf,
  SignalKey,
  SignalRating,
} from '@fulcrum/shared';
import { type EntityManager } from 'typeorm';
import { type Activity } from '../../plans/activity.entity';
import { type ChangeGoal } from '../../plans/goal.entity';
import { type GrowthPlan } from '../../plans/plan.entity';
import {
  addDelegations,
  addGaps,
  addGoal,
  addPlan,
  addWeek,
  assertWithinBudget,
  rateSignals,
  type RatingRow,
} from './helpers';
import { seedHelpRequests, seedPastReflections, type DemoIds } from './sams-history';

/**
 * Sam's plan toward Tech Lead: both sides have rated (they disagree on one signal), two gaps,
 * a full 40-hour week, and two change goals that trade execution hours for multiplying ones.
 */
export async function seedSamsPlan(em: EntityManager, organizationId: string, ids: DemoIds): Promise<void> {
  const plan = await addPlan(em, organizationId, {
    ownerId: ids.sam,
    managerId: ids.maya,
    targetArchetype: Archetype.TECH_LEAD,
    weeklyHours: 40,
  });

  await rateSamsSignals(em, plan);

  const quarter = quarterOf(new Date());
  const [stakeholderGap] = await addGaps(em, plan, [
    {
      kind: GapKind.AUTONOMY,
      title: 'Stakeholder updates without Maya in the room',
      description:
        'Pricing trusts the analysis but still asks Maya what it means for them. Sam should own the readout end to end.',
      status: GapStatus.WORKING,
      openedQuarter: quarter,
      evidence: 'Last two pricing reviews: Maya presented the recommendation.',
    },
    {
      kind: GapKind.NEXT_SCOPE,
      title: 'Models ship, but nobody decides what to build next with them',
      description:
        'The churn model scores every customer weekly; retention has not changed how it targets offers. The next scope is the decision, not the model.',
      status: GapStatus.OPEN,
      openedQuarter: quarter,
      evidence: null,
    },
  ]);

  const { activities, libraryGoal } = await seedSamsWeek(em, plan, quarter, stakeholderGap.id);

  await seedDelegations(em, plan, activities, libraryGoal, ids);
  await seedHelpRequests(em, plan, ids);
  await seedPastReflections(em, plan);
  await assertWithinBudget(em, plan);
}

/** Delegations at every kind of stage, with check-ins from both sides. */
export async function seedDelegations(
  em: EntityManager,
  plan: GrowthPlan,
  activities: Map<string, Activity>,
  libraryGoal: ChangeGoal,
  ids: DemoIds,
): Promise<void> {
  await addDelegations(em, plan, activities, [
    {
      activity: 'Feature pipeline maintenance',
      hoursPerWeek: 4,
      delegateeId: ids.leo,
      goalId: libraryGoal.id,
      stage: DelegationStage.PAIRING,
      learningObjective: 'Run a feature pipeline end to end: backfills, schema changes and the alerts that matter.',
      createdDaysAgo: 24,
      checkIns: [
        [Side.DELEGATOR, 20, 4, 2, 'Leo shadowed two backfills and asked the right questions about late events.'],
        [Side.DELEGATEE, 13, 3, 0, 'Comfortable with backfills; schema migrations still scare me.'],
        [Side.DELEGATOR, 6, 4, 1.5, 'Paired on the schema change for the pricing features; Leo drove.'],
      ],
    },
    {
      activity: 'Churn model iterations',
      hoursPerWeek: 3,
      delegateeId: ids.priya,
      stage: DelegationStage.REVIEWING,
      handedOverDaysAgo: 21,
      learningObjective: 'Judge when a retrained model is safe to ship: drift checks, backtests, a rollback plan.',
      createdDaysAgo: 45,
      checkIns: [
        [Side.DELEGATOR, 40, 3, 2, 'Walked Priya through the retraining notebook and the drift dashboard.'],
        [Side.DELEGATEE, 21, 4, 0, 'Ran the November retrain myself; Sam reviewed the backtest.'],
        [Side.DELEGATOR, 8, 5, 1, 'Review took 20 minutes. Nothing to change.'],
      ],
    },
    {
      activity: 'Ad-hoc analysis requests',
      hoursPerWeek: 2,
      delegateeId: ids.priya,
      stage: DelegationStage.SHADOWING,
      learningObjective: 'Turn a vague business question into a scoped analysis with a clear decision attached.',
      createdDaysAgo: 16,
      checkIns: [[Side.DELEGATEE, 5, 2, 0, 'Not sure how to push back when finance asks for "everything".']],
    },
    // Handed over completely last quarter: its hours have already left the week.
    {
      activity: 'Weekly retention report',
      leftTheWeek: true,
      hoursPerWeek: 3,
      delegateeId: ids.leo,
      stage: DelegationStage.OWNED,
      handedOverDaysAgo: 70,
      learningObjective: 'Own a recurring report: automate it, check it, explain the changes.',
      createdDaysAgo: 100,
      checkIns: [
        [Side.DELEGATOR, 90, 3, 3, 'Leo rebuilt the report in dbt with me.'],
        [Side.DELEGATEE, 60, 5, 0, 'Report runs itself; I only write the commentary.'],
        [Side.DELEGATOR, 30, 5, 0.5, 'Nothing to review any more.'],
      ],
    },
  ]);
}

/** Both sides have rated; they disagree on one signal. */
async function rateSamsSignals(em: EntityManager, plan: GrowthPlan) {
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
}

/** A full 40-hour week and two change goals that trade execution hours for multiplying ones. */
async function seedSamsWeek(em: EntityManager, plan: GrowthPlan, quarter: string, stakeholderGapId: string) {
  const activities = await addWeek(em, plan, [
    ['Churn model iterations', 14, Mode.DOING, Leverage.NEUTRAL],
    ['Ad-hoc analysis requests', 8, Mode.DOING, Leverage.OVERHEAD],
    ['Feature pipeline maintenance', 6, Mode.DOING, Leverage.OVERHEAD],
    ['Pricing elasticity study', 6, Mode.DOING, Leverage.HIGH],
    ['Code and notebook reviews', 4, Mode.MULTIPLYING, Leverage.HIGH],
    ['Team meetings', 2, Mode.DOING, Leverage.OVERHEAD],
  ]);
  const libraryGoal = await addGoal(em, plan, activities, {
    title: 'Hand feature pipeline upkeep to Leo, build a shared feature library',
    lever: Lever.BUILD_TOOLS_AND_ASSETS,
    status: GoalStatus.ACTIVE,
    stop: ['Feature pipeline maintenance', 4],
    start: ['Shared feature library for the team', 4],
    successMeasure: 'Priya and Leo build new models from the library without asking Sam.',
    targetQuarter: quarter,
  });
  await addGoal(em, plan, activities, {
    title: 'Triage ad-hoc requests, own the pricing readout',
    lever: Lever.OWN_END_TO_END,
    status: GoalStatus.PROPOSED,
    gapId: stakeholderGapId,
    stop: ['Ad-hoc analysis requests', 3],
    start: ['Pricing decision readouts', 3],
    successMeasure: "Pricing decides on the next offer from Sam's readout, without Maya.",
    targetQuarter: quarter,
  });
  return { activities, libraryGoal };
}
