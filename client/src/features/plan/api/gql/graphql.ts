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

export type PlanActivityFragment = { __typename: 'Activity', id: string, version: number, name: string, hoursPerWeek: number, mode: Mode, leverage: Leverage };

export type PlanGapFragment = { __typename: 'Gap', id: string, version: number, kind: GapKind, title: string, description: string | null, status: GapStatus, openedQuarter: string, closedQuarter: string | null, evidence: string | null };

export type PlanShiftFragment = { __typename: 'HoursShift', newActivityName: string | null, activityName: string, mode: Mode | null, leverage: Leverage | null, hoursPerWeek: number, activity: { __typename: 'Activity', id: string, name: string, hoursPerWeek: number } | null };

export type PlanGoalFragment = { __typename: 'ChangeGoal', id: string, version: number, title: string, lever: Lever, status: GoalStatus, successMeasure: string | null, targetQuarter: string | null, isAddition: boolean, gap: { __typename: 'Gap', id: string, title: string } | null, stop: { __typename: 'HoursShift', newActivityName: string | null, activityName: string, mode: Mode | null, leverage: Leverage | null, hoursPerWeek: number, activity: { __typename: 'Activity', id: string, name: string, hoursPerWeek: number } | null } | null, start: { __typename: 'HoursShift', newActivityName: string | null, activityName: string, mode: Mode | null, leverage: Leverage | null, hoursPerWeek: number, activity: { __typename: 'Activity', id: string, name: string, hoursPerWeek: number } | null } };

export type PlanSignalFragment = { __typename: 'SignalAssessment', signal: SignalKey, kind: SignalKind, selfRating: SignalRating | null, selfEvidence: string | null, managerRating: SignalRating | null, managerEvidence: string | null, agree: boolean };

export type PlanWeekShapeFragment = { __typename: 'WeekShape', totalHours: number, byMode: Array<{ __typename: 'HoursBy', key: string, hours: number }>, byLeverage: Array<{ __typename: 'HoursBy', key: string, hours: number }> };

export type PlanDetailFragment = { __typename: 'GrowthPlan', id: string, version: number, status: PlanStatus, currentLevel: Level, targetLevel: Level, targetArchetype: Archetype | null, weeklyHours: number, createdAt: string, owner: { __typename: 'Person', id: string, name: string, title: string | null, manager: { __typename: 'Person', id: string } | null }, manager: { __typename: 'Person', id: string, name: string }, readiness: { __typename: 'Readiness', stage: ReadinessStage, reasons: Array<string> }, signals: Array<{ __typename: 'SignalAssessment', signal: SignalKey, kind: SignalKind, selfRating: SignalRating | null, selfEvidence: string | null, managerRating: SignalRating | null, managerEvidence: string | null, agree: boolean }>, gaps: Array<{ __typename: 'Gap', id: string, version: number, kind: GapKind, title: string, description: string | null, status: GapStatus, openedQuarter: string, closedQuarter: string | null, evidence: string | null }>, week: { __typename: 'Week', budgetHours: number, freeHours: number, activities: Array<{ __typename: 'Activity', id: string, version: number, name: string, hoursPerWeek: number, mode: Mode, leverage: Leverage }>, current: { __typename: 'WeekShape', totalHours: number, byMode: Array<{ __typename: 'HoursBy', key: string, hours: number }>, byLeverage: Array<{ __typename: 'HoursBy', key: string, hours: number }> }, projected: { __typename: 'WeekShape', totalHours: number, byMode: Array<{ __typename: 'HoursBy', key: string, hours: number }>, byLeverage: Array<{ __typename: 'HoursBy', key: string, hours: number }> } }, goals: Array<{ __typename: 'ChangeGoal', id: string, version: number, title: string, lever: Lever, status: GoalStatus, successMeasure: string | null, targetQuarter: string | null, isAddition: boolean, gap: { __typename: 'Gap', id: string, title: string } | null, stop: { __typename: 'HoursShift', newActivityName: string | null, activityName: string, mode: Mode | null, leverage: Leverage | null, hoursPerWeek: number, activity: { __typename: 'Activity', id: string, name: string, hoursPerWeek: number } | null } | null, start: { __typename: 'HoursShift', newActivityName: string | null, activityName: string, mode: Mode | null, leverage: Leverage | null, hoursPerWeek: number, activity: { __typename: 'Activity', id: string, name: string, hoursPerWeek: number } | null } }>, delegations: Array<{ __typename: 'Delegation', id: string, hoursPerWeek: number, stage: DelegationStage, goal: { __typename: 'ChangeGoal', id: string } | null }>, antiPatterns: Array<{ __typename: 'AntiPatternFinding', pattern: AntiPattern, detected: boolean, selfReported: boolean, evidence: string | null }> };

export type PlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanQuery = { plan: { __typename: 'GrowthPlan', id: string, version: number, status: PlanStatus, currentLevel: Level, targetLevel: Level, targetArchetype: Archetype | null, weeklyHours: number, createdAt: string, owner: { __typename: 'Person', id: string, name: string, title: string | null, manager: { __typename: 'Person', id: string } | null }, manager: { __typename: 'Person', id: string, name: string }, readiness: { __typename: 'Readiness', stage: ReadinessStage, reasons: Array<string> }, signals: Array<{ __typename: 'SignalAssessment', signal: SignalKey, kind: SignalKind, selfRating: SignalRating | null, selfEvidence: string | null, managerRating: SignalRating | null, managerEvidence: string | null, agree: boolean }>, gaps: Array<{ __typename: 'Gap', id: string, version: number, kind: GapKind, title: string, description: string | null, status: GapStatus, openedQuarter: string, closedQuarter: string | null, evidence: string | null }>, week: { __typename: 'Week', budgetHours: number, freeHours: number, activities: Array<{ __typename: 'Activity', id: string, version: number, name: string, hoursPerWeek: number, mode: Mode, leverage: Leverage }>, current: { __typename: 'WeekShape', totalHours: number, byMode: Array<{ __typename: 'HoursBy', key: string, hours: number }>, byLeverage: Array<{ __typename: 'HoursBy', key: string, hours: number }> }, projected: { __typename: 'WeekShape', totalHours: number, byMode: Array<{ __typename: 'HoursBy', key: string, hours: number }>, byLeverage: Array<{ __typename: 'HoursBy', key: string, hours: number }> } }, goals: Array<{ __typename: 'ChangeGoal', id: string, version: number, title: string, lever: Lever, status: GoalStatus, successMeasure: string | null, targetQuarter: string | null, isAddition: boolean, gap: { __typename: 'Gap', id: string, title: string } | null, stop: { __typename: 'HoursShift', newActivityName: string | null, activityName: string, mode: Mode | null, leverage: Leverage | null, hoursPerWeek: number, activity: { __typename: 'Activity', id: string, name: string, hoursPerWeek: number } | null } | null, start: { __typename: 'HoursShift', newActivityName: string | null, activityName: string, mode: Mode | null, leverage: Leverage | null, hoursPerWeek: number, activity: { __typename: 'Activity', id: string, name: string, hoursPerWeek: number } | null } }>, delegations: Array<{ __typename: 'Delegation', id: string, hoursPerWeek: number, stage: DelegationStage, goal: { __typename: 'ChangeGoal', id: string } | null }>, antiPatterns: Array<{ __typename: 'AntiPatternFinding', pattern: AntiPattern, detected: boolean, selfReported: boolean, evidence: string | null }> } | null, levers: Array<{ __typename: 'LeverInfo', lever: Lever, title: string, explanation: string }>, archetypes: Array<{ __typename: 'ArchetypeInfo', archetype: Archetype, title: string, explanation: string }> };

export type UpdatePlanMutationVariables = Exact<{
  input: UpdatePlanInput;
}>;


export type UpdatePlanMutation = { updatePlan: { __typename: 'GrowthPlan', id: string, version: number, status: PlanStatus, targetLevel: Level, targetArchetype: Archetype | null, weeklyHours: number } };

export type RateSignalMutationVariables = Exact<{
  input: RateSignalInput;
}>;


export type RateSignalMutation = { rateSignal: { __typename: 'SignalAssessment', signal: SignalKey, kind: SignalKind, selfRating: SignalRating | null, selfEvidence: string | null, managerRating: SignalRating | null, managerEvidence: string | null, agree: boolean } };

export type AddGapMutationVariables = Exact<{
  input: AddGapInput;
}>;


export type AddGapMutation = { addGap: { __typename: 'Gap', id: string, version: number, kind: GapKind, title: string, description: string | null, status: GapStatus, openedQuarter: string, closedQuarter: string | null, evidence: string | null } };

export type UpdateGapMutationVariables = Exact<{
  input: UpdateGapInput;
}>;


export type UpdateGapMutation = { updateGap: { __typename: 'Gap', id: string, version: number, kind: GapKind, title: string, description: string | null, status: GapStatus, openedQuarter: string, closedQuarter: string | null, evidence: string | null } };

export type AddActivityMutationVariables = Exact<{
  input: AddActivityInput;
}>;


export type AddActivityMutation = { addActivity: { __typename: 'Activity', id: string, version: number, name: string, hoursPerWeek: number, mode: Mode, leverage: Leverage } };

export type UpdateActivityMutationVariables = Exact<{
  input: UpdateActivityInput;
}>;


export type UpdateActivityMutation = { updateActivity: { __typename: 'Activity', id: string, version: number, name: string, hoursPerWeek: number, mode: Mode, leverage: Leverage } };

export type RemoveActivityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveActivityMutation = { removeActivity: boolean };

export type AddGoalMutationVariables = Exact<{
  input: AddGoalInput;
}>;


export type AddGoalMutation = { addGoal: { __typename: 'ChangeGoal', id: string, version: number, title: string, lever: Lever, status: GoalStatus, successMeasure: string | null, targetQuarter: string | null, isAddition: boolean, gap: { __typename: 'Gap', id: string, title: string } | null, stop: { __typename: 'HoursShift', newActivityName: string | null, activityName: string, mode: Mode | null, leverage: Leverage | null, hoursPerWeek: number, activity: { __typename: 'Activity', id: string, name: string, hoursPerWeek: number } | null } | null, start: { __typename: 'HoursShift', newActivityName: string | null, activityName: string, mode: Mode | null, leverage: Leverage | null, hoursPerWeek: number, activity: { __typename: 'Activity', id: string, name: string, hoursPerWeek: number } | null } } };

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type UpdateGoalMutation = { updateGoal: { __typename: 'ChangeGoal', id: string, version: number, title: string, lever: Lever, status: GoalStatus, successMeasure: string | null, targetQuarter: string | null, isAddition: boolean, gap: { __typename: 'Gap', id: string, title: string } | null, stop: { __typename: 'HoursShift', newActivityName: string | null, activityName: string, mode: Mode | null, leverage: Leverage | null, hoursPerWeek: number, activity: { __typename: 'Activity', id: string, name: string, hoursPerWeek: number } | null } | null, start: { __typename: 'HoursShift', newActivityName: string | null, activityName: string, mode: Mode | null, leverage: Leverage | null, hoursPerWeek: number, activity: { __typename: 'Activity', id: string, name: string, hoursPerWeek: number } | null } } };

export type PersonCardFragment = { __typename: 'Person', id: string, name: string, email: string | null, title: string | null, level: Level, track: Track, specialty: string | null, hasAccount: boolean, manager: { __typename: 'Person', id: string, name: string } | null };

export type ScopedPlanFragment = { __typename: 'GrowthPlan', id: string, status: PlanStatus, weeklyHours: number, owner: { __typename: 'Person', id: string, name: string }, manager: { __typename: 'Person', id: string, name: string } };

export type PlanAntiPatternFragment = { __typename: 'AntiPatternFinding', pattern: AntiPattern, detected: boolean, selfReported: boolean, evidence: string | null };

export const PlanSignalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSignal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignalAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"selfRating"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"managerRating"}},{"kind":"Field","name":{"kind":"Name","value":"managerEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"agree"}}]}}]} as unknown as DocumentNode<PlanSignalFragment, unknown>;
export const PlanGapFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanGap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"closedQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]} as unknown as DocumentNode<PlanGapFragment, unknown>;
export const PlanActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}}]}}]} as unknown as DocumentNode<PlanActivityFragment, unknown>;
export const PlanWeekShapeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWeekShape"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WeekShape"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"byMode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byLeverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<PlanWeekShapeFragment, unknown>;
export const PlanShiftFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanShift"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoursShift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newActivityName"}},{"kind":"Field","name":{"kind":"Name","value":"activityName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}}]} as unknown as DocumentNode<PlanShiftFragment, unknown>;
export const PlanGoalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanGoal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lever"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"successMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"isAddition"}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanShift"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanShift"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanShift"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoursShift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newActivityName"}},{"kind":"Field","name":{"kind":"Name","value":"activityName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}}]} as unknown as DocumentNode<PlanGoalFragment, unknown>;
export const PlanAntiPatternFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanAntiPattern"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AntiPatternFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"detected"}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]} as unknown as DocumentNode<PlanAntiPatternFragment, unknown>;
export const PlanDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrowthPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"targetArchetype"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSignal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanGap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetHours"}},{"kind":"Field","name":{"kind":"Name","value":"freeHours"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanActivity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWeekShape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWeekShape"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanGoal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"antiPatterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanAntiPattern"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanShift"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoursShift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newActivityName"}},{"kind":"Field","name":{"kind":"Name","value":"activityName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSignal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignalAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"selfRating"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"managerRating"}},{"kind":"Field","name":{"kind":"Name","value":"managerEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"agree"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanGap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"closedQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWeekShape"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WeekShape"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"byMode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byLeverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanGoal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lever"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"successMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"isAddition"}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanShift"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanShift"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanAntiPattern"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AntiPatternFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"detected"}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]} as unknown as DocumentNode<PlanDetailFragment, unknown>;
export const PersonCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PersonCardFragment, unknown>;
export const ScopedPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopedPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrowthPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ScopedPlanFragment, unknown>;
export const PlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lever"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archetypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archetype"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSignal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignalAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"selfRating"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"managerRating"}},{"kind":"Field","name":{"kind":"Name","value":"managerEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"agree"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanGap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"closedQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanWeekShape"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WeekShape"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"byMode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byLeverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanShift"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoursShift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newActivityName"}},{"kind":"Field","name":{"kind":"Name","value":"activityName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanGoal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lever"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"successMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"isAddition"}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanShift"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanShift"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanAntiPattern"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AntiPatternFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"detected"}},{"kind":"Field","name":{"kind":"Name","value":"selfReported"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrowthPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"targetArchetype"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSignal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanGap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"week"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetHours"}},{"kind":"Field","name":{"kind":"Name","value":"freeHours"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanActivity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWeekShape"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanWeekShape"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanGoal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"antiPatterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanAntiPattern"}}]}}]}}]} as unknown as DocumentNode<PlanQuery, PlanQueryVariables>;
export const UpdatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"targetArchetype"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}}]}}]}}]} as unknown as DocumentNode<UpdatePlanMutation, UpdatePlanMutationVariables>;
export const RateSignalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateSignal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateSignalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateSignal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanSignal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanSignal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SignalAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signal"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"selfRating"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"managerRating"}},{"kind":"Field","name":{"kind":"Name","value":"managerEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"agree"}}]}}]} as unknown as DocumentNode<RateSignalMutation, RateSignalMutationVariables>;
export const AddGapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddGapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanGap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanGap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"closedQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]} as unknown as DocumentNode<AddGapMutation, AddGapMutationVariables>;
export const UpdateGapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanGap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanGap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"closedQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]} as unknown as DocumentNode<UpdateGapMutation, UpdateGapMutationVariables>;
export const AddActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanActivity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}}]}}]} as unknown as DocumentNode<AddActivityMutation, AddActivityMutationVariables>;
export const UpdateActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanActivity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}}]}}]} as unknown as DocumentNode<UpdateActivityMutation, UpdateActivityMutationVariables>;
export const RemoveActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveActivityMutation, RemoveActivityMutationVariables>;
export const AddGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanGoal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanShift"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoursShift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newActivityName"}},{"kind":"Field","name":{"kind":"Name","value":"activityName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanGoal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lever"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"successMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"isAddition"}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanShift"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanShift"}}]}}]}}]} as unknown as DocumentNode<AddGoalMutation, AddGoalMutationVariables>;
export const UpdateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanGoal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanShift"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HoursShift"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newActivityName"}},{"kind":"Field","name":{"kind":"Name","value":"activityName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"leverage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanGoal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeGoal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lever"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"successMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"targetQuarter"}},{"kind":"Field","name":{"kind":"Name","value":"isAddition"}},{"kind":"Field","name":{"kind":"Name","value":"gap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanShift"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanShift"}}]}}]}}]} as unknown as DocumentNode<UpdateGoalMutation, UpdateGoalMutationVariables>;