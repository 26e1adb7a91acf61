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
    "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation SignOut {\n  signOut\n}": typeof types.SignUpDocument,
    "fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}": typeof types.PersonCardFragmentDoc,
    "fragment ViewerFields on Viewer {\n  role\n  organization {\n    id\n    name\n  }\n  person {\n    ...PersonCard\n    reports {\n      id\n      name\n    }\n    activePlan {\n      id\n    }\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
};
const documents: Documents = {
    "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation SignOut {\n  signOut\n}": types.SignUpDocument,
    "fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}": types.PersonCardFragmentDoc,
    "fragment ViewerFields on Viewer {\n  role\n  organization {\n    id\n    name\n  }\n  person {\n    ...PersonCard\n    reports {\n      id\n      name\n    }\n    activePlan {\n      id\n    }\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}": types.ViewerFieldsFragmentDoc,
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
export function graphql(source: "mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation SignOut {\n  signOut\n}"): (typeof documents)["mutation SignUp($input: SignUpInput!) {\n  signUp(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation AcceptInvitation($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    ...ViewerFields\n  }\n}\n\nmutation SignOut {\n  signOut\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}"): (typeof documents)["fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerFields on Viewer {\n  role\n  organization {\n    id\n    name\n  }\n  person {\n    ...PersonCard\n    reports {\n      id\n      name\n    }\n    activePlan {\n      id\n    }\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}"): (typeof documents)["fragment ViewerFields on Viewer {\n  role\n  organization {\n    id\n    name\n  }\n  person {\n    ...PersonCard\n    reports {\n      id\n      name\n    }\n    activePlan {\n      id\n    }\n  }\n}\n\nquery Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;