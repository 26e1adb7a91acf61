// What the pages layer composes the plan page from.
export { PlanDocument, type PlanDetailFragment, type PlanQuery } from './api/gql/graphql';
export { CurrentStateTab } from './components/CurrentStateTab';
export { GapsTab } from './components/GapsTab';
export { GoalsTab } from './components/GoalsTab';
export { PlanHeader } from './components/PlanHeader';
export { WeekTab } from './components/WeekTab';
export { PlanCataloguesContext } from './hooks/usePlanScope';
