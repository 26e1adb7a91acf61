import { AntiPattern, Level, ReadinessStage } from '@fulcrum/shared';
import { describe, expect, it } from 'vitest';
import type { ManagerHomeQuery } from '../api/gql/graphql';
import { NO_FILTER, buildManagerHome, filterRows, riskReason, sortRows, type ReportRow } from './reportRows';

const NOW = new Date('2026-06-30T12:00:00Z');

/** Only what buildManagerHome reads of a plan; the rest of the query's fields do not matter here. */
function plan(
  ownerId: string,
  options: { stage?: ReadinessStage; shifted?: number; managerId?: string; risky?: 'due' | 'low' } = {},
) {
  return {
    owner: {
      id: ownerId,
      name: `Person ${ownerId}`,
      title: null,
      manager: options.managerId ? { id: options.managerId } : null,
    },
    readiness: { stage: options.stage ?? ReadinessStage.BUILDING_SIGNALS },
    shiftedThisQuarter: options.shifted ?? 0,
    delegations: options.risky
      ? [
          {
            id: `d-${ownerId}`,
            atRisk: true,
            activityName: 'Pipeline upkeep',
            delegatee: { name: 'Leo' },
            nextCheckInDue: options.risky === 'due' ? '2026-06-20T00:00:00Z' : '2026-07-10T00:00:00Z',
          },
        ]
      : [],
    antiPatterns: [
      { pattern: AntiPattern.RUSHING, detected: false },
      { pattern: AntiPattern.ADDITION_NOT_CHANGE, detected: ownerId === 'b' },
    ],
    nextOneOnOne: {
      id: `o-${ownerId}`,
      scheduledAt: '2026-07-01T09:00:00Z',
      actionItems: [{ done: true }, { done: false }],
    },
  };
}

interface Person {
  id: string;
  name: string;
  title: string | null;
  level: Level;
  reports: Person[];
}

const person = (id: string, name: string, reports: Person[] = []): Person => ({
  id,
  name,
  title: id === 'a' ? 'Data Scientist' : null,
  level: Level.SENIOR,
  reports,
});

function home(plans: ReturnType<typeof plan>[]) {
  const data = {
    viewer: { person: { reports: [person('a', 'Aisha', [person('c', 'Chen')]), person('b', 'Bruno')] } },
    visiblePlans: plans,
  } as unknown as ManagerHomeQuery;
  return buildManagerHome(data, 'me', NOW);
}

describe('buildManagerHome', () => {
  it('puts direct reports at the top and the people below under them, with their plans', () => {
    const model = home([plan('a', { shifted: 4 }), plan('c')]);
    expect(model.rows.map((r) => r.name)).toEqual(['Aisha', 'Bruno']);
    expect(model.rows[0].children.map((r) => r.name)).toEqual(['Chen']);
    expect(model.rows[0].shifted).toBe(4);
    expect(model.rows[1].plan).toBeNull();
    expect(model.stats).toEqual({ people: 3, direct: 2, plans: 2, atRisk: 0, antiPatterns: 0, needsAttention: 0 });
  });

  it('keeps only detected anti-patterns, open action items and the reason a delegation is at risk', () => {
    const model = home([plan('b', { risky: 'due' })]);
    const bruno = model.rows[1];
    expect(bruno.antiPatterns).toEqual([AntiPattern.ADDITION_NOT_CHANGE]);
    expect(bruno.nextOneOnOne?.openItems).toHaveLength(1);
    expect(bruno.atRisk).toEqual([
      {
        id: 'd-b',
        activityName: 'Pipeline upkeep',
        delegateeName: 'Leo',
        reason: 'OVERDUE',
        due: '2026-06-20T00:00:00Z',
      },
    ]);
    expect(bruno.needsAttention).toBe(true);
    expect(model.stats.needsAttention).toBe(1);
  });

  it('places a plan whose owner moved under their new manager when that is a direct report', () => {
    const model = home([plan('z', { managerId: 'b' }), plan('y', { managerId: 'elsewhere' })]);
    expect(model.rows[1].children.map((r) => r.personId)).toEqual(['z']);
    expect(model.rows.map((r) => r.personId)).toEqual(['a', 'b', 'y']);
    expect(model.rows[2].level).toBeNull();
  });
});

describe('riskReason', () => {
  it('is OVERDUE once the due date passed, LOW_CONFIDENCE before', () => {
    expect(riskReason({ nextCheckInDue: '2026-06-29T00:00:00Z' }, NOW)).toBe('OVERDUE');
    expect(riskReason({ nextCheckInDue: '2026-07-01T00:00:00Z' }, NOW)).toBe('LOW_CONFIDENCE');
    expect(riskReason({ nextCheckInDue: null }, NOW)).toBe('LOW_CONFIDENCE');
  });
});

describe('sorting and filtering', () => {
  const model = home([
    plan('a', { stage: ReadinessStage.READY_FOR_CHANGE, shifted: 2 }),
    plan('b', { stage: ReadinessStage.FOCUS_ON_SENIOR_SCOPE, shifted: 6, risky: 'low' }),
  ]);
  const names = (rows: readonly ReportRow[]) => rows.map((r) => r.name);

  it('sorts by readiness from furthest to closest, people without a plan last either way', () => {
    expect(names(sortRows(model.rows, { key: 'readiness', direction: 'asc' }))).toEqual(['Bruno', 'Aisha']);
    expect(names(sortRows(model.rows, { key: 'shifted', direction: 'desc' }))).toEqual(['Bruno', 'Aisha']);
    const withChen = sortRows(model.rows, { key: 'readiness', direction: 'desc' });
    expect(names(withChen)).toEqual(['Aisha', 'Bruno']);
  });

  it('keeps a direct report whose people below match, marked as not matching itself', () => {
    const visible = filterRows(model.rows, { ...NO_FILTER, search: 'chen' });
    expect(visible).toHaveLength(1);
    expect(visible[0].matched).toBe(false);
    expect(names(visible[0].children)).toEqual(['Chen']);
  });

  it('filters on needing attention and on having no plan', () => {
    expect(filterRows(model.rows, { ...NO_FILTER, needsAttention: true }).map((v) => v.row.name)).toEqual(['Bruno']);
    const noPlan = filterRows(model.rows, { ...NO_FILTER, readiness: 'NO_PLAN' });
    expect(noPlan.map((v) => [v.row.name, v.matched, names(v.children)])).toEqual([['Aisha', false, ['Chen']]]);
  });
});
