import {
  Archetype,
  DelegationStage,
  GapKind,
  GapStatus,
  GoalStatus,
  Lever,
  Leverage,
  Mode,
  Side,
  SignalKey,
  SignalRating,
} from '@fulcrum/shared';
import { TRIAGE } from './helpers';
import type { PlanSeed } from './plan-seed';

/**
 * Aisha's plan toward Architect, under Jonas (Maya sees it read only, one level down): signals
 * still building, one big active goal served by a delegation that Tomás now does under review,
 * a delegation to Kenji just agreed, and her first 1:1 with Jonas coming up. No reflection yet:
 * the plan started this quarter.
 */
export const AISHAS_PLAN: PlanSeed = {
  owner: 'aisha',
  manager: 'jonas',
  targetArchetype: Archetype.ARCHITECT,
  weeklyHours: 40,
  signals: [
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
  ],
  gaps: [
    {
      kind: GapKind.NEXT_SCOPE,
      title: 'Every model ships its own way',
      description:
        "Aisha's deployments are the most reliable on the team, but each model still has its own pipeline. The next scope is one way to deploy and monitor that every team uses.",
      status: GapStatus.OPEN,
      evidence: 'Four models in production, four deployment scripts.',
    },
  ],
  week: [
    ['Recommendation model training', 12, Mode.DOING, Leverage.HIGH],
    ['Model deployments by hand', 10, Mode.DOING, Leverage.NEUTRAL],
    ['On-call for model serving', 6, Mode.DOING, Leverage.OVERHEAD],
    ['Design reviews', 4, Mode.MULTIPLYING, Leverage.HIGH],
    ['Sprint ceremonies', 3, Mode.DOING, Leverage.OVERHEAD],
    ['Mentoring Tomás', 3, Mode.MULTIPLYING, Leverage.HIGH],
  ],
  goals: [
    {
      key: 'template',
      title: 'One deployment template for every model; Tomás runs the releases',
      lever: Lever.BUILD_TOOLS_AND_ASSETS,
      status: GoalStatus.ACTIVE,
      stop: ['Model deployments by hand', 6],
      start: ['Shared deployment template and CI', 6],
      successMeasure: 'A new model reaches production through the template without Aisha.',
    },
    // A goal proposed for next quarter.
    {
      title: "Write next year's serving capacity plan",
      lever: Lever.EXTEND_TIME_HORIZON,
      status: GoalStatus.PROPOSED,
      stop: ['On-call for model serving', 2],
      start: ['Serving capacity roadmap', 2],
      successMeasure: "Finance budgets next year's GPUs from the plan.",
      targetQuarter: 1,
    },
  ],
  delegations: [
    {
      activity: 'Model deployments by hand',
      hoursPerWeek: 4,
      delegatee: 'tomas',
      goal: 'template',
      stage: DelegationStage.REVIEWING,
      handedOverDaysAgo: 10,
      learningObjective: 'Release a model safely: canary, metrics to watch, and when to roll back.',
      createdDaysAgo: 35,
      checkIns: [
        [Side.DELEGATOR, 30, 3, 2, 'Tomás shadowed the ranking model release; we wrote the checklist together.'],
        [Side.DELEGATEE, 10, 4, 0, 'Shipped the search model release myself; Aisha reviewed the rollout plan.'],
        [Side.DELEGATOR, 2, 4, 0.5, 'Review of the canary config took 15 minutes.'],
      ],
    },
    {
      activity: 'On-call for model serving',
      hoursPerWeek: 2,
      delegatee: 'kenji',
      stage: DelegationStage.PLANNED,
      learningObjective: 'Read the serving dashboards well enough to tell a model problem from an infrastructure one.',
      createdDaysAgo: 4,
      checkIns: [],
    },
  ],
  helpRequests: [
    ['tomas', 'Tomás Ruiz', 'Why the canary rollout stalls at 10%', TRIAGE.teachForMonths, 1.5, 6],
    [null, 'Search team', 'Serving our embeddings from their index', TRIAGE.help, 2, 11],
  ],
  reflections: [],
  // Their first 1:1, in five days: the agenda the plan proposes, no action items yet.
  oneOnOnes: { nextInDays: 5 },
};
