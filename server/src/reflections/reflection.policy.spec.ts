import { PlanStatus, RatingSide } from '@fulcrum/shared';
import { describe, expect, it } from 'vitest';
import { actorIn, CHARTS, plan, type Chart } from '../core/actor.fixture';
import { canPickForSelf, canReadReflection, canWriteReflection, reflectionSideOf } from './reflection.policy';

// [row, chart, viewer, plan, reads, writes (and signs off), side, picks next gap and anti-patterns].
const TABLE: [string, Chart, string, ReturnType<typeof plan>, boolean, boolean, RatingSide, boolean][] = [
  ['owner: self text', CHARTS.before, 'O', plan('A'), true, true, RatingSide.SELF, true],
  ['direct manager: manager text', CHARTS.before, 'A', plan('A'), true, true, RatingSide.MANAGER, false],
  ['skip-level: read only', CHARTS.before, 'CEO', plan('A'), true, false, RatingSide.MANAGER, false],
  [
    'archived plan: nobody writes',
    CHARTS.before,
    'O',
    plan('A', PlanStatus.ARCHIVED),
    true,
    false,
    RatingSide.SELF,
    true,
  ],
  ['former manager', CHARTS.movedToB, 'A', plan('B'), false, false, RatingSide.MANAGER, false],
  ['new manager, open plan', CHARTS.movedToB, 'B', plan('B'), true, true, RatingSide.MANAGER, false],
  [
    'new manager, archived plan stored under A',
    CHARTS.movedToB,
    'B',
    plan('A', PlanStatus.ARCHIVED),
    false,
    false,
    RatingSide.MANAGER,
    false,
  ],
  ['delegatee', CHARTS.before, 'D', plan('A'), false, false, RatingSide.MANAGER, false],
  ['admin', CHARTS.before, 'X', plan('A'), false, false, RatingSide.MANAGER, false],
  ['another organization', CHARTS.before, 'Z', plan('A'), false, false, RatingSide.MANAGER, false],
];

describe('reflection policy (docs/security.md access table)', () => {
  it.each(TABLE)('%s', (_row, chart, viewer, facts, reads, writes, side, picks) => {
    const actor = actorIn(chart, viewer);
    expect(canReadReflection(actor, facts)).toBe(reads);
    expect(canWriteReflection(actor, facts)).toBe(writes);
    expect(reflectionSideOf(actor, facts)).toBe(side);
    expect(canPickForSelf(actor, facts)).toBe(picks);
  });
});
