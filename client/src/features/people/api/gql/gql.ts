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
    "query People($search: String, $first: Int, $after: String) {\n  people(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PersonCard\n      }\n    }\n  }\n}\n\nquery PersonDetail($id: ID!) {\n  person(id: $id) {\n    ...PersonCard\n    reports {\n      id\n      name\n      title\n      level\n    }\n    activePlan {\n      id\n      status\n    }\n  }\n}\n\nmutation AddPerson($input: AddPersonInput!) {\n  addPerson(input: $input) {\n    ...PersonCard\n  }\n}\n\nmutation UpdatePerson($input: UpdatePersonInput!) {\n  updatePerson(input: $input) {\n    ...PersonCard\n  }\n}\n\nmutation InvitePerson($personId: ID!) {\n  invitePerson(personId: $personId) {\n    id\n    expiresAt\n    acceptUrl\n    person {\n      id\n      hasAccount\n    }\n  }\n}\n\nmutation StartPlan($input: StartPlanInput!) {\n  startPlan(input: $input) {\n    id\n    status\n    owner {\n      id\n      activePlan {\n        id\n        status\n      }\n    }\n  }\n}": typeof types.PeopleDocument,
    "fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}": typeof types.PersonCardFragmentDoc,
};
const documents: Documents = {
    "query People($search: String, $first: Int, $after: String) {\n  people(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PersonCard\n      }\n    }\n  }\n}\n\nquery PersonDetail($id: ID!) {\n  person(id: $id) {\n    ...PersonCard\n    reports {\n      id\n      name\n      title\n      level\n    }\n    activePlan {\n      id\n      status\n    }\n  }\n}\n\nmutation AddPerson($input: AddPersonInput!) {\n  addPerson(input: $input) {\n    ...PersonCard\n  }\n}\n\nmutation UpdatePerson($input: UpdatePersonInput!) {\n  updatePerson(input: $input) {\n    ...PersonCard\n  }\n}\n\nmutation InvitePerson($personId: ID!) {\n  invitePerson(personId: $personId) {\n    id\n    expiresAt\n    acceptUrl\n    person {\n      id\n      hasAccount\n    }\n  }\n}\n\nmutation StartPlan($input: StartPlanInput!) {\n  startPlan(input: $input) {\n    id\n    status\n    owner {\n      id\n      activePlan {\n        id\n        status\n      }\n    }\n  }\n}": types.PeopleDocument,
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
export function graphql(source: "query People($search: String, $first: Int, $after: String) {\n  people(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PersonCard\n      }\n    }\n  }\n}\n\nquery PersonDetail($id: ID!) {\n  person(id: $id) {\n    ...PersonCard\n    reports {\n      id\n      name\n      title\n      level\n    }\n    activePlan {\n      id\n      status\n    }\n  }\n}\n\nmutation AddPerson($input: AddPersonInput!) {\n  addPerson(input: $input) {\n    ...PersonCard\n  }\n}\n\nmutation UpdatePerson($input: UpdatePersonInput!) {\n  updatePerson(input: $input) {\n    ...PersonCard\n  }\n}\n\nmutation InvitePerson($personId: ID!) {\n  invitePerson(personId: $personId) {\n    id\n    expiresAt\n    acceptUrl\n    person {\n      id\n      hasAccount\n    }\n  }\n}\n\nmutation StartPlan($input: StartPlanInput!) {\n  startPlan(input: $input) {\n    id\n    status\n    owner {\n      id\n      activePlan {\n        id\n        status\n      }\n    }\n  }\n}"): (typeof documents)["query People($search: String, $first: Int, $after: String) {\n  people(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...PersonCard\n      }\n    }\n  }\n}\n\nquery PersonDetail($id: ID!) {\n  person(id: $id) {\n    ...PersonCard\n    reports {\n      id\n      name\n      title\n      level\n    }\n    activePlan {\n      id\n      status\n    }\n  }\n}\n\nmutation AddPerson($input: AddPersonInput!) {\n  addPerson(input: $input) {\n    ...PersonCard\n  }\n}\n\nmutation UpdatePerson($input: UpdatePersonInput!) {\n  updatePerson(input: $input) {\n    ...PersonCard\n  }\n}\n\nmutation InvitePerson($personId: ID!) {\n  invitePerson(personId: $personId) {\n    id\n    expiresAt\n    acceptUrl\n    person {\n      id\n      hasAccount\n    }\n  }\n}\n\nmutation StartPlan($input: StartPlanInput!) {\n  startPlan(input: $input) {\n    id\n    status\n    owner {\n      id\n      activePlan {\n        id\n        status\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}"): (typeof documents)["fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;