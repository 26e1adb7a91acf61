import {
  Archetype,
  DelegationStage,
  GapKind,
  GapStatus,
  GoalStatus,
  GuidanceHorizon,
  HelpDecision,
  Lever,
  Leverage,
  Mode,
  Side,
  SignalKey,
  SignalRating,
} from '@fulcrum/shared';
import { redirectTo, triage, TRIAGE } from './helpers';
import type { PlanSeed } from './plan-seed';

/**
 * Noor's plan toward Right Hand, on a 32-hour (four-day) week: Maya sees a blocker (the same
 * KPI mistake came back), so readiness says to focus on senior scope first. One goal is done
 * this quarter (3 h moved from doing to multiplying since the last reflection), the active one
 * is small and the proposed one only adds work. Two delegations are at risk, and the next 1:1
 * carries open action items from the last one.
 */
export const NOORS_PLAN: PlanSeed = {
  owner: 'noor',
  manager: 'maya',
  targetArchetype: Archetype.RIGHT_HAND,
  weeklyHours: 32,
  // Maya sees the KPI mistake come back (INCONSISTENCY).
  signals: [
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
  ],
  gaps: [
    {
      kind: GapKind.AUTONOMY,
      title: 'KPI numbers that hold without a second check',
      description:
        "Marketing trusts Noor's numbers until a pack goes out wrong. The refund rule lives in Noor's head, not in a tested model.",
      status: GapStatus.WORKING,
      openedQuarter: -1,
      evidence: 'Two KPI packs this quarter had to be re-sent after Maya spotted the refunds.',
    },
    {
      key: 'definitions',
      kind: GapKind.NEXT_SCOPE,
      title: 'Every team counts an "active customer" its own way',
      description:
        "Noor's attribution is right, but product and finance define customers differently, so the numbers never meet. The next scope is one shared definition, not another model.",
      status: GapStatus.OPEN,
      evidence: null,
    },
  ],
  // The week after this quarter's done goal: the weekly funnel report (4 h) has left it and the
  // dashboard's office hours (3 h) are in it. 28 of 32 hours: room for one addition.
  week: [
    ['Marketing attribution model', 9, Mode.DOING, Leverage.HIGH],
    ['Monthly KPI pack', 5, Mode.DOING, Leverage.OVERHEAD],
    ['Ad-hoc requests from marketing', 5, Mode.DOING, Leverage.OVERHEAD],
    ['Marketing mart data quality checks', 4, Mode.DOING, Leverage.NEUTRAL],
    ['Funnel dashboard office hours', 3, Mode.MULTIPLYING, Leverage.HIGH],
    ['SQL reviews for analysts', 2, Mode.MULTIPLYING, Leverage.NEUTRAL],
  ],
  goals: [
    // This quarter's done goal: the funnel report left the week, the dashboard's office hours came in.
    {
      title: 'Replace the hand-built weekly funnel report with a self-serve dashboard',
      lever: Lever.BUILD_TOOLS_AND_ASSETS,
      status: GoalStatus.DONE,
      stop: null,
      stopped: ['Weekly funnel report', 4, Mode.DOING, Leverage.OVERHEAD],
      start: ['Funnel dashboard office hours', 3],
      successMeasure: 'Marketing answers its weekly funnel questions from the dashboard.',
    },
    {
      key: 'kpi',
      title: 'Hand the KPI pack to Ben, review metric definitions with finance',
      lever: Lever.INVEST_TO_MULTIPLY,
      status: GoalStatus.ACTIVE,
      gap: 'definitions',
      stop: ['Monthly KPI pack', 3],
      start: ['Metric definitions review with finance', 3],
      successMeasure: 'Ben sends the pack; finance and marketing quote the same customer count.',
    },
    // Frees nothing: ADDITION_NOT_CHANGE. Fits only because the week has 4 hours of slack.
    {
      key: 'guild',
      title: 'Start a metrics guild with product, finance and marketing',
      lever: Lever.SHARE_KNOWLEDGE,
      status: GoalStatus.PROPOSED,
      gap: 'definitions',
      stop: null,
      start: ['Metrics guild', 2],
      successMeasure: 'Each team sends someone who can explain its metric definitions.',
      targetQuarter: 1,
    },
  ],
  delegations: [
    // At risk: Ben's last check-in says 2/5.
    {
      activity: 'Monthly KPI pack',
      hoursPerWeek: 3,
      delegatee: 'ben',
      goal: 'kpi',
      stage: DelegationStage.SHADOWING,
      learningObjective:
        'Build a KPI pack that reconciles: one source per number, and the checks to run before it goes out.',
      createdDaysAgo: 20,
      checkIns: [
        [Side.DELEGATOR, 16, 3, 1.5, 'Ben watched me build the pack; we wrote down where each number comes from.'],
        [
          Side.DELEGATEE,
          3,
          2,
          0,
          "The refund adjustments still lose me: I could not reproduce last month's revenue line.",
        ],
      ],
    },
    // At risk: nobody has checked in for 17 days (Kenji, on Jonas's team, was pulled onto an incident).
    {
      activity: 'Marketing mart data quality checks',
      hoursPerWeek: 2,
      delegatee: 'kenji',
      stage: DelegationStage.PAIRING,
      learningObjective: 'Write data tests that catch a broken source before a dashboard shows it.',
      createdDaysAgo: 45,
      checkIns: [
        [Side.DELEGATOR, 40, 3, 2, 'Walked Kenji through the dbt tests on the marketing mart.'],
        [Side.DELEGATEE, 17, 4, 0, 'Paired on the freshness alerts; I can add a test on my own now.'],
      ],
    },
  ],
  // Requests that reached Noor in the last four weeks.
  helpRequests: [
    [
      'ben',
      'Ben Carter',
      'Which date to use for campaign cohorts',
      triage(false, true, false, GuidanceHorizon.WEEKS, HelpDecision.TEACH),
      1,
      4,
    ],
    [null, 'Marketing VP', 'Is the drop in paid search conversions real?', TRIAGE.help, 3, 8],
    [null, 'Finance team', 'Revenue by channel for the board deck', redirectTo('BI team (board reporting)'), 0.5, 12],
  ],
  // Last quarter, before the funnel report left the week: 27 h doing, 2 h multiplying.
  reflections: [
    {
      quarter: -1,
      point: {
        doingHours: 27,
        multiplyingHours: 2,
        highLeverageHours: 9,
        neutralHours: 6,
        overheadHours: 14,
        gapsClosed: 0,
        delegationsOwned: 0,
        leverageRatio: null,
      },
      self: 'Most of my week is still the numbers marketing asks for. The funnel dashboard will be the first thing I build for others to use.',
      manager:
        'Marketing trusts Noor more than any dashboard; the KPI pack mistakes are what hold that back. Next: numbers that hold without a second check.',
      gapsOpened: 1,
      delegationsByStage: {},
    },
  ],
  // Maya and Noor met 13 days ago and left with three action items, one done. Their next 1:1, in
  // two days, carries the two open ones (one overdue) and the agenda the plan proposes, as
  // scheduling does, plus an item Noor added about the guild.
  oneOnOnes: {
    previous: {
      daysAgo: 13,
      lastedMinutes: 45,
      sharedNotes: [
        '## KPI pack',
        '',
        '- The refund rule goes into the metrics doc before the next pack',
        '- Ben shadows the next pack end to end',
        '',
        '## Data quality',
        '',
        '- Kenji keeps pairing on the marketing mart tests',
      ],
      sharedNotesVersion: 4,
      discussed: [
        ['Inconsistency: self says emerging, manager says clear.', 'maya', { signal: SignalKey.INCONSISTENCY }, true],
        ['Who builds the KPI pack while I am on the guild?', 'noor', null, false],
      ],
      actionItems: [
        ['Write the refund rule into the metrics doc', 'noor', 6, false],
        ['Book a shadowing session with Ben on the KPI pack', 'noor', 10, true],
        ['Ask Jonas whether Kenji keeps the data quality checks this quarter', 'maya', -3, false],
      ],
    },
    nextInDays: 2,
    added: [
      {
        text: 'Can the metrics guild start before the KPI pack is handed over?',
        author: 'noor',
        link: { goal: 'guild' },
      },
    ],
  },
};
