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
import { AgendaItem, OneOnOne } from '../../one-on-ones/one-on-one.entity';
import { agendaSources } from '../../one-on-ones/one-on-one.service';
import { Gap } from '../../plans/gap.entity';
import { ChangeGoal } from '../../plans/goal.entity';
import { GrowthPlan } from '../../plans/plan.entity';
import {
  addDelegation,
  addHelpRequests,
  addWeek,
  assertWithinBudget,
  daysAgo,
  delegationOf,
  rateSignals,
  stopOf,
} from './helpers';

import { atTen } from './noors-one-on-ones';
/**
 * Aisha's plan toward Architect, under Jonas (Maya sees it read only, one level down): signals
 * still building, one big active goal served by a delegation that Tomás now does under review,
 * a delegation to Kenji just agreed, and her first 1:1 with Jonas coming up. No reflection yet:
 * the plan started this quarter.
 */
export async function seedAishasPlan(
  em: EntityManager,
  organizationId: string,
  id: (key: string) => string,
): Promise<void> {
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

  await rateAishasSignals(em, plan);

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
  await addAishasProposedGoal(em, base, quarter, activities);

  await seedAishasWork(em, plan, id, activities, templateGoal);

  await seedAishasNextOneOnOne(em, plan, base);

  await assertWithinBudget(em, plan);
}

/** Both sides' ratings of Aisha's signals. */
async function rateAishasSignals(em: EntityManager, plan: GrowthPlan) {
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
}

/** Aisha's delegations and the requests that reached her. */
async function seedAishasWork(
  em: EntityManager,
  plan: GrowthPlan,
  id: (key: string) => string,
  activities: Awaited<ReturnType<typeof addWeek>>,
  templateGoal: ChangeGoal,
) {
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
}

/** Their first 1:1, in five days: the agenda the plan proposes, no action items yet. */
async function seedAishasNextOneOnOne(
  em: EntityManager,
  plan: GrowthPlan,
  base: { organizationId: string; planId: string },
) {
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
      organizationId: base.organizationId,
      oneOnOneId: next.id,
      position,
      discussed: false,
      proposed: true,
      authorId: plan.managerId,
      ...p,
    });
  }
}

/** A goal proposed for next quarter. */
async function addAishasProposedGoal(
  em: EntityManager,
  base: { organizationId: string; planId: string },
  quarter: string,
  activities: Awaited<ReturnType<typeof addWeek>>,
) {
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
}
