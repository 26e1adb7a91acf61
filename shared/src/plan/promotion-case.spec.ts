import { describe, expect, it } from 'vitest';
import { Level } from '../people';
import { Archetype, Lever } from './catalog';
import { DelegationStage } from './delegation';
import { promotionCaseMarkdown, type PromotionCaseInput } from './promotion-case';
import { ReadinessStage, SignalKey, SignalRating } from './signals';

const input: PromotionCaseInput = {
  ownerName: 'Sam Rivera',
  managerName: 'Maya Okafor',
  currentLevel: Level.SENIOR,
  targetLevel: Level.LEAD,
  targetArchetype: Archetype.TECH_LEAD,
  readiness: {
    stage: ReadinessStage.READY_FOR_CHANGE,
    reasons: ['No blocker is clear.', 'Role model (manager) is clear.'],
  },
  signals: [
    {
      signal: SignalKey.ROLE_MODEL,
      selfRating: SignalRating.CLEAR,
      selfEvidence: 'Juniors copy | my template',
      managerRating: SignalRating.CLEAR,
      managerEvidence: null,
    },
  ],
  closedGaps: [
    {
      title: 'Stakeholder readouts',
      closedQuarter: '2026-Q3',
      evidence: "Pricing decided from Sam's readout.",
    },
  ],
  ownedDelegations: [
    {
      activityName: 'Weekly retention report',
      delegateeName: 'Leo Martins',
      hoursPerWeek: 3,
      learningObjective: 'Own a recurring report',
      stage: DelegationStage.OWNED,
    },
  ],
  doneGoals: [
    {
      title: 'Feature library',
      lever: Lever.BUILD_TOOLS_AND_ASSETS,
      stopHours: 4,
      stopName: 'Pipelines',
      startHours: 4,
      startName: 'Feature library',
    },
  ],
  leversUsed: [Lever.BUILD_TOOLS_AND_ASSETS],
  trend: [
    {
      quarter: '2026-Q3',
      doingHours: 34,
      multiplyingHours: 6,
      highLeverageHours: 10,
      neutralHours: 14,
      overheadHours: 16,
      gapsClosed: 1,
      delegationsOwned: 1,
      leverageRatio: 2.5,
    },
    {
      quarter: '2026-Q4',
      doingHours: 28,
      multiplyingHours: 12,
      highLeverageHours: 16,
      neutralHours: 12,
      overheadHours: 12,
      gapsClosed: 0,
      delegationsOwned: 2,
      leverageRatio: null,
    },
  ],
  narrative: 'Sam moved from building models to deciding what gets built.',
};

describe('promotionCaseMarkdown', () => {
  const md = promotionCaseMarkdown(input);
  it('opens with the person, the step and the narrative', () => {
    expect(md.split('\n')[0]).toBe('# Promotion case: Sam Rivera, Senior → Lead');
    expect(md).toContain('## Narrative\n\nSam moved from building models to deciding what gets built.');
  });
  it('includes readiness, signals (escaped for tables), archetype, closed gaps, owned delegations, goals done, levers', () => {
    expect(md).toContain('**Ready for change**');
    expect(md).toContain('| Role model | Clear | Clear | Juniors copy \\| my template |');
    expect(md).toContain('**Tech Lead**');
    expect(md).toContain("- **Stakeholder readouts** (closed 2026-Q3): Pricing decided from Sam's readout.");
    expect(md).toContain('- **Weekly retention report** → Leo Martins (owned), 3 h a week freed.');
    expect(md).toContain('In all, 3 h a week now delivered by others.');
    expect(md).toContain('stopped 4 h of Pipelines, started 4 h of Feature library');
    expect(md).toContain('- Build tools and assets');
  });
  it('ends with the quarterly trend table', () => {
    expect(md).toContain('| 2026-Q3 | 34 | 6 | 10 | 16 | 1 | 1 | 2.5 |');
    expect(md).toContain('| 2026-Q4 | 28 | 12 | 16 | 12 | 0 | 2 | — |');
  });
  it('says plainly what is missing', () => {
    const empty = promotionCaseMarkdown({
      ...input,
      narrative: ' ',
      closedGaps: [],
      ownedDelegations: [],
      doneGoals: [],
      leversUsed: [],
      targetArchetype: null,
    });
    expect(empty).toContain('_Not written yet._');
    expect(empty.match(/_None yet\._/g)).toHaveLength(4);
    expect(empty).toContain('_Not chosen yet._');
  });
});
