import { createContext, useContext } from 'react';
import { usePlanScope as useScope, type PlanScope } from '@/lib/planScope';
import { PlanDocument, type PlanDetailFragment, type PlanQuery } from '../api/gql/graphql';

export { leftoverFailure, useReadFailure, type PlanFailure } from '@/lib/planScope';

/** Mutation options of every plan change: the whole plan reloads, so every tab agrees. */
export const RELOAD_PLAN = { refetchQueries: [PlanDocument], awaitRefetchQueries: true };

/** The catalogues the plan's own tabs read besides the plan. */
export interface PlanCatalogues {
  levers: PlanQuery['levers'];
  archetypes: PlanQuery['archetypes'];
}

export const PlanCataloguesContext = createContext<PlanCatalogues>({ levers: [], archetypes: [] });

/** The open plan as the plan page's query reads it, with the catalogues. */
export function usePlanScope(): PlanScope<PlanDetailFragment> & PlanCatalogues {
  return { ...useScope<PlanDetailFragment>(), ...useContext(PlanCataloguesContext) };
}
