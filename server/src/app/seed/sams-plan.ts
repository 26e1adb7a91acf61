import {
  Archetype,
  DelegationStage,
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
  SignalKey,
  SignalRating,
} from '@fulcrum/shared';
import { type EntityManager } from 'typeorm';
import { Activity } from '../../plans/activity.entity';
import { Gap } from '../../plans/gap.entity';
import { ChangeGoal } from '../../plans/goal.entity';
import { GrowthPlan } from '../../plans/plan.entity';
import {
  addDelegation,
  addWeek,
  assertWithinBudget,
  type CheckInRow,
  daysAgo,
  rateSignals,
  type RatingRow,
  seeded,
  stopOf,
} from './helpers';
import { seedHelpRequests, seedPastReflections, type DemoIds } from './sams-history';

/**
 * Sam's plan toward Tech Lead: both sides have rated (they disagree on one signal), two gaps,
 * a full 40-hour week, and two change goals that trade execution hours for multiplying ones.
 */
export async function seedSamsPlan(em: EntityManager, organizationId: string, ids: DemoIds): Promise<void> {
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

  await rateSamsSignals(em, plan);

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

  const { activities, libraryGoal } = await seedSamsWeek(em, plan, base, quarter, stakeholderGap);

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
  const delegate = (fields: Parameters<typeof addDelegation>[2], createdDaysAgo: number, checkIns: CheckInRow[]) =>
    addDelegation(em, plan, fields, createdDaysAgo, checkIns);
  const activity = (name: string) => seeded(activities, name, 'activity in the week');
  const pipeline = activity('Feature pipeline maintenance');
  const churn = activity('Churn model iterations');
  const adhoc = activity('Ad-hoc analysis requests');

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
  await addLeosOwnedDelegation(em, plan, ids);
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
async function seedSamsWeek(
  em: EntityManager,
  plan: GrowthPlan,
  base: { organizationId: string; planId: string },
  quarter: string,
  stakeholderGap: Gap,
) {
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
  return { activities, libraryGoal };
}

/** Handed over completely last quarter: its hours have already left the week. */
async function addLeosOwnedDelegation(em: EntityManager, plan: GrowthPlan, ids: DemoIds) {
  // Handed over completely last quarter: its hours have already left the week.
  await addDelegation(
    em,
    plan,
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
