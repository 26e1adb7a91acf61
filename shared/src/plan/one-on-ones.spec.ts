import { describe, expect, it } from 'vitest';
import { DelegationStage } from './delegation';
import { GoalStatus } from './goals';
import { LinkKind, proposeAgenda, type AgendaSources } from './one-on-ones';
import { SignalKey, SignalRating } from './signals';

const now = new Date('2026-11-26T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const empty: AgendaSources = {
  signals: [],
  delegations: [],
  actionItems: [],
  goals: [],
  previousAt: null,
  today: '2026-11-26',
  now,
};

describe('proposeAgenda', () => {
  it('proposes nothing for a quiet plan', () => {
    expect(proposeAgenda(empty)).toEqual([]);
  });

  it('proposes each signal where self and manager disagree', () => {
    const proposals = proposeAgenda({
      ...empty,
      signals: [
        {
          signal: SignalKey.ROLE_MODEL,
          selfRating: SignalRating.CLEAR,
          managerRating: SignalRating.EMERGING,
        },
        {
          signal: SignalKey.INCONSISTENCY,
          selfRating: SignalRating.NOT_SEEN,
          managerRating: SignalRating.NOT_SEEN,
        },
        {
          signal: SignalKey.FEEDBACK_DRIES_UP,
          selfRating: SignalRating.CLEAR,
          managerRating: null,
        },
      ],
    });
    expect(proposals).toEqual([
      {
        linkKind: LinkKind.SIGNAL,
        linkId: 'ROLE_MODEL',
        text: 'Role model: self says clear, manager says emerging.',
      },
    ]);
  });

  it('proposes delegations at risk: low confidence, or silent for 14 days', () => {
    const base = {
      activityName: 'Pipelines',
      delegateeName: 'Leo',
      stage: DelegationStage.PAIRING,
      createdAt: daysAgo(30),
    };
    const proposals = proposeAgenda({
      ...empty,
      delegations: [
        { ...base, id: 'low', checkIns: [{ at: daysAgo(2), confidence: 2 }] },
        { ...base, id: 'silent', checkIns: [{ at: daysAgo(15), confidence: 5 }] },
        { ...base, id: 'fine', checkIns: [{ at: daysAgo(3), confidence: 4 }] },
        { ...base, id: 'owned', stage: DelegationStage.OWNED, checkIns: [] },
      ],
    });
    expect(proposals.map((p) => p.linkId)).toEqual(['low', 'silent']);
    expect(proposals[0].text).toMatch(/last confidence 2\/5/);
    expect(proposals[1].text).toMatch(/no check-in for 14 days/);
  });

  it('proposes open action items past their due date', () => {
    const proposals = proposeAgenda({
      ...empty,
      actionItems: [
        {
          id: 'a',
          text: 'Write the pricing readout',
          done: false,
          dueOn: '2026-11-20',
          ownerName: 'Sam',
        },
        { id: 'b', text: 'Done already', done: true, dueOn: '2026-11-01', ownerName: 'Sam' },
        { id: 'c', text: 'Due today', done: false, dueOn: '2026-11-26', ownerName: 'Maya' },
        { id: 'd', text: 'No date', done: false, dueOn: null, ownerName: 'Maya' },
      ],
    });
    expect(proposals).toEqual([
      {
        linkKind: null,
        linkId: null,
        text: 'Overdue since 2026-11-20: Write the pricing readout (Sam).',
      },
    ]);
  });

  it('proposes active goals unchanged since the previous 1:1, never for the first 1:1', () => {
    const goals = [
      { id: 'stale', title: 'Feature library', status: GoalStatus.ACTIVE, updatedAt: daysAgo(20) },
      { id: 'moved', title: 'Readouts', status: GoalStatus.ACTIVE, updatedAt: daysAgo(2) },
      { id: 'proposed', title: 'Guild', status: GoalStatus.PROPOSED, updatedAt: daysAgo(20) },
    ];
    expect(proposeAgenda({ ...empty, goals })).toEqual([]);
    expect(proposeAgenda({ ...empty, goals, previousAt: daysAgo(7) })).toEqual([
      {
        linkKind: LinkKind.GOAL,
        linkId: 'stale',
        text: 'No change since the last 1:1: Feature library.',
      },
    ]);
  });
});
