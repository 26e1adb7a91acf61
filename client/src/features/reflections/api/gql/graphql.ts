/* eslint-disable */
import type { AntiPattern } from '@fulcrum/shared';
import type { Archetype } from '@fulcrum/shared';
import type { DelegationStage } from '@fulcrum/shared';
import type { GapKind } from '@fulcrum/shared';
import type { GapStatus } from '@fulcrum/shared';
import type { GoalStatus } from '@fulcrum/shared';
import type { GuidanceHorizon } from '@fulcrum/shared';
import type { HelpDecision } from '@fulcrum/shared';
import type { Level } from '@fulcrum/shared';
import type { Lever } from '@fulcrum/shared';
import type { Leverage } from '@fulcrum/shared';
import type { LinkKind } from '@fulcrum/shared';
import type { Mode } from '@fulcrum/shared';
import type { NotificationKind } from '@fulcrum/shared';
import type { OneOnOneChange } from '@fulcrum/shared';
import type { OneOnOneStatus } from '@fulcrum/shared';
import type { PlanStatus } from '@fulcrum/shared';
import type { ReadinessStage } from '@fulcrum/shared';
import type { ReflectionStatus } from '@fulcrum/shared';
import type { Role } from '@fulcrum/shared';
import type { Side } from '@fulcrum/shared';
import type { SignalKey } from '@fulcrum/shared';
import type { SignalKind } from '@fulcrum/shared';
import type { SignalRating } from '@fulcrum/shared';
import type { Track } from '@fulcrum/shared';
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

export { AntiPattern };

export { Archetype };

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

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

export { DelegationStage };

export type ExportFormat =
  | 'JSON'
  | 'MARKDOWN';

export { GapKind };

export { GapStatus };

export { GoalStatus };

export { GuidanceHorizon };

export { HelpDecision };

export type HoursShiftInput = {
  /** An existing activity, or: */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  hoursPerWeek: Scalars['Float']['input'];
  leverage?: InputMaybe<Leverage>;
  mode?: InputMaybe<Mode>;
  newActivityName?: InputMaybe<Scalars['String']['input']>;
};

export { Level };

export { Lever };

export { Leverage };

export { LinkKind };

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

export { Mode };

export { NotificationKind };

export type NotificationKindSettingInput = {
  /** Whether this kind is also sent by email (it is always in the inbox). */
  email: Scalars['Boolean']['input'];
  kind: NotificationKind;
};

export { OneOnOneChange };

export { OneOnOneStatus };

export { PlanStatus };

export type RateSignalInput = {
  evidence?: InputMaybe<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
  rating: SignalRating;
  signal: SignalKey;
};

export { ReadinessStage };

export { ReflectionStatus };

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export { Role };

export type ScheduleOneOnOneInput = {
  planId: Scalars['ID']['input'];
  scheduledAt: Scalars['DateTimeISO']['input'];
};

export type SetPrivateNoteInput = {
  oneOnOneId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export { Side };

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

export { SignalKey };

export { SignalKind };

export { SignalRating };

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

export { Track };

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

/** Only what is given changes. */
export type UpdateNotificationPreferencesInput = {
  email?: InputMaybe<Array<NotificationKindSettingInput>>;
  /** IANA time zone, e.g. Europe/Paris. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** ISO weekday of the weekly brief: 1 = Monday … 7 = Sunday. */
  weeklyBriefDay?: InputMaybe<Scalars['Int']['input']>;
  /** Hour of the weekly brief (0–23) in the person's time zone. */
  weeklyBriefHour?: InputMaybe<Scalars['Int']['input']>;
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

export type PlanPromotionCaseFragment = { __typename: 'GrowthPlan', id: string, promotionNarrative: string, promotionNarrativeVersion: number, promotionCase: string };

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

export type ReflectionsPlanFragment = { __typename: 'GrowthPlan', id: string, status: PlanStatus, weeklyHours: number, gaps: Array<{ __typename: 'Gap', id: string, title: string, status: GapStatus }>, owner: { __typename: 'Person', id: string, name: string }, manager: { __typename: 'Person', id: string, name: string } };

export type PersonCardFragment = { __typename: 'Person', id: string, name: string, email: string | null, title: string | null, level: Level, track: Track, specialty: string | null, hasAccount: boolean, manager: { __typename: 'Person', id: string, name: string } | null };

export type ScopedPlanFragment = { __typename: 'GrowthPlan', id: string, status: PlanStatus, weeklyHours: number, owner: { __typename: 'Person', id: string, name: string }, manager: { __typename: 'Person', id: string, name: string } };

export type PlanAntiPatternFragment = { __typename: 'AntiPatternFinding', pattern: AntiPattern, detected: boolean, selfReported: boolean, evidence: string | null };

export const ReflectionPointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"doingHours"}},{"kind":"Field","name":{"kind":"Name","value":"multiplyingHours"}},{"kind":"Field","name":{"kind":"Name","value":"highLeverageHours"}},{"kind":"Field","name":{"kind":"Name","value":"neutralHours"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"delegationsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"leverageRatio"}}]}}]} as unknown as DocumentNode<ReflectionPointFragment, unknown>;
export const PlanReflectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanReflection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reflection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfText"}},{"kind":"Field","name":{"kind":"Name","value":"managerText"}},{"kind":"Field","name":{"kind":"Name","value":"selfReportedAntiPatterns"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBySelf"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffByManager"}},{"kind":"Field","name":{"kind":"Name","value":"nextGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReflectionPoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"doingHours"}},{"kind":"Field","name":{"kind":"Name","value":"multiplyingHours"}},{"kind":"Field","name":{"kind":"Name","value":"highLeverageHours"}},{"kind":"Field","name":{"kind":"Name","value":"neutralHours"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"delegationsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"leverageRatio"}}]}}]} as unknown as DocumentNode<PlanReflectionFragment, unknown>;
export const PlanPromotionCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPromotionCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrowthPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"promotionNarrative"}},{"kind":"Field","name":{"kind":"Name","value":"promotionNarrativeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"promotionCase"}}]}}]} as unknown as DocumentNode<PlanPromotionCaseFragment, unknown>;
export const ScopedPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopedPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrowthPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ScopedPlanFragment, unknown>;
export const ReflectionsPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionsPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrowthPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopedPlan"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopedPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrowthPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReflectionsPlanFragment, unknown>;
export const PersonCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PersonCardFragment, unknown>;
export const PlanAntiPatternFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanAntiPattern"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AntiPatternFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"detected"}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]} as unknown as DocumentNode<PlanAntiPatternFragment, unknown>;
export const PlanReflectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanReflections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReflectionPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"antiPatterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanAntiPattern"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reflections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanReflection"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"doingHours"}},{"kind":"Field","name":{"kind":"Name","value":"multiplyingHours"}},{"kind":"Field","name":{"kind":"Name","value":"highLeverageHours"}},{"kind":"Field","name":{"kind":"Name","value":"neutralHours"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"delegationsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"leverageRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanAntiPattern"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AntiPatternFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"detected"}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanReflection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reflection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfText"}},{"kind":"Field","name":{"kind":"Name","value":"managerText"}},{"kind":"Field","name":{"kind":"Name","value":"selfReportedAntiPatterns"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBySelf"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffByManager"}},{"kind":"Field","name":{"kind":"Name","value":"nextGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReflectionPoint"}}]}}]}}]} as unknown as DocumentNode<PlanReflectionsQuery, PlanReflectionsQueryVariables>;
export const PromotionCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromotionCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPromotionCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPromotionCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrowthPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"promotionNarrative"}},{"kind":"Field","name":{"kind":"Name","value":"promotionNarrativeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"promotionCase"}}]}}]} as unknown as DocumentNode<PromotionCaseQuery, PromotionCaseQueryVariables>;
export const StartReflectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartReflection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartReflectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReflection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanReflection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"doingHours"}},{"kind":"Field","name":{"kind":"Name","value":"multiplyingHours"}},{"kind":"Field","name":{"kind":"Name","value":"highLeverageHours"}},{"kind":"Field","name":{"kind":"Name","value":"neutralHours"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"delegationsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"leverageRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanReflection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reflection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfText"}},{"kind":"Field","name":{"kind":"Name","value":"managerText"}},{"kind":"Field","name":{"kind":"Name","value":"selfReportedAntiPatterns"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBySelf"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffByManager"}},{"kind":"Field","name":{"kind":"Name","value":"nextGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReflectionPoint"}}]}}]}}]} as unknown as DocumentNode<StartReflectionMutation, StartReflectionMutationVariables>;
export const UpdateReflectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReflection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReflectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReflection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanReflection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"doingHours"}},{"kind":"Field","name":{"kind":"Name","value":"multiplyingHours"}},{"kind":"Field","name":{"kind":"Name","value":"highLeverageHours"}},{"kind":"Field","name":{"kind":"Name","value":"neutralHours"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"delegationsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"leverageRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanReflection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reflection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfText"}},{"kind":"Field","name":{"kind":"Name","value":"managerText"}},{"kind":"Field","name":{"kind":"Name","value":"selfReportedAntiPatterns"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBySelf"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffByManager"}},{"kind":"Field","name":{"kind":"Name","value":"nextGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReflectionPoint"}}]}}]}}]} as unknown as DocumentNode<UpdateReflectionMutation, UpdateReflectionMutationVariables>;
export const ShareReflectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareReflection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareReflection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanReflection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"doingHours"}},{"kind":"Field","name":{"kind":"Name","value":"multiplyingHours"}},{"kind":"Field","name":{"kind":"Name","value":"highLeverageHours"}},{"kind":"Field","name":{"kind":"Name","value":"neutralHours"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"delegationsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"leverageRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanReflection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reflection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfText"}},{"kind":"Field","name":{"kind":"Name","value":"managerText"}},{"kind":"Field","name":{"kind":"Name","value":"selfReportedAntiPatterns"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBySelf"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffByManager"}},{"kind":"Field","name":{"kind":"Name","value":"nextGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReflectionPoint"}}]}}]}}]} as unknown as DocumentNode<ShareReflectionMutation, ShareReflectionMutationVariables>;
export const SignOffReflectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOffReflection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOffReflection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanReflection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReflectionPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuarterPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"doingHours"}},{"kind":"Field","name":{"kind":"Name","value":"multiplyingHours"}},{"kind":"Field","name":{"kind":"Name","value":"highLeverageHours"}},{"kind":"Field","name":{"kind":"Name","value":"neutralHours"}},{"kind":"Field","name":{"kind":"Name","value":"overheadHours"}},{"kind":"Field","name":{"kind":"Name","value":"gapsClosed"}},{"kind":"Field","name":{"kind":"Name","value":"delegationsOwned"}},{"kind":"Field","name":{"kind":"Name","value":"leverageRatio"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanReflection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Reflection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selfText"}},{"kind":"Field","name":{"kind":"Name","value":"managerText"}},{"kind":"Field","name":{"kind":"Name","value":"selfReportedAntiPatterns"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffBySelf"}},{"kind":"Field","name":{"kind":"Name","value":"signedOffByManager"}},{"kind":"Field","name":{"kind":"Name","value":"nextGap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReflectionPoint"}}]}}]}}]} as unknown as DocumentNode<SignOffReflectionMutation, SignOffReflectionMutationVariables>;
export const UpdatePromotionNarrativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePromotionNarrative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePromotionNarrativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePromotionNarrative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanPromotionCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanPromotionCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrowthPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"promotionNarrative"}},{"kind":"Field","name":{"kind":"Name","value":"promotionNarrativeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"promotionCase"}}]}}]} as unknown as DocumentNode<UpdatePromotionNarrativeMutation, UpdatePromotionNarrativeMutationVariables>;