/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment DelegationCheckIn on CheckIn {\n  id\n  side\n  at\n  confidence\n  coachingHours\n  note\n  author {\n    id\n    name\n  }\n}\n\nfragment BoardDelegation on Delegation {\n  id\n  version\n  activityName\n  hoursPerWeek\n  learningObjective\n  stage\n  handedOverAt\n  createdAt\n  delegator {\n    id\n    name\n  }\n  delegatee {\n    id\n    name\n    title\n    level\n  }\n  activity {\n    id\n    name\n    hoursPerWeek\n  }\n  goal {\n    id\n    title\n    status\n  }\n  checkIns {\n    ...DelegationCheckIn\n  }\n  coachingHoursTotal\n  leverageRatio\n}\n\nquery PlanDelegations($planId: ID!) {\n  plan(id: $planId) {\n    id\n    delegations {\n      ...BoardDelegation\n    }\n  }\n}\n\nmutation CreateDelegation($input: CreateDelegationInput!) {\n  createDelegation(input: $input) {\n    ...BoardDelegation\n  }\n}\n\nmutation AdvanceDelegation($input: AdvanceDelegationInput!) {\n  advanceDelegation(input: $input) {\n    ...BoardDelegation\n  }\n}\n\nmutation CheckIn($input: CheckInInput!) {\n  checkIn(input: $input) {\n    ...DelegationCheckIn\n  }\n}\n\nfragment DelegationsPlan on GrowthPlan {\n  ...ScopedPlan\n  week {\n    activities {\n      id\n      name\n      hoursPerWeek\n    }\n  }\n  goals {\n    id\n    title\n    status\n    stop {\n      activity {\n        id\n      }\n    }\n  }\n}": typeof types.DelegationCheckInFragmentDoc,
    "fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}": typeof types.PersonCardFragmentDoc,
};
const documents: Documents = {
    "fragment DelegationCheckIn on CheckIn {\n  id\n  side\n  at\n  confidence\n  coachingHours\n  note\n  author {\n    id\n    name\n  }\n}\n\nfragment BoardDelegation on Delegation {\n  id\n  version\n  activityName\n  hoursPerWeek\n  learningObjective\n  stage\n  handedOverAt\n  createdAt\n  delegator {\n    id\n    name\n  }\n  delegatee {\n    id\n    name\n    title\n    level\n  }\n  activity {\n    id\n    name\n    hoursPerWeek\n  }\n  goal {\n    id\n    title\n    status\n  }\n  checkIns {\n    ...DelegationCheckIn\n  }\n  coachingHoursTotal\n  leverageRatio\n}\n\nquery PlanDelegations($planId: ID!) {\n  plan(id: $planId) {\n    id\n    delegations {\n      ...BoardDelegation\n    }\n  }\n}\n\nmutation CreateDelegation($input: CreateDelegationInput!) {\n  createDelegation(input: $input) {\n    ...BoardDelegation\n  }\n}\n\nmutation AdvanceDelegation($input: AdvanceDelegationInput!) {\n  advanceDelegation(input: $input) {\n    ...BoardDelegation\n  }\n}\n\nmutation CheckIn($input: CheckInInput!) {\n  checkIn(input: $input) {\n    ...DelegationCheckIn\n  }\n}\n\nfragment DelegationsPlan on GrowthPlan {\n  ...ScopedPlan\n  week {\n    activities {\n      id\n      name\n      hoursPerWeek\n    }\n  }\n  goals {\n    id\n    title\n    status\n    stop {\n      activity {\n        id\n      }\n    }\n  }\n}": types.DelegationCheckInFragmentDoc,
    "fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}": types.PersonCardFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DelegationCheckIn on CheckIn {\n  id\n  side\n  at\n  confidence\n  coachingHours\n  note\n  author {\n    id\n    name\n  }\n}\n\nfragment BoardDelegation on Delegation {\n  id\n  version\n  activityName\n  hoursPerWeek\n  learningObjective\n  stage\n  handedOverAt\n  createdAt\n  delegator {\n    id\n    name\n  }\n  delegatee {\n    id\n    name\n    title\n    level\n  }\n  activity {\n    id\n    name\n    hoursPerWeek\n  }\n  goal {\n    id\n    title\n    status\n  }\n  checkIns {\n    ...DelegationCheckIn\n  }\n  coachingHoursTotal\n  leverageRatio\n}\n\nquery PlanDelegations($planId: ID!) {\n  plan(id: $planId) {\n    id\n    delegations {\n      ...BoardDelegation\n    }\n  }\n}\n\nmutation CreateDelegation($input: CreateDelegationInput!) {\n  createDelegation(input: $input) {\n    ...BoardDelegation\n  }\n}\n\nmutation AdvanceDelegation($input: AdvanceDelegationInput!) {\n  advanceDelegation(input: $input) {\n    ...BoardDelegation\n  }\n}\n\nmutation CheckIn($input: CheckInInput!) {\n  checkIn(input: $input) {\n    ...DelegationCheckIn\n  }\n}\n\nfragment DelegationsPlan on GrowthPlan {\n  ...ScopedPlan\n  week {\n    activities {\n      id\n      name\n      hoursPerWeek\n    }\n  }\n  goals {\n    id\n    title\n    status\n    stop {\n      activity {\n        id\n      }\n    }\n  }\n}"): (typeof documents)["fragment DelegationCheckIn on CheckIn {\n  id\n  side\n  at\n  confidence\n  coachingHours\n  note\n  author {\n    id\n    name\n  }\n}\n\nfragment BoardDelegation on Delegation {\n  id\n  version\n  activityName\n  hoursPerWeek\n  learningObjective\n  stage\n  handedOverAt\n  createdAt\n  delegator {\n    id\n    name\n  }\n  delegatee {\n    id\n    name\n    title\n    level\n  }\n  activity {\n    id\n    name\n    hoursPerWeek\n  }\n  goal {\n    id\n    title\n    status\n  }\n  checkIns {\n    ...DelegationCheckIn\n  }\n  coachingHoursTotal\n  leverageRatio\n}\n\nquery PlanDelegations($planId: ID!) {\n  plan(id: $planId) {\n    id\n    delegations {\n      ...BoardDelegation\n    }\n  }\n}\n\nmutation CreateDelegation($input: CreateDelegationInput!) {\n  createDelegation(input: $input) {\n    ...BoardDelegation\n  }\n}\n\nmutation AdvanceDelegation($input: AdvanceDelegationInput!) {\n  advanceDelegation(input: $input) {\n    ...BoardDelegation\n  }\n}\n\nmutation CheckIn($input: CheckInInput!) {\n  checkIn(input: $input) {\n    ...DelegationCheckIn\n  }\n}\n\nfragment DelegationsPlan on GrowthPlan {\n  ...ScopedPlan\n  week {\n    activities {\n      id\n      name\n      hoursPerWeek\n    }\n  }\n  goals {\n    id\n    title\n    status\n    stop {\n      activity {\n        id\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}"): (typeof documents)["fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;