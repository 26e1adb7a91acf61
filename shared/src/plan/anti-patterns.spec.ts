import { describe, expect, it } from 'vitest';
import { AntiPattern, antiPatternFindings } from './anti-patterns';
import { GoalStatus } from './goals';

describe('anti-pattern findings', () => {
  it('reports every pattern in enum order', () => {
    expect(antiPatternFindings({ goals: [] }).map((f) => f.pattern)).toEqual(Object.values(AntiPattern));
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
