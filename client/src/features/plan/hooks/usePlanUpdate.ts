import { useMutation } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import type { ComparedField } from '@/lib/conflict';
import { PlanDocument, UpdatePlanDocument, type UpdatePlanInput } from '../api/gql/graphql';
import { usePlanScope, useReadFailure, type PlanFailure } from './usePlanScope';

/**
 * Changes the plan's own fields (status, target level or archetype) from the version shown.
 * `update` resolves to the refusal, read against `compared`, or to null once saved and reloaded
 * with the plan and `alsoReload`.
 */
export function usePlanUpdate(alsoReload: readonly DocumentNode[] = []) {
  const { plan } = usePlanScope();
  const readFailure = useReadFailure();
  const [mutate, { loading }] = useMutation(UpdatePlanDocument, {
    refetchQueries: [PlanDocument, ...alsoReload],
    awaitRefetchQueries: true,
  });

  const update = async (
    changes: Omit<UpdatePlanInput, 'id' | 'version'>,
    compared: readonly ComparedField[],
  ): Promise<PlanFailure | null> => {
    // What a CONFLICT is described against: the plan as it was shown.
    const before = {
      status: plan.status,
      targetLevel: plan.targetLevel,
      targetArchetype: plan.targetArchetype,
      weeklyHours: plan.weeklyHours,
    };
    try {
      await mutate({ variables: { input: { id: plan.id, version: plan.version, ...changes } } });
      return null;
    } catch (error) {
      return readFailure(error, before, compared);
    }
  };

  return { update, loading };
}
