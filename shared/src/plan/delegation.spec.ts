import { describe, expect, it } from 'vitest';
import { AntiPattern, antiPatternFindings } from './anti-patterns';
import {
  canAdvanceDelegation,
  coachingHoursTotal,
  DelegationStage,
  handsOver,
  isAtRisk,
  nextCheckInDue,
  leverageRatio,
  nextStages,
} from './delegation';
import { GuidanceHorizon, HelpDecision, recommendation, requestLoad } from './help-requests';

const { PLANNED, SHADOWING, PAIRING, REVIEWING, OWNED, RECLAIMED } = DelegationStage;
const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-26T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

describe('delegation stages', () => {
  it('move forward by one or more steps, or to RECLAIMED, and OWNED and RECLAIMED are final', () => {
    const order = [PLANNED, SHADOWING, PAIRING, REVIEWING, OWNED];
    for (const from of Object.values(DelegationStage)) {
      for (const to of Object.values(DelegationStage)) {
        const final = from === OWNED || from === RECLAIMED;
        const expected = !final && (to === RECLAIMED || order.indexOf(to) > order.indexOf(from));
        expect(canAdvanceDelegation(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
    expect(nextStages(PAIRING)).toEqual([REVIEWING, OWNED, RECLAIMED]);
    expect(nextStages(OWNED)).toEqual([]);
  });

  // Hands over when REVIEWING is first reached, also when jumping past it.
  it.each([
    [PAIRING, REVIEWING, true],
    [PLANNED, OWNED, true],
    [REVIEWING, OWNED, false],
    [PLANNED, PAIRING, false],
    [PAIRING, RECLAIMED, false],
  ])('%s → %s hands over: %s', (from, to, expected) => {
    expect(handsOver(from, to)).toBe(expected);
  });
});

describe('leverage ratio', () => {
  const checkIns = [{ coachingHours: 2 }, { coachingHours: 3 }, { coachingHours: 0 }];

  it('is null until coaching hours are recorded', () => {
    expect(leverageRatio({ stage: REVIEWING, hoursPerWeek: 4, handedOverAt: daysAgo(14) }, [], now)).toBeNull();
    expect(
      leverageRatio({ stage: REVIEWING, hoursPerWeek: 4, handedOverAt: daysAgo(14) }, [{ coachingHours: 0 }], now),
    ).toBeNull();
  });

  it('is delivered hours × weeks since hand-over ÷ coaching hours', () => {
    expect(coachingHoursTotal(checkIns)).toBe(5);
    // 4 h a week for 5 weeks = 20 h delivered for 5 h of coaching.
    expect(leverageRatio({ stage: OWNED, hoursPerWeek: 4, handedOverAt: daysAgo(35) }, checkIns, now)).toBe(4);
    expect(leverageRatio({ stage: REVIEWING, hoursPerWeek: 2, handedOverAt: daysAgo(7) }, checkIns, now)).toBe(0.4);
  });

  it('is 0 before the hand-over and after reclaiming', () => {
    expect(leverageRatio({ stage: PAIRING, hoursPerWeek: 4, handedOverAt: null }, checkIns, now)).toBe(0);
    expect(leverageRatio({ stage: RECLAIMED, hoursPerWeek: 4, handedOverAt: daysAgo(30) }, checkIns, now)).toBe(0);
  });
});

describe('delegations at risk', () => {
  /** `isAtRisk` now, for a delegation created `createdDaysAgo`, with check-ins as [days ago, confidence]. */
  const atRisk = (stage: DelegationStage, createdDaysAgo: number, ...checkIns: [number, number][]) =>
    isAtRisk(
      { stage, createdAt: daysAgo(createdDaysAgo) },
      checkIns.map(([days, confidence]) => ({ at: daysAgo(days), confidence })),
      now,
    );

  it('when the last check-in had confidence 2 or less', () => {
    expect(atRisk(PAIRING, 30, [10, 5], [2, 2])).toBe(true);
    expect(atRisk(PAIRING, 30, [10, 1], [2, 4])).toBe(false);
  });
  it('when nobody checked in for 14 days', () => {
    expect(atRisk(SHADOWING, 30, [15, 5])).toBe(true);
    expect(atRisk(SHADOWING, 15)).toBe(true);
    expect(atRisk(SHADOWING, 3)).toBe(false);
  });
  it('never once final', () => {
    expect(atRisk(OWNED, 90)).toBe(false);
    expect(atRisk(RECLAIMED, 90, [1, 1])).toBe(false);
  });
  it('the next check-in is due 14 days after the last one, or after the creation', () => {
    const unordered = [
      { at: daysAgo(3), confidence: 4 },
      { at: daysAgo(9), confidence: 5 },
    ];
    expect(nextCheckInDue({ stage: PAIRING, createdAt: daysAgo(30) }, unordered)).toEqual(daysAgo(3 - 14));
    expect(nextCheckInDue({ stage: SHADOWING, createdAt: daysAgo(5) }, [])).toEqual(daysAgo(5 - 14));
    expect(nextCheckInDue({ stage: OWNED, createdAt: daysAgo(5) }, unordered)).toBeNull();
  });
});

describe('help-request recommendation', () => {
  // Every one of the 24 combinations of the four answers, against the rule of §2.6 written as a table.
  const table: [boolean, boolean, boolean, GuidanceHorizon, HelpDecision][] = [];
  for (const uniqueSkill of [false, true]) {
    for (const reusableLesson of [false, true]) {
      for (const owningTeamExists of [false, true]) {
        for (const horizon of Object.values(GuidanceHorizon)) {
          let expected: HelpDecision;
          if (owningTeamExists && !uniqueSkill) expected = HelpDecision.REDIRECT;
          else if (reusableLesson) expected = HelpDecision.TEACH;
          else if (uniqueSkill && horizon !== GuidanceHorizon.ONE_OFF) expected = HelpDecision.HELP;
          else expected = HelpDecision.REDIRECT;
          table.push([uniqueSkill, reusableLesson, owningTeamExists, horizon, expected]);
        }
      }
    }
  }
  it('covers all 24 combinations', () => expect(table).toHaveLength(24));
  it.each(table)(
    'unique %s, reusable %s, team %s, %s → %s',
    (uniqueSkill, reusableLesson, owningTeamExists, guidanceHorizon, expected) => {
      expect(recommendation({ uniqueSkill, reusableLesson, owningTeamExists, guidanceHorizon })).toBe(expected);
    },
  );
  it("spot checks in the product's words", () => {
    expect(
      recommendation({
        uniqueSkill: false,
        reusableLesson: true,
        owningTeamExists: true,
        guidanceHorizon: GuidanceHorizon.MONTHS,
      }),
    ).toBe(HelpDecision.REDIRECT);
    expect(
      recommendation({
        uniqueSkill: true,
        reusableLesson: true,
        owningTeamExists: true,
        guidanceHorizon: GuidanceHorizon.ONE_OFF,
      }),
    ).toBe(HelpDecision.TEACH);
    expect(
      recommendation({
        uniqueSkill: true,
        reusableLesson: false,
        owningTeamExists: false,
        guidanceHorizon: GuidanceHorizon.WEEKS,
      }),
    ).toBe(HelpDecision.HELP);
    expect(
      recommendation({
        uniqueSkill: true,
        reusableLesson: false,
        owningTeamExists: false,
        guidanceHorizon: GuidanceHorizon.ONE_OFF,
      }),
    ).toBe(HelpDecision.REDIRECT);
  });
});

describe('requests load and OVERWHELMED_BY_REQUESTS', () => {
  const requests = [
    { receivedAt: daysAgo(1), hoursSpent: 20 },
    { receivedAt: daysAgo(27), hoursSpent: 12 },
    { receivedAt: daysAgo(29), hoursSpent: 100 },
  ];
  it('counts the last 4 weeks only', () => {
    expect(requestLoad(requests, 40, now)).toEqual({ hours: 32, share: 0.2 });
  });
  it('is detected above 20% of four weekly budgets, not at it', () => {
    const at = antiPatternFindings({
      goals: [],
      requests: { items: requests, weeklyHours: 40, now },
    });
    expect(at.find((f) => f.pattern === AntiPattern.OVERWHELMED_BY_REQUESTS)!.detected).toBe(false);
    const above = antiPatternFindings({
      goals: [],
      requests: {
        items: [...requests, { receivedAt: daysAgo(3), hoursSpent: 0.25 }],
        weeklyHours: 40,
        now,
      },
    });
    const finding = above.find((f) => f.pattern === AntiPattern.OVERWHELMED_BY_REQUESTS)!;
    expect(finding.detected).toBe(true);
    expect(finding.evidence).toMatch(/32\.25 h .* 4 weeks: 20% of 160 h/);
  });
});
