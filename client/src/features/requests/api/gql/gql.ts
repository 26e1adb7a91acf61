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
    "fragment TriagedRequest on HelpRequest {\n  id\n  version\n  requesterName\n  requester {\n    id\n    name\n  }\n  topic\n  receivedAt\n  uniqueSkill\n  reusableLesson\n  owningTeamExists\n  guidanceHorizon\n  recommendation\n  decision\n  redirectedTo\n  hoursSpent\n}\n\nquery HelpRequests($planId: ID!, $first: Int, $after: String) {\n  plan(id: $planId) {\n    id\n    helpRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TriagedRequest\n        }\n      }\n    }\n  }\n}\n\nquery RequestLoad($planId: ID!, $after: String) {\n  plan(id: $planId) {\n    id\n    helpRequests(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          receivedAt\n          hoursSpent\n        }\n      }\n    }\n  }\n}\n\nmutation LogHelpRequest($input: LogHelpRequestInput!) {\n  logHelpRequest(input: $input) {\n    ...TriagedRequest\n  }\n}\n\nmutation DecideHelpRequest($input: DecideHelpRequestInput!) {\n  decideHelpRequest(input: $input) {\n    ...TriagedRequest\n  }\n}\n\nfragment RequestsPlan on GrowthPlan {\n  ...ScopedPlan\n  antiPatterns {\n    ...PlanAntiPattern\n  }\n}": typeof types.TriagedRequestFragmentDoc,
    "fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}": typeof types.PersonCardFragmentDoc,
};
const documents: Documents = {
    "fragment TriagedRequest on HelpRequest {\n  id\n  version\n  requesterName\n  requester {\n    id\n    name\n  }\n  topic\n  receivedAt\n  uniqueSkill\n  reusableLesson\n  owningTeamExists\n  guidanceHorizon\n  recommendation\n  decision\n  redirectedTo\n  hoursSpent\n}\n\nquery HelpRequests($planId: ID!, $first: Int, $after: String) {\n  plan(id: $planId) {\n    id\n    helpRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TriagedRequest\n        }\n      }\n    }\n  }\n}\n\nquery RequestLoad($planId: ID!, $after: String) {\n  plan(id: $planId) {\n    id\n    helpRequests(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          receivedAt\n          hoursSpent\n        }\n      }\n    }\n  }\n}\n\nmutation LogHelpRequest($input: LogHelpRequestInput!) {\n  logHelpRequest(input: $input) {\n    ...TriagedRequest\n  }\n}\n\nmutation DecideHelpRequest($input: DecideHelpRequestInput!) {\n  decideHelpRequest(input: $input) {\n    ...TriagedRequest\n  }\n}\n\nfragment RequestsPlan on GrowthPlan {\n  ...ScopedPlan\n  antiPatterns {\n    ...PlanAntiPattern\n  }\n}": types.TriagedRequestFragmentDoc,
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
export function graphql(source: "fragment TriagedRequest on HelpRequest {\n  id\n  version\n  requesterName\n  requester {\n    id\n    name\n  }\n  topic\n  receivedAt\n  uniqueSkill\n  reusableLesson\n  owningTeamExists\n  guidanceHorizon\n  recommendation\n  decision\n  redirectedTo\n  hoursSpent\n}\n\nquery HelpRequests($planId: ID!, $first: Int, $after: String) {\n  plan(id: $planId) {\n    id\n    helpRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TriagedRequest\n        }\n      }\n    }\n  }\n}\n\nquery RequestLoad($planId: ID!, $after: String) {\n  plan(id: $planId) {\n    id\n    helpRequests(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          receivedAt\n          hoursSpent\n        }\n      }\n    }\n  }\n}\n\nmutation LogHelpRequest($input: LogHelpRequestInput!) {\n  logHelpRequest(input: $input) {\n    ...TriagedRequest\n  }\n}\n\nmutation DecideHelpRequest($input: DecideHelpRequestInput!) {\n  decideHelpRequest(input: $input) {\n    ...TriagedRequest\n  }\n}\n\nfragment RequestsPlan on GrowthPlan {\n  ...ScopedPlan\n  antiPatterns {\n    ...PlanAntiPattern\n  }\n}"): (typeof documents)["fragment TriagedRequest on HelpRequest {\n  id\n  version\n  requesterName\n  requester {\n    id\n    name\n  }\n  topic\n  receivedAt\n  uniqueSkill\n  reusableLesson\n  owningTeamExists\n  guidanceHorizon\n  recommendation\n  decision\n  redirectedTo\n  hoursSpent\n}\n\nquery HelpRequests($planId: ID!, $first: Int, $after: String) {\n  plan(id: $planId) {\n    id\n    helpRequests(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TriagedRequest\n        }\n      }\n    }\n  }\n}\n\nquery RequestLoad($planId: ID!, $after: String) {\n  plan(id: $planId) {\n    id\n    helpRequests(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          receivedAt\n          hoursSpent\n        }\n      }\n    }\n  }\n}\n\nmutation LogHelpRequest($input: LogHelpRequestInput!) {\n  logHelpRequest(input: $input) {\n    ...TriagedRequest\n  }\n}\n\nmutation DecideHelpRequest($input: DecideHelpRequestInput!) {\n  decideHelpRequest(input: $input) {\n    ...TriagedRequest\n  }\n}\n\nfragment RequestsPlan on GrowthPlan {\n  ...ScopedPlan\n  antiPatterns {\n    ...PlanAntiPattern\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}"): (typeof documents)["fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;