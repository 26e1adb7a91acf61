import { PlanStatus } from '@fulcrum/shared';
import { describe, expect, it } from 'vitest';
import { actorIn, CHARTS, plan, type Chart } from '../core/actor.fixture';
import { canChangeOneOnOne, canReadPrivateNote, oneOnOneAccessOf, type OneOnOneAccess } from './one-on-one.policy';

const ARCHIVED = PlanStatus.ARCHIVED;

// [row, chart, viewer, plan, access to the 1:1 and its shared notes, may change it].
const TABLE: [string, Chart, string, ReturnType<typeof plan>, OneOnOneAccess, boolean][] = [
  ['owner', CHARTS.before, 'O', plan('A'), 'participant', true],
  ['direct manager', CHARTS.before, 'A', plan('A'), 'participant', true],
  ['skip-level: read only', CHARTS.before, 'CEO', plan('A'), 'read', false],
  ['archived plan: nobody changes', CHARTS.before, 'A', plan('A', ARCHIVED), 'participant', false],
  ['former manager', CHARTS.movedToB, 'A', plan('B'), 'none', false],
  ['former manager still above: read only', CHARTS.movedBelowA, 'A', plan('A2'), 'read', false],
  ['new manager, the open plan (past 1:1s included)', CHARTS.movedToB, 'B', plan('B'), 'participant', true],
  ['new manager, archived plan stored under A', CHARTS.movedToB, 'B', plan('A', ARCHIVED), 'none', false],
  ['delegatee', CHARTS.before, 'D', plan('A'), 'none', false],
  ['admin', CHARTS.before, 'X', plan('A'), 'none', false],
  ['another organization', CHARTS.before, 'Z', plan('A'), 'none', false],
];

describe('1:1 policy (docs/security.md access table)', () => {
  it.each(TABLE)('%s', (_row, chart, viewer, facts, access, changes) => {
    const actor = actorIn(chart, viewer);
    expect(oneOnOneAccessOf(actor, facts)).toBe(access);
    expect(canChangeOneOnOne(actor, facts)).toBe(changes);
  });

  it.each([
    ['its author', 'A', true],
    ['the other participant', 'O', false],
    ['a manager above', 'CEO', false],
    ['the new manager', 'B', false],
    ['an admin', 'X', false],
  ] as const)('a private note by A is read by %s: %s', (_who, viewer, reads) => {
    expect(canReadPrivateNote(actorIn(CHARTS.movedToB, viewer), { authorId: 'A' })).toBe(reads);
  });
});
