import { ErrorCode, PlanStatus, RatingSide } from '@fulcrum/shared';
import { createContext, useCallback, useContext } from 'react';
import { PlanDocument, type PlanDetailFragment, type PlanQuery } from '../api/gql/graphql';
import { readProblem, type Problem } from '@/lib/errors';
import { conflictMessage, describeChanges, type ComparedField } from '../utils/conflict';

/** Mutation options of every plan change: the whole plan reloads, so every tab agrees. */
export const RELOAD_PLAN = { refetchQueries: [PlanDocument], awaitRefetchQueries: true };

/** The open plan, who the viewer is on it, and the catalogues: what every tab reads. */
export interface PlanScope {
  plan: PlanDetailFragment;
  levers: PlanQuery['levers'];
  archetypes: PlanQuery['archetypes'];
  /** The side the viewer rates and writes on; null for a manager higher in the chain. */
  side: RatingSide | null;
  /** Whether the viewer may change the plan (the owner or the direct manager, not archived). */
  canWrite: boolean;
  /** Who else writes on this plan: the one whose change a CONFLICT most likely is. */
  otherWriter: string;
  /** Reloads the plan from the server. */
  reload: () => Promise<unknown>;
}

export const PlanScopeContext = createContext<PlanScope | null>(null);

export function usePlanScope(): PlanScope {
  const scope = useContext(PlanScopeContext);
  if (!scope) throw new Error('usePlanScope is only available on the plan page');
  return scope;
}

export function planScope(
  data: PlanQuery & { plan: PlanDetailFragment },
  viewerId: string,
  reload: () => Promise<unknown>,
): PlanScope {
  const { plan } = data;
  const side = viewerId === plan.owner.id ? RatingSide.SELF : viewerId === plan.manager.id ? RatingSide.MANAGER : null;
  const firstName = (name: string) => name.split(/\s+/)[0] || name;
  return {
    plan,
    levers: data.levers,
    archetypes: data.archetypes,
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
export function useReadFailure() {
  const { reload, otherWriter } = usePlanScope();
  return useCallback(
    async (
      error: unknown,
      before?: Record<string, unknown>,
      fields: readonly ComparedField[] = [],
    ): Promise<PlanFailure> => {
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
    },
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
