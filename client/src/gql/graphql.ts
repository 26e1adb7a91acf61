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
};

export type AcceptInvitationInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type Activity = {
  __typename: 'Activity';
  hoursPerWeek: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  leverage: Leverage;
  mode: Mode;
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type AddActivityInput = {
  hoursPerWeek: Scalars['Float']['input'];
  leverage: Leverage;
  mode: Mode;
  name: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
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

export type AntiPattern =
  | 'ADDITION_NOT_CHANGE'
  | 'MEDIATOR_MIMIC'
  | 'NOT_MY_JOB'
  | 'OVERWHELMED_BY_REQUESTS'
  | 'PREMIUM_SENIOR'
  | 'RUSHING'
  | 'SCATTERED_SMALL_WINS';

export type AntiPatternFinding = {
  __typename: 'AntiPatternFinding';
  detected: Scalars['Boolean']['output'];
  evidence: Maybe<Scalars['String']['output']>;
  pattern: AntiPattern;
  selfReported: Scalars['Boolean']['output'];
};

export type Archetype =
  | 'ARCHITECT'
  | 'RIGHT_HAND'
  | 'SOLVER'
  | 'TECH_LEAD';

export type ArchetypeInfo = {
  __typename: 'ArchetypeInfo';
  archetype: Archetype;
  explanation: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type ChangeGoal = {
  __typename: 'ChangeGoal';
  gap: Maybe<Gap>;
  id: Scalars['ID']['output'];
  isAddition: Scalars['Boolean']['output'];
  lever: Lever;
  start: HoursShift;
  status: GoalStatus;
  /** Null for a pure addition. */
  stop: Maybe<HoursShift>;
  successMeasure: Maybe<Scalars['String']['output']>;
  targetQuarter: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type Gap = {
  __typename: 'Gap';
  closedQuarter: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  evidence: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: GapKind;
  openedQuarter: Scalars['String']['output'];
  status: GapStatus;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

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

export type GrowthPlan = {
  __typename: 'GrowthPlan';
  antiPatterns: Array<AntiPatternFinding>;
  createdAt: Scalars['DateTimeISO']['output'];
  currentLevel: Level;
  gaps: Array<Gap>;
  goals: Array<ChangeGoal>;
  id: Scalars['ID']['output'];
  manager: Person;
  owner: Person;
  readiness: Readiness;
  /** Always all 7 keys, in enum order. */
  signals: Array<SignalAssessment>;
  status: PlanStatus;
  targetArchetype: Maybe<Archetype>;
  targetLevel: Level;
  version: Scalars['Int']['output'];
  week: Week;
  weeklyHours: Scalars['Float']['output'];
};

export type HoursBy = {
  __typename: 'HoursBy';
  hours: Scalars['Float']['output'];
  /** A Mode or Leverage value. */
  key: Scalars['String']['output'];
};

export type HoursShift = {
  __typename: 'HoursShift';
  /** An existing activity of the week. */
  activity: Maybe<Activity>;
  /** The name of the activity, also once it has left the week. */
  activityName: Scalars['String']['output'];
  hoursPerWeek: Scalars['Float']['output'];
  leverage: Maybe<Leverage>;
  mode: Maybe<Mode>;
  /** Or one the goal creates when DONE. */
  newActivityName: Maybe<Scalars['String']['output']>;
};

export type HoursShiftInput = {
  /** An existing activity, or: */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  hoursPerWeek: Scalars['Float']['input'];
  leverage?: InputMaybe<Leverage>;
  mode?: InputMaybe<Mode>;
  newActivityName?: InputMaybe<Scalars['String']['input']>;
};

export type Invitation = {
  __typename: 'Invitation';
  acceptUrl: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  person: Person;
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

export type LeverInfo = {
  __typename: 'LeverInfo';
  explanation: Scalars['String']['output'];
  lever: Lever;
  title: Scalars['String']['output'];
};

export type Leverage =
  | 'HIGH'
  | 'NEUTRAL'
  | 'OVERHEAD';

export type Mode =
  | 'DOING'
  | 'MULTIPLYING';

export type Mutation = {
  __typename: 'Mutation';
  acceptInvitation: Viewer;
  addActivity: Activity;
  addGap: Gap;
  addGoal: ChangeGoal;
  addPerson: Person;
  invitePerson: Invitation;
  /** Rated as SELF or MANAGER by who the viewer is. */
  rateSignal: SignalAssessment;
  removeActivity: Scalars['Boolean']['output'];
  signIn: Viewer;
  signOut: Scalars['Boolean']['output'];
  signUp: Viewer;
  startPlan: GrowthPlan;
  updateActivity: Activity;
  updateGap: Gap;
  updateGoal: ChangeGoal;
  updatePerson: Person;
  updatePlan: GrowthPlan;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddActivityArgs = {
  input: AddActivityInput;
};


export type MutationAddGapArgs = {
  input: AddGapInput;
};


export type MutationAddGoalArgs = {
  input: AddGoalInput;
};


export type MutationAddPersonArgs = {
  input: AddPersonInput;
};


export type MutationInvitePersonArgs = {
  personId: Scalars['ID']['input'];
};


export type MutationRateSignalArgs = {
  input: RateSignalInput;
};


export type MutationRemoveActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationStartPlanArgs = {
  input: StartPlanInput;
};


export type MutationUpdateActivityArgs = {
  input: UpdateActivityInput;
};


export type MutationUpdateGapArgs = {
  input: UpdateGapInput;
};


export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


export type MutationUpdatePlanArgs = {
  input: UpdatePlanInput;
};

export type Organization = {
  __typename: 'Organization';
  defaultWeeklyHours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PageInfo = {
  __typename: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Person = {
  __typename: 'Person';
  /** Null when there is none or the viewer may not see it. */
  activePlan: Maybe<GrowthPlan>;
  /** Null unless the viewer is this person, in their manager chain, or an admin. */
  email: Maybe<Scalars['String']['output']>;
  hasAccount: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  level: Level;
  manager: Maybe<Person>;
  name: Scalars['String']['output'];
  reports: Array<Person>;
  specialty: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
  track: Track;
};

export type PersonConnection = {
  __typename: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PlanStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT';

export type Query = {
  __typename: 'Query';
  archetypes: Array<ArchetypeInfo>;
  levers: Array<LeverInfo>;
  people: PersonConnection;
  person: Maybe<Person>;
  plan: Maybe<GrowthPlan>;
  /** The signed-in account; null when signed out. */
  viewer: Maybe<Viewer>;
  /** Own, direct reports', and reports' reports' (active ones). */
  visiblePlans: Array<GrowthPlan>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};

export type RateSignalInput = {
  evidence?: InputMaybe<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
  rating: SignalRating;
  signal: SignalKey;
};

export type Readiness = {
  __typename: 'Readiness';
  reasons: Array<Scalars['String']['output']>;
  stage: ReadinessStage;
};

export type ReadinessStage =
  | 'BUILDING_SIGNALS'
  | 'FOCUS_ON_SENIOR_SCOPE'
  | 'READY_FOR_CHANGE';

export type Role =
  | 'ADMIN'
  | 'MEMBER';

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

export type SignalAssessment = {
  __typename: 'SignalAssessment';
  /** False when both sides rated and the ratings differ. */
  agree: Scalars['Boolean']['output'];
  kind: SignalKind;
  managerEvidence: Maybe<Scalars['String']['output']>;
  managerRating: Maybe<SignalRating>;
  selfEvidence: Maybe<Scalars['String']['output']>;
  selfRating: Maybe<SignalRating>;
  signal: SignalKey;
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

export type Track =
  | 'INDIVIDUAL_CONTRIBUTOR'
  | 'MANAGER';

export type UpdateActivityInput = {
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  leverage?: InputMaybe<Leverage>;
  mode?: InputMaybe<Mode>;
  name?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
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

export type Viewer = {
  __typename: 'Viewer';
  organization: Organization;
  person: Person;
  role: Role;
};

export type Week = {
  __typename: 'Week';
  activities: Array<Activity>;
  budgetHours: Scalars['Float']['output'];
  current: WeekShape;
  /** budgetHours - current.totalHours */
  freeHours: Scalars['Float']['output'];
  /** With every PROPOSED and ACTIVE goal applied. */
  projected: WeekShape;
};

export type WeekShape = {
  __typename: 'WeekShape';
  byLeverage: Array<HoursBy>;
  byMode: Array<HoursBy>;
  totalHours: Scalars['Float']['output'];
};

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { __typename: 'Viewer', role: Role, organization: { __typename: 'Organization', id: string, name: string }, person: { __typename: 'Person', id: string, name: string, email: string | null, title: string | null, level: Level, track: Track, specialty: string | null, hasAccount: boolean, manager: { __typename: 'Person', id: string, name: string } | null, reports: Array<{ __typename: 'Person', id: string, name: string }> } } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { __typename: 'Viewer', role: Role, organization: { __typename: 'Organization', id: string, name: string }, person: { __typename: 'Person', id: string, name: string, email: string | null, title: string | null, level: Level, track: Track, specialty: string | null, hasAccount: boolean, manager: { __typename: 'Person', id: string, name: string } | null, reports: Array<{ __typename: 'Person', id: string, name: string }> } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { __typename: 'Viewer', role: Role, organization: { __typename: 'Organization', id: string, name: string }, person: { __typename: 'Person', id: string, name: string, email: string | null, title: string | null, level: Level, track: Track, specialty: string | null, hasAccount: boolean, manager: { __typename: 'Person', id: string, name: string } | null, reports: Array<{ __typename: 'Person', id: string, name: string }> } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type PersonCardFragment = { __typename: 'Person', id: string, name: string, email: string | null, title: string | null, level: Level, track: Track, specialty: string | null, hasAccount: boolean, manager: { __typename: 'Person', id: string, name: string } | null };

export type PeopleQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PeopleQuery = { people: { __typename: 'PersonConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PersonEdge', cursor: string, node: { __typename: 'Person', id: string, name: string, email: string | null, title: string | null, level: Level, track: Track, specialty: string | null, hasAccount: boolean, manager: { __typename: 'Person', id: string, name: string } | null } }> } };

export type PersonDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonDetailQuery = { person: { __typename: 'Person', id: string, name: string, email: string | null, title: string | null, level: Level, track: Track, specialty: string | null, hasAccount: boolean, reports: Array<{ __typename: 'Person', id: string, name: string, title: string | null, level: Level }>, manager: { __typename: 'Person', id: string, name: string } | null } | null };

export type AddPersonMutationVariables = Exact<{
  input: AddPersonInput;
}>;


export type AddPersonMutation = { addPerson: { __typename: 'Person', id: string, name: string, email: string | null, title: string | null, level: Level, track: Track, specialty: string | null, hasAccount: boolean, manager: { __typename: 'Person', id: string, name: string } | null } };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { __typename: 'Person', id: string, name: string, email: string | null, title: string | null, level: Level, track: Track, specialty: string | null, hasAccount: boolean, manager: { __typename: 'Person', id: string, name: string } | null } };

export type InvitePersonMutationVariables = Exact<{
  personId: Scalars['ID']['input'];
}>;


export type InvitePersonMutation = { invitePerson: { __typename: 'Invitation', id: string, expiresAt: string, acceptUrl: string, person: { __typename: 'Person', id: string, hasAccount: boolean } } };

export type ViewerFieldsFragment = { __typename: 'Viewer', role: Role, organization: { __typename: 'Organization', id: string, name: string }, person: { __typename: 'Person', id: string, name: string, email: string | null, title: string | null, level: Level, track: Track, specialty: string | null, hasAccount: boolean, manager: { __typename: 'Person', id: string, name: string } | null, reports: Array<{ __typename: 'Person', id: string, name: string }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { __typename: 'Viewer', role: Role, organization: { __typename: 'Organization', id: string, name: string }, person: { __typename: 'Person', id: string, name: string, email: string | null, title: string | null, level: Level, track: Track, specialty: string | null, hasAccount: boolean, manager: { __typename: 'Person', id: string, name: string } | null, reports: Array<{ __typename: 'Person', id: string, name: string }> } } | null };

export const PersonCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PersonCardFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const PersonDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PersonDetailQuery, PersonDetailQueryVariables>;
export const AddPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddPersonMutation, AddPersonMutationVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const InvitePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptUrl"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}}]}}]}}]}}]} as unknown as DocumentNode<InvitePersonMutation, InvitePersonMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"specialty"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;