import { PlanStatus, Side } from '@fulcrum/shared';
import { describe, expect, it } from 'vitest';
import { actorIn, CHARTS, plan, type Chart } from '../core/actor.fixture';
import {
  canAdvance,
  checkInSideOf,
  delegationAccessOf,
  seesPlanContent,
  takesCheckIns,
  type DelegationAccess,
} from './delegation.policy';

const delegation = { delegateeId: 'D' };

// [row, chart, viewer, access, sees the plan around it, moves it forward, checks in on].
const TABLE: [string, Chart, string, DelegationAccess, boolean, boolean, Side | null][] = [
  ['owner (the delegator)', CHARTS.before, 'O', 'write', true, true, Side.DELEGATOR],
  ['direct manager', CHARTS.before, 'A', 'write', true, true, Side.DELEGATOR],
  ['skip-level: read only', CHARTS.before, 'CEO', 'read', true, false, null],
  ['delegatee: that delegation only', CHARTS.before, 'D', 'delegatee', false, false, Side.DELEGATEE],
  ['former manager', CHARTS.movedToB, 'A', 'none', false, false, null],
  ['former manager still above', CHARTS.movedBelowA, 'A', 'read', true, false, null],
  ['admin', CHARTS.before, 'X', 'none', false, false, null],
  ['another organization', CHARTS.before, 'Z', 'none', false, false, null],
];

describe('delegation policy (docs/security.md access table)', () => {
  it.each(TABLE)('%s', (_row, chart, viewer, access, sees, advances, side) => {
    const actor = actorIn(chart, viewer);
    const stored = chart === CHARTS.before ? 'A' : chart === CHARTS.movedToB ? 'B' : 'A2';
    expect(delegationAccessOf(actor, plan(stored), delegation)).toBe(access);
    expect(seesPlanContent(access)).toBe(sees);
    expect(canAdvance(access)).toBe(advances);
    expect(checkInSideOf(actor, delegation, access)).toBe(side);
  });

  it('a delegatee who may also read the plan checks in as the delegatee', () => {
    const skipLevel = actorIn(CHARTS.before, 'CEO');
    expect(checkInSideOf(skipLevel, { delegateeId: 'CEO' }, 'read')).toBe(Side.DELEGATEE);
  });

  it('a missing plan leaves the delegatee alone', () => {
    expect(delegationAccessOf(actorIn(CHARTS.before, 'D'), null, delegation)).toBe('delegatee');
    expect(delegationAccessOf(actorIn(CHARTS.before, 'O'), null, delegation)).toBe('none');
  });

  it('an archived plan takes no more check-ins', () => {
    expect(takesCheckIns(plan('A'))).toBe(true);
    expect(takesCheckIns(plan('A', PlanStatus.ARCHIVED))).toBe(false);
  });
});
