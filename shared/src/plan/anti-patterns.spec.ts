import { describe, expect, it } from 'vitest';
import {
  AntiPattern,
  antiPatternFindings,
  detectAdditionNotChange,
  detectOverwhelmedByRequests,
  detectPremiumSenior,
  detectScatteredSmallWins,
  type AntiPatternInput,
} from './anti-patterns';
import { GoalStatus } from './goals';
import { modePoint as snapshot } from './quarter-point.fixture';

describe('anti-pattern findings', () => {
  it('reports every pattern, in the order the plan shows them', () => {
    expect(antiPatternFindings({ goals: [] }).map((f) => f.pattern)).toEqual([
      'ADDITION_NOT_CHANGE',
      'PREMIUM_SENIOR',
      'SCATTERED_SMALL_WINS',
      'OVERWHELMED_BY_REQUESTS',
      'MEDIATOR_MIMIC',
      'NOT_MY_JOB',
      'RUSHING',
    ]);
    expect(antiPatternFindings({ goals: [] }).every((f) => !f.detected && !f.selfReported && f.evidence === null)).toBe(
      true,
    );
  });

  it('detects ADDITION_NOT_CHANGE from open goals that free no hours, naming them', () => {
    const findings = antiPatternFindings({
      goals: [
        { title: 'Run the ML guild', status: GoalStatus.ACTIVE, stop: null },
        {
          title: 'Hand over dashboards',
          status: GoalStatus.PROPOSED,
          stop: { activityId: 'a', hours: 4 },
        },
        { title: 'Old addition', status: GoalStatus.DONE, stop: null },
        { title: 'Dropped addition', status: GoalStatus.DROPPED, stop: null },
      ],
    });
    const addition = findings.find((f) => f.pattern === AntiPattern.ADDITION_NOT_CHANGE)!;
    expect(addition.detected).toBe(true);
    expect(addition.evidence).toMatch(/"Run the ML guild"/);
    expect(addition.evidence).not.toMatch(/Old addition|Dropped addition|dashboards/);
  });

  it('is not detected when every open goal frees hours', () => {
    const findings = antiPatternFindings({
      goals: [{ title: 'x', status: GoalStatus.ACTIVE, stop: { activityId: 'a', hours: 1 } }],
    });
    expect(findings.find((f) => f.pattern === AntiPattern.ADDITION_NOT_CHANGE)!.detected).toBe(false);
  });

  it('carries self-reported patterns', () => {
    const findings = antiPatternFindings({ goals: [], selfReported: [AntiPattern.RUSHING] });
    expect(findings.find((f) => f.pattern === AntiPattern.RUSHING)!.selfReported).toBe(true);
    expect(findings.filter((f) => f.selfReported)).toHaveLength(1);
  });
});

/*
 * Each rule of §2.7 that the data can show: a case that fires (with its exact evidence), the
 * case just on the other side of its threshold, and a healthy plan on which none fires.
 */

type Goal = AntiPatternInput['goals'][number];
const goal = (title: string, status: GoalStatus, stopHours: number | null, startHours?: number): Goal => ({
  title,
  status,
  stop: stopHours === null ? null : { activityId: `stop-${title}`, hours: stopHours },
  ...(startHours === undefined ? {} : { startHours }),
});

const NOW = new Date('2026-11-26T12:00:00Z');
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
const requests = (hours: readonly number[], weeklyHours = 40, receivedAt = daysAgo(3)) => ({
  items: hours.map((hoursSpent) => ({ receivedAt, hoursSpent })),
  weeklyHours,
  now: NOW,
});

/** A plan on track: every goal trades hours, one big shift, doing going down, few requests. */
const HEALTHY: AntiPatternInput = {
  goals: [
    goal('Hand over the dashboards', GoalStatus.ACTIVE, 6),
    goal('Run the design reviews', GoalStatus.ACTIVE, 2, 2),
    goal('Mentor the new hire', GoalStatus.PROPOSED, 3),
    goal('An addition given up', GoalStatus.DROPPED, null),
  ],
  snapshots: [snapshot('2026-Q2', 30, 10), snapshot('2026-Q3', 24, 16)],
  requests: requests([10, 8]),
  selfReported: [],
};

describe('ADDITION_NOT_CHANGE: an active or proposed goal frees no hours', () => {
  it('fires on one open goal without a stop, naming it', () => {
    expect(detectAdditionNotChange([goal('Run the ML guild', GoalStatus.ACTIVE, null)])).toEqual({
      detected: true,
      evidence: 'Goal "Run the ML guild" adds work without stopping anything: the hours have to come from somewhere.',
    });
  });

  it('fires on a stop of 0 hours, and names every open addition, proposed ones included', () => {
    expect(
      detectAdditionNotChange([
        goal('Start a reading group', GoalStatus.PROPOSED, 0),
        goal('Hand over on-call', GoalStatus.ACTIVE, 5),
        goal('Write the roadmap', GoalStatus.ACTIVE, null),
      ]),
    ).toEqual({
      detected: true,
      evidence:
        'Goals "Start a reading group", "Write the roadmap" add work without stopping anything: the hours have to come from somewhere.',
    });
  });

  it('does not fire on a stop of the smallest positive amount, nor on finished or dropped additions', () => {
    expect(detectAdditionNotChange([goal('Hand over a report', GoalStatus.ACTIVE, 0.25)])).toEqual({
      detected: false,
      evidence: null,
    });
    expect(
      detectAdditionNotChange([goal('Done', GoalStatus.DONE, null), goal('Dropped', GoalStatus.DROPPED, 0)]),
    ).toEqual({ detected: false, evidence: null });
    expect(detectAdditionNotChange([])).toEqual({ detected: false, evidence: null });
  });
});

describe('PREMIUM_SENIOR: the share of DOING hours has not gone down between the last two snapshots', () => {
  it('fires when the share went up, with both quarters and shares', () => {
    expect(detectPremiumSenior([snapshot('2026-Q2', 28, 12), snapshot('2026-Q3', 32, 8)])).toEqual({
      detected: true,
      evidence: 'Doing took 70% of the week in 2026-Q2 and 80% in 2026-Q3: the old levers are still carrying the work.',
    });
  });

  it('fires at the threshold: the same share, even with fewer hours in all', () => {
    expect(detectPremiumSenior([snapshot('2026-Q2', 30, 10), snapshot('2026-Q3', 15, 5)])).toEqual({
      detected: true,
      evidence: 'Doing took 75% of the week in 2026-Q2 and 75% in 2026-Q3: the old levers are still carrying the work.',
    });
  });

  it('does not fire when the share went down by a single hour', () => {
    expect(detectPremiumSenior([snapshot('2026-Q2', 30, 10), snapshot('2026-Q3', 29, 11)])).toEqual({
      detected: false,
      evidence: null,
    });
  });

  it('compares only the last two snapshots, and needs two', () => {
    // Q1 → Q2 went up, Q2 → Q3 went down: only the latter counts.
    expect(
      detectPremiumSenior([snapshot('2026-Q1', 20, 20), snapshot('2026-Q2', 32, 8), snapshot('2026-Q3', 24, 16)])
        .detected,
    ).toBe(false);
    expect(detectPremiumSenior([snapshot('2026-Q3', 40, 0)])).toEqual({ detected: false, evidence: null });
    expect(detectPremiumSenior([])).toEqual({ detected: false, evidence: null });
  });
});

describe('SCATTERED_SMALL_WINS: more than 5 active goals, or no active goal shifting 4 hours or more', () => {
  const big = (n: number) => Array.from({ length: n }, (_, i) => goal(`Big ${i + 1}`, GoalStatus.ACTIVE, 4));

  it('fires on 6 active goals, however big', () => {
    expect(detectScatteredSmallWins(big(6))).toEqual({
      detected: true,
      evidence: '6 active goals at once: finish or drop some and take on one big problem.',
    });
  });

  it('does not fire on 5 active big goals, nor count proposed ones toward the limit', () => {
    expect(detectScatteredSmallWins(big(5))).toEqual({ detected: false, evidence: null });
    expect(
      detectScatteredSmallWins([...big(5), goal('Proposed', GoalStatus.PROPOSED, 4), goal('Done', GoalStatus.DONE, 4)]),
    ).toEqual({ detected: false, evidence: null });
  });

  it('fires when the biggest active shift is just under 4 hours', () => {
    expect(
      detectScatteredSmallWins([
        goal('Small stop', GoalStatus.ACTIVE, 3.75),
        goal('Small start', GoalStatus.ACTIVE, null, 3.99),
        goal('Big but proposed', GoalStatus.PROPOSED, 10),
      ]),
    ).toEqual({
      detected: true,
      evidence: 'No active goal shifts 4 hours or more: small wins, no big problem taken on.',
    });
  });

  it('does not fire at exactly 4 hours, stopped or started', () => {
    expect(
      detectScatteredSmallWins([goal('Small', GoalStatus.ACTIVE, 1), goal('Stop 4', GoalStatus.ACTIVE, 4)]),
    ).toEqual({ detected: false, evidence: null });
    expect(
      detectScatteredSmallWins([goal('Small', GoalStatus.ACTIVE, 1), goal('Start 4', GoalStatus.ACTIVE, 0, 4)]),
    ).toEqual({ detected: false, evidence: null });
  });

  it('does not fire without active goals', () => {
    expect(detectScatteredSmallWins([])).toEqual({ detected: false, evidence: null });
    expect(detectScatteredSmallWins([goal('Proposed', GoalStatus.PROPOSED, 1)])).toEqual({
      detected: false,
      evidence: null,
    });
  });
});

describe('OVERWHELMED_BY_REQUESTS: requests of the last 4 weeks took over 20% of four weekly budgets', () => {
  it('fires above 20%: 33 h of 4 × 40 h', () => {
    expect(detectOverwhelmedByRequests(requests([20, 13]))).toEqual({
      detected: true,
      evidence:
        '33 h went to help requests in the last 4 weeks: 21% of 160 h, above the 20% line. Triage harder: redirect and teach.',
    });
  });

  it('does not fire at exactly 20% (32 h of 160 h), and fires a quarter hour above it', () => {
    expect(detectOverwhelmedByRequests(requests([20, 12]))).toEqual({ detected: false, evidence: null });
    expect(detectOverwhelmedByRequests(requests([20, 12.25]))).toEqual({
      detected: true,
      evidence:
        '32.25 h went to help requests in the last 4 weeks: 20% of 160 h, above the 20% line. Triage harder: redirect and teach.',
    });
  });

  it('scales with the weekly budget: 17 h is over 20% of 4 × 20 h', () => {
    expect(detectOverwhelmedByRequests(requests([17], 20))).toEqual({
      detected: true,
      evidence:
        '17 h went to help requests in the last 4 weeks: 21% of 80 h, above the 20% line. Triage harder: redirect and teach.',
    });
    expect(detectOverwhelmedByRequests(requests([16], 20)).detected).toBe(false);
  });

  it('counts a request received exactly 28 days ago, not one a millisecond older', () => {
    expect(detectOverwhelmedByRequests(requests([40], 40, daysAgo(28))).detected).toBe(true);
    expect(detectOverwhelmedByRequests(requests([40], 40, new Date(daysAgo(28).getTime() - 1)))).toEqual({
      detected: false,
      evidence: null,
    });
  });

  it('does not fire on a plan without a budget or without requests', () => {
    expect(detectOverwhelmedByRequests(requests([50], 0))).toEqual({ detected: false, evidence: null });
    expect(detectOverwhelmedByRequests(requests([]))).toEqual({ detected: false, evidence: null });
  });
});

describe('MEDIATOR_MIMIC, NOT_MY_JOB and RUSHING: no rule reads them from the data', () => {
  it('are never detected, even on a plan where every other rule fires, and are reported only when ticked', () => {
    const findings = antiPatternFindings({
      goals: [
        goal('Addition', GoalStatus.ACTIVE, null),
        ...Array.from({ length: 6 }, (_, i) => goal(`G${i}`, GoalStatus.ACTIVE, 1)),
      ],
      snapshots: [snapshot('2026-Q2', 20, 20), snapshot('2026-Q3', 30, 10)],
      requests: requests([60]),
      selfReported: [AntiPattern.NOT_MY_JOB, AntiPattern.PREMIUM_SENIOR],
    });
    expect(findings.map((f) => [f.pattern, f.detected, f.selfReported])).toEqual([
      ['ADDITION_NOT_CHANGE', true, false],
      ['PREMIUM_SENIOR', true, true],
      ['SCATTERED_SMALL_WINS', true, false],
      ['OVERWHELMED_BY_REQUESTS', true, false],
      ['MEDIATOR_MIMIC', false, false],
      ['NOT_MY_JOB', false, true],
      ['RUSHING', false, false],
    ]);
    for (const f of findings) expect(f.evidence === null, f.pattern).toBe(!f.detected);
  });
});

describe('a healthy plan', () => {
  it('shows no anti-pattern, and no evidence', () => {
    expect(antiPatternFindings(HEALTHY).map((f) => [f.pattern, f.detected, f.evidence])).toEqual(
      Object.values(AntiPattern).map((pattern) => [pattern, false, null]),
    );
  });

  it('leaves PREMIUM_SENIOR and OVERWHELMED_BY_REQUESTS undetected when their data is not given', () => {
    const findings = antiPatternFindings({ goals: HEALTHY.goals });
    expect(findings.filter((f) => f.detected)).toEqual([]);
  });
});
