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
    "fragment ReflectionPoint on QuarterPoint {\n  quarter\n  doingHours\n  multiplyingHours\n  highLeverageHours\n  neutralHours\n  overheadHours\n  gapsClosed\n  delegationsOwned\n  leverageRatio\n}\n\nfragment PlanReflection on Reflection {\n  id\n  version\n  quarter\n  status\n  selfText\n  managerText\n  selfReportedAntiPatterns\n  signedOffBySelf\n  signedOffByManager\n  nextGap {\n    id\n    title\n  }\n  snapshot {\n    ...ReflectionPoint\n  }\n}\n\nquery PlanReflections($planId: ID!) {\n  plan(id: $planId) {\n    id\n    trend {\n      ...ReflectionPoint\n    }\n    antiPatterns {\n      ...PlanAntiPattern\n    }\n    reflections {\n      ...PlanReflection\n    }\n  }\n}\n\nfragment PlanPromotionCase on GrowthPlan {\n  id\n  promotionNarrative\n  promotionNarrativeVersion\n  promotionCase\n}\n\nquery PromotionCase($planId: ID!) {\n  plan(id: $planId) {\n    ...PlanPromotionCase\n  }\n}\n\nmutation StartReflection($input: StartReflectionInput!) {\n  startReflection(input: $input) {\n    ...PlanReflection\n  }\n}\n\nmutation UpdateReflection($input: UpdateReflectionInput!) {\n  updateReflection(input: $input) {\n    ...PlanReflection\n  }\n}\n\nmutation ShareReflection($id: ID!) {\n  shareReflection(id: $id) {\n    ...PlanReflection\n  }\n}\n\nmutation SignOffReflection($id: ID!) {\n  signOffReflection(id: $id) {\n    ...PlanReflection\n  }\n}\n\nmutation UpdatePromotionNarrative($input: UpdatePromotionNarrativeInput!) {\n  updatePromotionNarrative(input: $input) {\n    ...PlanPromotionCase\n  }\n}\n\nfragment ReflectionsPlan on GrowthPlan {\n  ...ScopedPlan\n  gaps {\n    id\n    title\n    status\n  }\n}": typeof types.ReflectionPointFragmentDoc,
    "fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}": typeof types.PersonCardFragmentDoc,
};
const documents: Documents = {
    "fragment ReflectionPoint on QuarterPoint {\n  quarter\n  doingHours\n  multiplyingHours\n  highLeverageHours\n  neutralHours\n  overheadHours\n  gapsClosed\n  delegationsOwned\n  leverageRatio\n}\n\nfragment PlanReflection on Reflection {\n  id\n  version\n  quarter\n  status\n  selfText\n  managerText\n  selfReportedAntiPatterns\n  signedOffBySelf\n  signedOffByManager\n  nextGap {\n    id\n    title\n  }\n  snapshot {\n    ...ReflectionPoint\n  }\n}\n\nquery PlanReflections($planId: ID!) {\n  plan(id: $planId) {\n    id\n    trend {\n      ...ReflectionPoint\n    }\n    antiPatterns {\n      ...PlanAntiPattern\n    }\n    reflections {\n      ...PlanReflection\n    }\n  }\n}\n\nfragment PlanPromotionCase on GrowthPlan {\n  id\n  promotionNarrative\n  promotionNarrativeVersion\n  promotionCase\n}\n\nquery PromotionCase($planId: ID!) {\n  plan(id: $planId) {\n    ...PlanPromotionCase\n  }\n}\n\nmutation StartReflection($input: StartReflectionInput!) {\n  startReflection(input: $input) {\n    ...PlanReflection\n  }\n}\n\nmutation UpdateReflection($input: UpdateReflectionInput!) {\n  updateReflection(input: $input) {\n    ...PlanReflection\n  }\n}\n\nmutation ShareReflection($id: ID!) {\n  shareReflection(id: $id) {\n    ...PlanReflection\n  }\n}\n\nmutation SignOffReflection($id: ID!) {\n  signOffReflection(id: $id) {\n    ...PlanReflection\n  }\n}\n\nmutation UpdatePromotionNarrative($input: UpdatePromotionNarrativeInput!) {\n  updatePromotionNarrative(input: $input) {\n    ...PlanPromotionCase\n  }\n}\n\nfragment ReflectionsPlan on GrowthPlan {\n  ...ScopedPlan\n  gaps {\n    id\n    title\n    status\n  }\n}": types.ReflectionPointFragmentDoc,
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
export function graphql(source: "fragment ReflectionPoint on QuarterPoint {\n  quarter\n  doingHours\n  multiplyingHours\n  highLeverageHours\n  neutralHours\n  overheadHours\n  gapsClosed\n  delegationsOwned\n  leverageRatio\n}\n\nfragment PlanReflection on Reflection {\n  id\n  version\n  quarter\n  status\n  selfText\n  managerText\n  selfReportedAntiPatterns\n  signedOffBySelf\n  signedOffByManager\n  nextGap {\n    id\n    title\n  }\n  snapshot {\n    ...ReflectionPoint\n  }\n}\n\nquery PlanReflections($planId: ID!) {\n  plan(id: $planId) {\n    id\n    trend {\n      ...ReflectionPoint\n    }\n    antiPatterns {\n      ...PlanAntiPattern\n    }\n    reflections {\n      ...PlanReflection\n    }\n  }\n}\n\nfragment PlanPromotionCase on GrowthPlan {\n  id\n  promotionNarrative\n  promotionNarrativeVersion\n  promotionCase\n}\n\nquery PromotionCase($planId: ID!) {\n  plan(id: $planId) {\n    ...PlanPromotionCase\n  }\n}\n\nmutation StartReflection($input: StartReflectionInput!) {\n  startReflection(input: $input) {\n    ...PlanReflection\n  }\n}\n\nmutation UpdateReflection($input: UpdateReflectionInput!) {\n  updateReflection(input: $input) {\n    ...PlanReflection\n  }\n}\n\nmutation ShareReflection($id: ID!) {\n  shareReflection(id: $id) {\n    ...PlanReflection\n  }\n}\n\nmutation SignOffReflection($id: ID!) {\n  signOffReflection(id: $id) {\n    ...PlanReflection\n  }\n}\n\nmutation UpdatePromotionNarrative($input: UpdatePromotionNarrativeInput!) {\n  updatePromotionNarrative(input: $input) {\n    ...PlanPromotionCase\n  }\n}\n\nfragment ReflectionsPlan on GrowthPlan {\n  ...ScopedPlan\n  gaps {\n    id\n    title\n    status\n  }\n}"): (typeof documents)["fragment ReflectionPoint on QuarterPoint {\n  quarter\n  doingHours\n  multiplyingHours\n  highLeverageHours\n  neutralHours\n  overheadHours\n  gapsClosed\n  delegationsOwned\n  leverageRatio\n}\n\nfragment PlanReflection on Reflection {\n  id\n  version\n  quarter\n  status\n  selfText\n  managerText\n  selfReportedAntiPatterns\n  signedOffBySelf\n  signedOffByManager\n  nextGap {\n    id\n    title\n  }\n  snapshot {\n    ...ReflectionPoint\n  }\n}\n\nquery PlanReflections($planId: ID!) {\n  plan(id: $planId) {\n    id\n    trend {\n      ...ReflectionPoint\n    }\n    antiPatterns {\n      ...PlanAntiPattern\n    }\n    reflections {\n      ...PlanReflection\n    }\n  }\n}\n\nfragment PlanPromotionCase on GrowthPlan {\n  id\n  promotionNarrative\n  promotionNarrativeVersion\n  promotionCase\n}\n\nquery PromotionCase($planId: ID!) {\n  plan(id: $planId) {\n    ...PlanPromotionCase\n  }\n}\n\nmutation StartReflection($input: StartReflectionInput!) {\n  startReflection(input: $input) {\n    ...PlanReflection\n  }\n}\n\nmutation UpdateReflection($input: UpdateReflectionInput!) {\n  updateReflection(input: $input) {\n    ...PlanReflection\n  }\n}\n\nmutation ShareReflection($id: ID!) {\n  shareReflection(id: $id) {\n    ...PlanReflection\n  }\n}\n\nmutation SignOffReflection($id: ID!) {\n  signOffReflection(id: $id) {\n    ...PlanReflection\n  }\n}\n\nmutation UpdatePromotionNarrative($input: UpdatePromotionNarrativeInput!) {\n  updatePromotionNarrative(input: $input) {\n    ...PlanPromotionCase\n  }\n}\n\nfragment ReflectionsPlan on GrowthPlan {\n  ...ScopedPlan\n  gaps {\n    id\n    title\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}"): (typeof documents)["fragment PersonCard on Person {\n  id\n  name\n  email\n  title\n  level\n  track\n  specialty\n  hasAccount\n  manager {\n    id\n    name\n  }\n}\n\nfragment ScopedPlan on GrowthPlan {\n  id\n  status\n  weeklyHours\n  owner {\n    id\n    name\n  }\n  manager {\n    id\n    name\n  }\n}\n\nfragment PlanAntiPattern on AntiPatternFinding {\n  pattern\n  detected\n  selfReported\n  evidence\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;