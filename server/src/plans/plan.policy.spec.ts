import { PlanStatus, RatingSide } from '@fulcrum/shared';
import { describe, expect, it } from 'vitest';
import { actorIn, CHARTS, plan, type Chart } from '../core/actor.fixture';
import { canReadPlan, canStartPlan, canWritePlan, planAccessOf, planSideOf, type PlanAccess } from './plan.policy';

const ARCHIVED = PlanStatus.ARCHIVED;

// docs/security.md, "Access rules": [row, org chart, viewer, plan (stored manager, status), access, may write].
const TABLE: [string, Chart, string, ReturnType<typeof plan>, PlanAccess, boolean][] = [
  ['owner', CHARTS.before, 'O', plan('A'), 'write', true],
  ['owner, archived plan', CHARTS.before, 'O', plan('A', ARCHIVED), 'write', false],
  ['stored manager while direct manager', CHARTS.before, 'A', plan('A'), 'write', true],
  ['direct manager, archived plan', CHARTS.before, 'A', plan('A', ARCHIVED), 'write', false],
  ['skip-level above the stored manager', CHARTS.before, 'CEO', plan('A'), 'read', false],
  ['peer', CHARTS.before, 'P', plan('A'), 'none', false],
  ['delegatee', CHARTS.before, 'D', plan('A'), 'none', false],
  ['admin outside the chain', CHARTS.before, 'X', plan('A'), 'none', false],
  ['another organization', CHARTS.before, 'Z', plan('A'), 'none', false],
  ['former manager, open plan handed over', CHARTS.movedToB, 'A', plan('B'), 'none', false],
  ['stored manager after the change (archived plan)', CHARTS.movedToB, 'A', plan('A', ARCHIVED), 'none', false],
  ['stored manager after the change (not handed over)', CHARTS.movedToB, 'A', plan('A'), 'none', false],
  ['new manager, the open plan', CHARTS.movedToB, 'B', plan('B'), 'write', true],
  ['new manager, archived plan stored under A', CHARTS.movedToB, 'B', plan('A', ARCHIVED), 'none', false],
  ['manager above both, open plan', CHARTS.movedToB, 'CEO', plan('B'), 'read', false],
  ['manager above both, archived plan', CHARTS.movedToB, 'CEO', plan('A', ARCHIVED), 'read', false],
  ['former manager still above, open plan', CHARTS.movedBelowA, 'A', plan('A2'), 'read', false],
  ['former manager still above, plan stored under them', CHARTS.movedBelowA, 'A', plan('A', ARCHIVED), 'read', false],
  ['former manager still above, not the direct manager', CHARTS.movedBelowA, 'A', plan('A'), 'read', false],
  ['new manager below A, archived plan stored under A', CHARTS.movedBelowA, 'A2', plan('A', ARCHIVED), 'none', false],
  ['new manager below A, the open plan', CHARTS.movedBelowA, 'A2', plan('A2'), 'write', true],
];

describe('plan policy (docs/security.md access table)', () => {
  it.each(TABLE)('%s', (_row, chart, viewer, facts, access, writes) => {
    const actor = actorIn(chart, viewer);
    expect(planAccessOf(actor, facts)).toBe(access);
    expect(canReadPlan(actor, facts)).toBe(access !== 'none');
    expect(canWritePlan(actor, facts)).toBe(writes);
  });

  it('writes on the SELF side as the owner and on the MANAGER side otherwise', () => {
    expect(planSideOf(actorIn(CHARTS.before, 'O'), plan('A'))).toBe(RatingSide.SELF);
    expect(planSideOf(actorIn(CHARTS.before, 'A'), plan('A'))).toBe(RatingSide.MANAGER);
  });

  it.each([
    ['the person', 'O', true],
    ['their manager', 'A', true],
    ['someone above', 'CEO', true],
    ['a peer', 'P', false],
    ['an admin outside the chain', 'X', false],
  ] as const)('a plan for O is started by %s: %s', (_who, viewer, allowed) => {
    expect(canStartPlan(actorIn(CHARTS.before, viewer), 'O')).toBe(allowed);
  });
});
