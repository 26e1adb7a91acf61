import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode, PlanStatus, RatingSide } from '@fulcrum/shared';
import { describe, expect, it, vi } from 'vitest';
import { leftoverFailure, planScope, readPlanFailure } from './planScope';

const plan = {
  id: 'p1',
  status: PlanStatus.ACTIVE,
  weeklyHours: 40,
  owner: { id: 'sam', name: 'Sam Okafor' },
  manager: { id: 'noor', name: 'Noor Haddad' },
};
const reload = () => Promise.resolve();

describe('planScope', () => {
  it('gives the owner the SELF side, the manager as the other writer', () => {
    expect(planScope(plan, 'sam', reload)).toEqual(
      expect.objectContaining({ side: RatingSide.SELF, canWrite: true, otherWriter: 'Noor' }),
    );
  });

  it('lets a manager higher up read only', () => {
    expect(planScope(plan, 'someone-above', reload)).toEqual(
      expect.objectContaining({ side: null, canWrite: false, otherWriter: 'Someone' }),
    );
  });

  it('closes an archived plan to its writers too', () => {
    expect(planScope({ ...plan, status: PlanStatus.ARCHIVED }, 'noor', reload).canWrite).toBe(false);
  });
});

describe('readPlanFailure', () => {
  const failing = (code: ErrorCode, extensions: Record<string, unknown> = {}) =>
    new CombinedGraphQLErrors({ errors: [{ message: 'No.', extensions: { code, ...extensions } }] });

  it('reloads the plan on a refused budget, and leaves it on a field error', async () => {
    const spy = vi.fn(() => Promise.resolve());
    expect((await readPlanFailure(failing(ErrorCode.BUDGET_EXCEEDED), { reload: spy, otherWriter: 'Sam' })).kind).toBe(
      'budget',
    );
    expect(spy).toHaveBeenCalledOnce();
    const fields = await readPlanFailure(
      failing(ErrorCode.BAD_USER_INPUT, { fields: [{ field: 'name', message: 'x' }] }),
      {
        reload: spy,
        otherWriter: 'Sam',
      },
    );
    expect(fields.kind).toBe('fields');
    expect(spy).toHaveBeenCalledOnce();
  });

  it('keeps an alert only for the fields no input shows', async () => {
    const fields = await readPlanFailure(
      failing(ErrorCode.BAD_USER_INPUT, { fields: [{ field: 'name', message: 'x' }] }),
      {
        reload,
        otherWriter: 'Sam',
      },
    );
    expect(leftoverFailure(fields, ['name'])).toBeNull();
    expect(leftoverFailure(fields, ['hours'])?.kind).toBe('other');
  });
});
