import {
  assertActivityNotDelegated,
  delegationOfPlanExists,
  delegationsWithCheckIns,
  forgetPlanDelegations,
  helpRequestsOfPlan,
} from '../delegations/delegation.facts';
import { syncSignInEmail } from '../identity/accounts/sign-in-email';
import { peopleHooks } from '../identity/people/people.hooks';
import { oneOnOneHooks } from '../one-on-ones/one-on-one.hooks';
import { planHooks } from '../plans/plan.hooks';
import { forgetOpenPlanOf, handOverOpenPlan } from '../plans/plan.service';
import { reflectionHooks } from '../reflections/reflection.hooks';
import { resetManagerSignOff } from '../reflections/reflection.service';

/**
 * The cross-feature reactions, wired once at start: a lower module calls its hook, the module
 * above that owns the reaction provides it. Every reaction passed an EntityManager runs in the
 * caller's transaction.
 */
export function wireHooks(): void {
  // identity → plans: a new manager takes over the open plan in the move's transaction.
  peopleHooks.managerChanged.provide(handOverOpenPlan);
  peopleHooks.emailChanging.provide(syncSignInEmail);
  peopleHooks.personChanged.provide(forgetOpenPlanOf);
  // plans → delegations, reflections.
  planHooks.planChanged.provide(forgetPlanDelegations);
  planHooks.activityRemoving.provide(assertActivityNotDelegated);
  planHooks.handedOver.provide(resetManagerSignOff);
  // siblings: 1:1 agendas and reflection snapshots read delegations.
  oneOnOneHooks.delegationsOf.provide(delegationsWithCheckIns);
  oneOnOneHooks.delegationExists.provide(delegationOfPlanExists);
  reflectionHooks.delegationsOf.provide(delegationsWithCheckIns);
  reflectionHooks.helpRequestsOf.provide(helpRequestsOfPlan);
}
