import { describe, expect, it } from 'vitest';
import { actorIn, CHARTS } from '../../core/actor.fixture';
import { canChangeSignInEmail, canEditPerson, canPlaceUnder, canSeeEmail, emailsVisibleTo } from './people.policy';

const chart = CHARTS.before;

describe('people policy', () => {
  it.each([
    ['the person', 'O', true, false],
    ['their manager', 'A', true, true],
    ['someone above', 'CEO', true, true],
    ['a peer', 'P', false, false],
    ['an admin', 'X', true, true],
  ] as const)("O's email is seen by %s: %s; O is edited and invited by them: %s", (_who, viewer, sees, edits) => {
    const actor = actorIn(chart, viewer);
    expect(canSeeEmail(actor, { id: 'O' })).toBe(sees);
    expect(canEditPerson(actor, { id: 'O' })).toBe(edits);
  });

  it('searches the emails of the viewer and everyone below, or all of them for an admin', () => {
    expect(new Set(emailsVisibleTo(actorIn(chart, 'A')))).toEqual(new Set(['A', 'A2', 'P', 'O']));
    expect(emailsVisibleTo(actorIn(chart, 'X'))).toBe('everyone');
  });

  it('places people: admins anywhere, managers under themselves or their team', () => {
    expect(canPlaceUnder(actorIn(chart, 'X'), 'D', false)).toBe(true);
    expect(canPlaceUnder(actorIn(chart, 'A'), 'A2', true)).toBe(true);
    expect(canPlaceUnder(actorIn(chart, 'A'), 'A', true)).toBe(true);
    expect(canPlaceUnder(actorIn(chart, 'O'), 'O', false)).toBe(false);
    expect(canPlaceUnder(actorIn(chart, 'A'), 'B', true)).toBe(false);
    expect(canPlaceUnder(actorIn(chart, 'A'), null, true)).toBe(false);
  });

  it('leaves a sign-in email to admins', () => {
    expect(canChangeSignInEmail(actorIn(chart, 'X'))).toBe(true);
    expect(canChangeSignInEmail(actorIn(chart, 'CEO'))).toBe(false);
  });
});
