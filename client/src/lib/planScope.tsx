import { ErrorCode, PlanStatus, RatingSide } from '@fulcrum/shared';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { conflictMessage, describeChanges, type ComparedField } from './conflict';
import { readProblem, type Problem } from './errors';
import { firstName } from './format';

/**
 * What every tab of the plan page reads of the open plan. A feature that reads more names it
 * (a fragment on GrowthPlan in its own documents) and asks `usePlanScope<ThatFragment>()`; the plan
 * page checks that its query holds all of them.
 */
export interface ScopedPlan {
  id: string;
  status: PlanStatus;
  weeklyHours: number;
  owner: { id: string; name: string };
  manager: { id: string; name: string };
}

/** The open plan and who the viewer is on it: what every tab of the plan page reads. */
export interface PlanScope<Plan extends ScopedPlan = ScopedPlan> {
  plan: Plan;
  /** The side the viewer rates and writes on; null for a manager higher in the chain. */
  side: RatingSide | null;
  /** Whether the viewer may change the plan (the owner or the direct manager, not archived). */
  canWrite: boolean;
  /** Who else writes on this plan: the one whose change a CONFLICT most likely is. */
  otherWriter: string;
  /** Reloads the plan from the server. */
  reload: () => Promise<unknown>;
}

/**
 * The plan page's query, by operation name: a change another tab makes refetches it, so the
 * header and every tab agree (its document belongs to the plan feature).
 */
export const PLAN_QUERY = 'Plan';

const PlanScopeContext = createContext<PlanScope | null>(null);

export function PlanScopeProvider<Plan extends ScopedPlan>({
  scope,
  children,
}: {
  scope: PlanScope<Plan>;
  children: ReactNode;
}) {
  return <PlanScopeContext value={scope}>{children}</PlanScopeContext>;
}

/**
 * The open plan. `Plan` is the part of it the caller reads; the plan page provides the whole
 * plan of its query, which it checks holds every tab's part.
 */
export function usePlanScope<Plan extends ScopedPlan = ScopedPlan>(): PlanScope<Plan> {
  const scope = useContext(PlanScopeContext);
  if (!scope) throw new Error('usePlanScope is only available on the plan page');
  return scope as PlanScope<Plan>;
}

/** The scope of a plan as the viewer sees it. */
export function planScope<Plan extends ScopedPlan>(
  plan: Plan,
  viewerId: string,
  reload: () => Promise<unknown>,
): PlanScope<Plan> {
  const side = viewerId === plan.owner.id ? RatingSide.SELF : viewerId === plan.manager.id ? RatingSide.MANAGER : null;
  return {
    plan,
    side,
    canWrite: side !== null && plan.status !== PlanStatus.ARCHIVED,
    otherWriter:
      side === RatingSide.SELF
        ? firstName(plan.manager.name)
        : side === RatingSide.MANAGER
          ? firstName(plan.owner.name)
          : 'Someone',
    reload,
  };
}

/** How a failed plan mutation should be shown. */
export type PlanFailure =
  | { kind: 'conflict'; message: string; problem: Problem }
  | { kind: 'budget'; problem: Problem }
  | { kind: 'fields'; problem: Problem }
  | { kind: 'other'; problem: Problem };

/**
 * Reads a failed mutation: a CONFLICT or BUDGET_EXCEEDED reloads the plan (the user must see
 * the week and the object as they are now) and a CONFLICT says what changed since `before`.
 */
export async function readPlanFailure(
  error: unknown,
  { reload, otherWriter }: Pick<PlanScope, 'reload' | 'otherWriter'>,
  before?: Record<string, unknown>,
  fields: readonly ComparedField[] = [],
): Promise<PlanFailure> {
  const problem = readProblem(error);
  switch (problem.code) {
    case ErrorCode.CONFLICT: {
      await reload().catch(() => undefined);
      const current = problem.extensions.current as Record<string, unknown> | undefined;
      return {
        kind: 'conflict',
        problem,
        message: conflictMessage(otherWriter, describeChanges(before ?? {}, current, fields)),
      };
    }
    case ErrorCode.BUDGET_EXCEEDED:
      await reload().catch(() => undefined);
      return { kind: 'budget', problem };
    case ErrorCode.NOT_FOUND:
    case ErrorCode.FORBIDDEN:
    case ErrorCode.INVALID_TRANSITION:
      await reload().catch(() => undefined);
      return { kind: 'other', problem };
    case ErrorCode.BAD_USER_INPUT:
      return Object.keys(problem.fields).length > 0 ? { kind: 'fields', problem } : { kind: 'other', problem };
    default:
      return { kind: 'other', problem };
  }
}

/** `readPlanFailure` bound to the open plan. */
export function useReadFailure() {
  const { reload, otherWriter } = usePlanScope();
  return useCallback(
    (error: unknown, before?: Record<string, unknown>, fields: readonly ComparedField[] = []) =>
      readPlanFailure(error, { reload, otherWriter }, before, fields),
    [reload, otherWriter],
  );
}

/**
 * What of a failure still needs an alert once the form shows the field errors it has inputs
 * for (`shown`): nothing, the whole problem, or the problem when some field has no input.
 */
export function leftoverFailure(failure: PlanFailure, shown: readonly string[]): PlanFailure | null {
  if (failure.kind !== 'fields') return failure;
  const unshown = Object.keys(failure.problem.fields).filter((field) => !shown.includes(field));
  return unshown.length > 0 ? { kind: 'other', problem: failure.problem } : null;
}
