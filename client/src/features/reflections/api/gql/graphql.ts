/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

export type AcceptInvitationInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type AddActionItemInput = {
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  oneOnOneId: Scalars['ID']['input'];
  ownerId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type AddActivityInput = {
  hoursPerWeek: Scalars['Float']['input'];
  leverage: Leverage;
  mode: Mode;
  name: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
};

export type AddAgendaItemInput = {
  linkId?: InputMaybe<Scalars['String']['input']>;
  linkKind?: InputMaybe<LinkKind>;
  oneOnOneId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type AddGapInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Scalars['String']['input']>;
  kind: GapKind;
  planId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type AddGoalInput = {
  gapId?: InputMaybe<Scalars['ID']['input']>;
  lever: Lever;
  planId: Scalars['ID']['input'];
  start: HoursShiftInput;
  /** Must name an existing activity. */
  stop?: InputMaybe<HoursShiftInput>;
  successMeasure?: InputMaybe<Scalars['String']['input']>;
  targetQuarter?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type AddPersonInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  level: Level;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  specialty?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  track: Track;
};

export type AdvanceDelegationInput = {
  id: Scalars['ID']['input'];
  stage: DelegationStage;
  version: Scalars['Int']['input'];
};

export type AntiPattern =
  | 'ADDITION_NOT_CHANGE'
  | 'MEDIATOR_MIMIC'
  | 'NOT_MY_JOB'
  | 'OVERWHELMED_BY_REQUESTS'
  | 'PREMIUM_SENIOR'
  | 'RUSHING'
  | 'SCATTERED_SMALL_WINS';

export type Archetype =
  | 'ARCHITECT'
  | 'RIGHT_HAND'
  | 'SOLVER'
  | 'TECH_LEAD';

export type CheckInInput = {
  coachingHours: Scalars['Float']['input'];
  confidence: Scalars['Int']['input'];
  delegationId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

export type CreateDelegationInput = {
  activityId: Scalars['ID']['input'];
  delegateeId: Scalars['ID']['input'];
  goalId?: InputMaybe<Scalars['ID']['input']>;
  hoursPerWeek: Scalars['Float']['input'];
  learningObjective: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
};

export type DecideHelpRequestInput = {
  decision: HelpDecision;
  hoursSpent?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  redirectedTo?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type DelegationStage =
  | 'OWNED'
  | 'PAIRING'
  | 'PLANNED'
  | 'RECLAIMED'
  | 'REVIEWING'
  | 'SHADOWING';

export type ExportFormat =
  | 'JSON'
  | 'MARKDOWN';

export type GapKind =
  | 'AUTONOMY'
  | 'NEXT_SCOPE';

export type GapStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'WORKING';

export type GoalStatus =
  | 'ACTIVE'
  | 'DONE'
  | 'DROPPED'
  | 'PROPOSED';

export type GuidanceHorizon =
  | 'MONTHS'
  | 'ONE_OFF'
  | 'WEEKS';

export type HelpDecision =
  | 'HELP'
  | 'REDIRECT'
  | 'TEACH';

export type HoursShiftInput = {
  /** An existing activity, or: */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  hoursPerWeek: Scalars['Float']['input'];
  leverage?: InputMaybe<Leverage>;
  mode?: InputMaybe<Mode>;
  newActivityName?: InputMaybe<Scalars['String']['input']>;
};

export type Level =
  | 'JUNIOR'
  | 'LEAD'
  | 'MID'
  | 'PRINCIPAL'
  | 'SENIOR'
  | 'STAFF';

export type Lever =
  | 'BUILD_TOOLS_AND_ASSETS'
  | 'DEVELOP_OTHERS_WITH_MANAGERS'
  | 'EXTEND_TIME_HORIZON'
  | 'INVEST_TO_MULTIPLY'
  | 'LEAD_TECHNICAL_DECISIONS'
  | 'OWN_END_TO_END'
  | 'OWN_SYSTEM_STATE'
  | 'PUSH_IMPROVEMENTS_WIDELY'
  | 'REPRESENT_EXPERTISE'
  | 'SHARE_KNOWLEDGE';

export type Leverage =
  | 'HIGH'
  | 'NEUTRAL'
  | 'OVERHEAD';

export type LinkKind =
  | 'DELEGATION'
  | 'GAP'
  | 'GOAL'
  | 'SIGNAL';

export type LogHelpRequestInput = {
  guidanceHorizon: GuidanceHorizon;
  owningTeamExists: Scalars['Boolean']['input'];
  planId: Scalars['ID']['input'];
  requesterId?: InputMaybe<Scalars['ID']['input']>;
  requesterName?: InputMaybe<Scalars['String']['input']>;
  reusableLesson: Scalars['Boolean']['input'];
  topic: Scalars['String']['input'];
  uniqueSkill: Scalars['Boolean']['input'];
};

export type Mode =
  | 'DOING'
  | 'MULTIPLYING';

export type OneOnOneChange =
  | 'ACTION_ITEMS'
  | 'AGENDA'
  | 'NOTES'
  | 'STATUS';

export type OneOnOneStatus =
  | 'DONE'
  | 'UPCOMING';

export type PlanStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT';

export type RateSignalInput = {
  evidence?: InputMaybe<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
  rating: SignalRating;
  signal: SignalKey;
};

export type ReadinessStage =
  | 'BUILDING_SIGNALS'
  | 'FOCUS_ON_SENIOR_SCOPE'
  | 'READY_FOR_CHANGE';

export type ReflectionStatus =
  | 'DRAFT'
  | 'SHARED'
  | 'SIGNED_OFF';

export type Role =
  | 'ADMIN'
  | 'MEMBER';

export type ScheduleOneOnOneInput = {
  planId: Scalars['ID']['input'];
  scheduledAt: Scalars['DateTimeISO']['input'];
};

export type SetPrivateNoteInput = {
  oneOnOneId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type Side =
  | 'DELEGATEE'
  | 'DELEGATOR';

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organizationName: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignalKey =
  | 'CROSS_SPECIALTY_CONTACT'
  | 'DIMINISHING_RETURNS'
  | 'FEEDBACK_DRIES_UP'
  | 'INCONSISTENCY'
  | 'REPLACEMENT_GAP'
  | 'ROLE_MODEL'
  | 'ROTATION_DOUBT';

export type SignalKind =
  | 'BLOCKER'
  | 'CHANGE';

export type SignalRating =
  | 'CLEAR'
  | 'EMERGING'
  | 'NOT_SEEN';

export type StartPlanInput = {
  ownerId: Scalars['ID']['input'];
  targetArchetype?: InputMaybe<Archetype>;
  targetLevel?: InputMaybe<Level>;
  weeklyHours?: InputMaybe<Scalars['Float']['input']>;
};

export type StartReflectionInput = {
  planId: Scalars['ID']['input'];
  quarter: Scalars['String']['input'];
};

export type Track =
  | 'INDIVIDUAL_CONTRIBUTOR'
  | 'MANAGER';

export type UpdateActionItemInput = {
  done?: InputMaybe<Scalars['Boolean']['input']>;
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  id: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateActivityInput = {
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  leverage?: InputMaybe<Leverage>;
  mode?: InputMaybe<Mode>;
  name?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateAgendaItemInput = {
  discussed?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateGapInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  status?: InputMaybe<GapStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateGoalInput = {
  id: Scalars['ID']['input'];
  startHours?: InputMaybe<Scalars['Float']['input']>;
  status?: InputMaybe<GoalStatus>;
  stopHours?: InputMaybe<Scalars['Float']['input']>;
  successMeasure?: InputMaybe<Scalars['String']['input']>;
  targetQuarter?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdatePersonInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  level?: InputMaybe<Level>;
  managerId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  specialty?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  track?: InputMaybe<Track>;
};

export type UpdatePlanInput = {
  id: Scalars['ID']['input'];
  status?: InputMaybe<PlanStatus>;
  targetArchetype?: InputMaybe<Archetype>;
  targetLevel?: InputMaybe<Level>;
  version: Scalars['Int']['input'];
  weeklyHours?: InputMaybe<Scalars['Float']['input']>;
};

export type UpdatePromotionNarrativeInput = {
  planId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateReflectionInput = {
  id: Scalars['ID']['input'];
  nextGapId?: InputMaybe<Scalars['ID']['input']>;
  selfReportedAntiPatterns?: InputMaybe<Array<AntiPattern>>;
  /** Goes to the viewer's side. */
  text?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateSharedNotesInput = {
  notes: Scalars['String']['input'];
  oneOnOneId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ReflectionPointFragment = { __typename: 'QuarterPoint', quarter: string, doingHours: number, multiplyingHours: number, highLeverageHours: number, neutralHours: number, overheadHours: number, gapsClosed: number, delegationsOwned: number, leverageRatio: number | null };

export type PlanReflectionFragment = { __typename: 'Reflection', id: string, version: number, quarter: string, status: ReflectionStatus, selfText: string | null, managerText: string | null, selfReportedAntiPatterns: Array<AntiPattern>, signedOffBySelf: boolean, signedOffByManager: boolean, nextGap: { __typename: 'Gap', id: string, title: string } | null, snapshot: { __typename: 'QuarterPoint', quarter: string, doingHours: number, multiplyingHours: number, highLeverageHours: number, neutralHours: number, overheadHours: number, gapsClosed: number, delegationsOwned: number, leverageRatio: number | null } };

export type PlanReflectionsQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanReflectionsQuery = { plan: { __typename: 'GrowthPlan', id: string, trend: Array<{ __typename: 'QuarterPoint', quarter: string, doingHours: number, multiplyingHours: number, highLeverageHours: number, neutralHours: number, overheadHours: number, gapsClosed: number, delegationsOwned: number, leverageRatio: number | null }>, antiPatterns: Array<{ __typename: 'AntiPatternFinding', pattern: AntiPattern, detected: boolean, selfReported: boolean, evidence: string | null }>, reflections: Array<{ __typename: 'Reflection', id: string, version: number, quarter: string, status: ReflectionStatus, selfText: string | null, managerText: string | null, selfReportedAntiPatterns: Array<AntiPattern>, signedOffBySelf: boolean, signedOffByManager: boolean, nextGap: { __typename: 'Gap', id: string, title: string } | null, snapshot: { __typename: 'QuarterPoint', quarter: string, doingHours: number, multiplyingHours: number, highLeverageHours: number, neutralHours: number, overheadHours: number, gapsClosed: number, delegationsOwned: number, leverageRatio: number | null } }> } | null };

export type PromotionCaseQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PromotionCaseQuery = { plan: { __typename: 'GrowthPlan', id: string, promotionNarrative: string, promotionNarrativeVersion: number, promotionCase: string } | null };

export type StartReflectionMutationVariables = Exact<{
  input: StartReflectionInput;
}>;


export type StartReflectionMutation = { startReflection: { __typename: 'Reflection', id: string, version: number, quarter: string, status: ReflectionStatus, selfText: string | null, managerText: string | null, selfReportedAntiPatterns: Array<AntiPattern>, signedOffBySelf: boolean, signedOffByManager: boolean, nextGap: { __typename: 'Gap', id: string, title: string } | null, snapshot: { __typename: 'QuarterPoint', quarter: string, doingHours: number, multiplyingHours: number, highLeverageHours: number, neutralHours: number, overheadHours: number, gapsClosed: number, delegationsOwned: number, leverageRatio: number | null } } };

export type UpdateReflectionMutationVariables = Exact<{
  input: UpdateReflectionInput;
}>;


export type UpdateReflectionMutation = { updateReflection: { __typename: 'Reflection', id: string, version: number, quarter: string, status: ReflectionStatus, selfText: string | null, managerText: string | null, selfReportedAntiPatterns: Array<AntiPattern>, signedOffBySelf: boolean, signedOffByManager: boolean, nextGap: { __typename: 'Gap', id: string, title: string } | null, snapshot: { __typename: 'QuarterPoint', quarter: string, doingHours: number, multiplyingHours: number, highLeverageHours: number, neutralHours: number, overheadHours: number, gapsClosed: number, delegationsOwned: number, leverageRatio: number | null } } };

export type ShareReflectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShareReflectionMutation = { shareReflection: { __typename: 'Reflection', id: string, version: number, quarter: string, status: ReflectionStatus, selfText: string | null, managerText: string | null, selfReportedAntiPatterns: Array<AntiPattern>, signedOffBySelf: boolean, signedOffByManager: boolean, nextGap: { __typename: 'Gap', id: string, title: string } | null, snapshot: { __typename: 'QuarterPoint', quarter: string, doingHours: number, multiplyingHours: number, highLeverageHours: number, neutralHours: number, overheadHours: number, gapsClosed: number, delegationsOwned: number, leverageRatio: number | null } } };

export type SignOffReflectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SignOffReflectionMutation = { signOffReflection: { __typename: 'Reflection', id: string, version: number, quarter: string, status: ReflectionStatus, selfText: string | null, managerText: string | null, selfReportedAntiPatterns: Array<AntiPattern>, signedOffBySelf: boolean, signedOffByManager: boolean, nextGap: { __typename: 'Gap', id: string, title: string } | null, snapshot: { __typename: 'QuarterPoint', quarter: string, doingHours: number, multiplyingHours: number, highLeverageHours: number, neutralHours: number, overheadHours: number, gapsClosed: number, delegationsOwned: number, leverageRatio: number | null } } };

export type UpdatePromotionNarrativeMutationVariables = Exact<{
  input: UpdatePromotionNarrativeInput;
}>;


export type UpdatePromotionNarrativeMutation = { updatePromotionNarrative: { __typename: 'GrowthPlan', id: string, promotionNarrative: string, promotionNarrativeVersion: number, promotionCase: string } };

export const ReflectionPointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"doingHours"}},{"kind":"Field","name":{"kind":"Name","value":"multiplyingHours"}},{"kind":"Field","name":{"kind":"Name","value":"highLeverageHours"}},{"kind":"Field","name":{"kind":"Name","value":"neutralHours"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"delegationsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"leverageRatio"}}]}}]} as unknown as DocumentNode<ReflectionPointFragment, unknown>;
export const PlanReflectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanReflection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reflection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfText"}},{"kind":"Field","name":{"kind":"Name","value":"managerText"}},{"kind":"Field","name":{"kind":"Name","value":"selfReportedAntiPatterns"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBySelf"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffByManager"}},{"kind":"Field","name":{"kind":"Name","value":"nextGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReflectionPoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"doingHours"}},{"kind":"Field","name":{"kind":"Name","value":"multiplyingHours"}},{"kind":"Field","name":{"kind":"Name","value":"highLeverageHours"}},{"kind":"Field","name":{"kind":"Name","value":"neutralHours"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"delegationsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"leverageRatio"}}]}}]} as unknown as DocumentNode<PlanReflectionFragment, unknown>;
export const PlanReflectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanReflections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReflectionPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"antiPatterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"detected"}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanReflection"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"doingHours"}},{"kind":"Field","name":{"kind":"Name","value":"multiplyingHours"}},{"kind":"Field","name":{"kind":"Name","value":"highLeverageHours"}},{"kind":"Field","name":{"kind":"Name","value":"neutralHours"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"delegationsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"leverageRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanReflection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reflection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfText"}},{"kind":"Field","name":{"kind":"Name","value":"managerText"}},{"kind":"Field","name":{"kind":"Name","value":"selfReportedAntiPatterns"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBySelf"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffByManager"}},{"kind":"Field","name":{"kind":"Name","value":"nextGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReflectionPoint"}}]}}]}}]} as unknown as DocumentNode<PlanReflectionsQuery, PlanReflectionsQueryVariables>;
export const PromotionCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromotionCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"promotionNarrative"}},{"kind":"Field","name":{"kind":"Name","value":"promotionNarrativeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"promotionCase"}}]}}]}}]} as unknown as DocumentNode<PromotionCaseQuery, PromotionCaseQueryVariables>;
export const StartReflectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartReflection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartReflectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReflection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanReflection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"doingHours"}},{"kind":"Field","name":{"kind":"Name","value":"multiplyingHours"}},{"kind":"Field","name":{"kind":"Name","value":"highLeverageHours"}},{"kind":"Field","name":{"kind":"Name","value":"neutralHours"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"delegationsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"leverageRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanReflection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reflection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfText"}},{"kind":"Field","name":{"kind":"Name","value":"managerText"}},{"kind":"Field","name":{"kind":"Name","value":"selfReportedAntiPatterns"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBySelf"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffByManager"}},{"kind":"Field","name":{"kind":"Name","value":"nextGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReflectionPoint"}}]}}]}}]} as unknown as DocumentNode<StartReflectionMutation, StartReflectionMutationVariables>;
export const UpdateReflectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReflection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReflectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReflection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanReflection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"doingHours"}},{"kind":"Field","name":{"kind":"Name","value":"multiplyingHours"}},{"kind":"Field","name":{"kind":"Name","value":"highLeverageHours"}},{"kind":"Field","name":{"kind":"Name","value":"neutralHours"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"delegationsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"leverageRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanReflection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reflection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfText"}},{"kind":"Field","name":{"kind":"Name","value":"managerText"}},{"kind":"Field","name":{"kind":"Name","value":"selfReportedAntiPatterns"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBySelf"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffByManager"}},{"kind":"Field","name":{"kind":"Name","value":"nextGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReflectionPoint"}}]}}]}}]} as unknown as DocumentNode<UpdateReflectionMutation, UpdateReflectionMutationVariables>;
export const ShareReflectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareReflection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareReflection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanReflection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"doingHours"}},{"kind":"Field","name":{"kind":"Name","value":"multiplyingHours"}},{"kind":"Field","name":{"kind":"Name","value":"highLeverageHours"}},{"kind":"Field","name":{"kind":"Name","value":"neutralHours"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"delegationsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"leverageRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanReflection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reflection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfText"}},{"kind":"Field","name":{"kind":"Name","value":"managerText"}},{"kind":"Field","name":{"kind":"Name","value":"selfReportedAntiPatterns"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBySelf"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffByManager"}},{"kind":"Field","name":{"kind":"Name","value":"nextGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReflectionPoint"}}]}}]}}]} as unknown as DocumentNode<ShareReflectionMutation, ShareReflectionMutationVariables>;
export const SignOffReflectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffReflection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffReflection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanReflection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"doingHours"}},{"kind":"Field","name":{"kind":"Name","value":"multiplyingHours"}},{"kind":"Field","name":{"kind":"Name","value":"highLeverageHours"}},{"kind":"Field","name":{"kind":"Name","value":"neutralHours"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"delegationsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"leverageRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanReflection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reflection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfText"}},{"kind":"Field","name":{"kind":"Name","value":"managerText"}},{"kind":"Field","name":{"kind":"Name","value":"selfReportedAntiPatterns"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBySelf"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffByManager"}},{"kind":"Field","name":{"kind":"Name","value":"nextGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReflectionPoint"}}]}}]}}]} as unknown as DocumentNode<SignOffReflectionMutation, SignOffReflectionMutationVariables>;
export const UpdatePromotionNarrativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePromotionNarrative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePromotionNarrativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePromotionNarrative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"promotionNarrative"}},{"kind":"Field","name":{"kind":"Name","value":"promotionNarrativeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"promotionCase"}}]}}]}}]} as unknown as DocumentNode<UpdatePromotionNarrativeMutation, UpdatePromotionNarrativeMutationVariables>;