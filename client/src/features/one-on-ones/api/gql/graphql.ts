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

export type ActionItem = {
  __typename: 'ActionItem';
  /** The open item of an earlier 1:1 this one continues. */
  carriedFrom: Maybe<ActionItem>;
  done: Scalars['Boolean']['output'];
  dueOn: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  owner: Person;
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
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

export type AgendaItem = {
  __typename: 'AgendaItem';
  author: Person;
  discussed: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** An id, or a SignalKey for SIGNAL. */
  linkId: Maybe<Scalars['String']['output']>;
  linkKind: Maybe<LinkKind>;
  position: Scalars['Int']['output'];
  /** Suggested from the plan when the 1:1 was scheduled. */
  proposed: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
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
  /** The delegation that frees this goal's hours, if any. */
  delegation: Maybe<Delegation>;
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

export type CheckIn = {
  __typename: 'CheckIn';
  at: Scalars['DateTimeISO']['output'];
  author: Person;
  coachingHours: Scalars['Float']['output'];
  confidence: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  side: Side;
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

export type Delegation = {
  __typename: 'Delegation';
  /** Null once the hours have fully left the week. */
  activity: Maybe<Activity>;
  activityName: Scalars['String']['output'];
  /** Oldest first. */
  checkIns: Array<CheckIn>;
  coachingHoursTotal: Scalars['Float']['output'];
  /** When it was agreed: a delegation never checked in on is at risk 14 days later. */
  createdAt: Scalars['DateTimeISO']['output'];
  delegatee: Person;
  delegator: Person;
  goal: Maybe<ChangeGoal>;
  /** When REVIEWING was first reached. */
  handedOverAt: Maybe<Scalars['DateTimeISO']['output']>;
  hoursPerWeek: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  learningObjective: Scalars['String']['output'];
  /** Null until coaching hours > 0. */
  leverageRatio: Maybe<Scalars['Float']['output']>;
  plan: GrowthPlan;
  stage: DelegationStage;
  version: Scalars['Int']['output'];
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
  delegations: Array<Delegation>;
  gaps: Array<Gap>;
  goals: Array<ChangeGoal>;
  helpRequests: HelpRequestConnection;
  id: Scalars['ID']['output'];
  manager: Person;
  nextOneOnOne: Maybe<OneOnOne>;
  /** Newest first. */
  oneOnOnes: OneOnOneConnection;
  owner: Person;
  /** Markdown built from the evidence, under the narrative; never private notes. */
  promotionCase: Scalars['String']['output'];
  /** The narrative both sides write on top of the generated promotion case (Markdown). */
  promotionNarrative: Scalars['String']['output'];
  promotionNarrativeVersion: Scalars['Int']['output'];
  readiness: Readiness;
  /** Oldest quarter first. */
  reflections: Array<Reflection>;
  /** Always all 7 keys, in enum order. */
  signals: Array<SignalAssessment>;
  status: PlanStatus;
  targetArchetype: Maybe<Archetype>;
  targetLevel: Level;
  /** The frozen snapshots, with the current quarter computed live. */
  trend: Array<QuarterPoint>;
  version: Scalars['Int']['output'];
  week: Week;
  weeklyHours: Scalars['Float']['output'];
};


export type GrowthPlanHelpRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type GrowthPlanOneOnOnesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type GuidanceHorizon =
  | 'MONTHS'
  | 'ONE_OFF'
  | 'WEEKS';

export type HelpDecision =
  | 'HELP'
  | 'REDIRECT'
  | 'TEACH';

export type HelpRequest = {
  __typename: 'HelpRequest';
  decision: Maybe<HelpDecision>;
  guidanceHorizon: GuidanceHorizon;
  hoursSpent: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  owningTeamExists: Scalars['Boolean']['output'];
  receivedAt: Scalars['DateTimeISO']['output'];
  recommendation: HelpDecision;
  redirectedTo: Maybe<Scalars['String']['output']>;
  requester: Maybe<Person>;
  requesterName: Scalars['String']['output'];
  reusableLesson: Scalars['Boolean']['output'];
  topic: Scalars['String']['output'];
  uniqueSkill: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

export type HelpRequestConnection = {
  __typename: 'HelpRequestConnection';
  edges: Array<HelpRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HelpRequestEdge = {
  __typename: 'HelpRequestEdge';
  cursor: Scalars['String']['output'];
  node: HelpRequest;
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

export type Mutation = {
  __typename: 'Mutation';
  acceptInvitation: Viewer;
  addActionItem: ActionItem;
  addActivity: Activity;
  addAgendaItem: AgendaItem;
  addGap: Gap;
  addGoal: ChangeGoal;
  addPerson: Person;
  advanceDelegation: Delegation;
  /** Side from who the viewer is. */
  checkIn: CheckIn;
  completeOneOnOne: OneOnOne;
  createDelegation: Delegation;
  decideHelpRequest: HelpRequest;
  invitePerson: Invitation;
  logHelpRequest: HelpRequest;
  /** Rated as SELF or MANAGER by who the viewer is. */
  rateSignal: SignalAssessment;
  removeActivity: Scalars['Boolean']['output'];
  removeAgendaItem: Scalars['Boolean']['output'];
  /** Replaces the calendar feed URL; the old one stops working. */
  rotateCalendarFeed: Viewer;
  /** Carries open action items over. */
  scheduleOneOnOne: OneOnOne;
  setPrivateNote: OneOnOne;
  shareReflection: Reflection;
  signIn: Viewer;
  signOffReflection: Reflection;
  signOut: Scalars['Boolean']['output'];
  signUp: Viewer;
  startPlan: GrowthPlan;
  /** Freezes the snapshot. */
  startReflection: Reflection;
  updateActionItem: ActionItem;
  updateActivity: Activity;
  updateAgendaItem: AgendaItem;
  updateGap: Gap;
  updateGoal: ChangeGoal;
  updatePerson: Person;
  updatePlan: GrowthPlan;
  /** Both sides edit the narrative on top of the promotion case (versioned). */
  updatePromotionNarrative: GrowthPlan;
  /** Text goes to the viewer's side. */
  updateReflection: Reflection;
  updateSharedNotes: OneOnOne;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddActionItemArgs = {
  input: AddActionItemInput;
};


export type MutationAddActivityArgs = {
  input: AddActivityInput;
};


export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
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


export type MutationAdvanceDelegationArgs = {
  input: AdvanceDelegationInput;
};


export type MutationCheckInArgs = {
  input: CheckInInput;
};


export type MutationCompleteOneOnOneArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateDelegationArgs = {
  input: CreateDelegationInput;
};


export type MutationDecideHelpRequestArgs = {
  input: DecideHelpRequestInput;
};


export type MutationInvitePersonArgs = {
  personId: Scalars['ID']['input'];
};


export type MutationLogHelpRequestArgs = {
  input: LogHelpRequestInput;
};


export type MutationRateSignalArgs = {
  input: RateSignalInput;
};


export type MutationRemoveActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveAgendaItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationScheduleOneOnOneArgs = {
  input: ScheduleOneOnOneInput;
};


export type MutationSetPrivateNoteArgs = {
  input: SetPrivateNoteInput;
};


export type MutationShareReflectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignOffReflectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationStartPlanArgs = {
  input: StartPlanInput;
};


export type MutationStartReflectionArgs = {
  input: StartReflectionInput;
};


export type MutationUpdateActionItemArgs = {
  input: UpdateActionItemInput;
};


export type MutationUpdateActivityArgs = {
  input: UpdateActivityInput;
};


export type MutationUpdateAgendaItemArgs = {
  input: UpdateAgendaItemInput;
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


export type MutationUpdatePromotionNarrativeArgs = {
  input: UpdatePromotionNarrativeInput;
};


export type MutationUpdateReflectionArgs = {
  input: UpdateReflectionInput;
};


export type MutationUpdateSharedNotesArgs = {
  input: UpdateSharedNotesInput;
};

export type OneOnOne = {
  __typename: 'OneOnOne';
  actionItems: Array<ActionItem>;
  agenda: Array<AgendaItem>;
  id: Scalars['ID']['output'];
  /** The viewer's own; no field ever returns another's. */
  myPrivateNote: Maybe<Scalars['String']['output']>;
  plan: GrowthPlan;
  scheduledAt: Scalars['DateTimeISO']['output'];
  sharedNotes: Scalars['String']['output'];
  sharedNotesVersion: Scalars['Int']['output'];
  status: OneOnOneStatus;
};

export type OneOnOneChange =
  | 'ACTION_ITEMS'
  | 'AGENDA'
  | 'NOTES'
  | 'STATUS';

export type OneOnOneConnection = {
  __typename: 'OneOnOneConnection';
  edges: Array<OneOnOneEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OneOnOneEdge = {
  __typename: 'OneOnOneEdge';
  cursor: Scalars['String']['output'];
  node: OneOnOne;
};

export type OneOnOneEvent = {
  __typename: 'OneOnOneEvent';
  by: Person;
  change: OneOnOneChange;
  oneOnOne: OneOnOne;
};

export type OneOnOneStatus =
  | 'DONE'
  | 'UPCOMING';

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
  version: Scalars['Int']['output'];
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

export type QuarterPoint = {
  __typename: 'QuarterPoint';
  delegationsOwned: Scalars['Int']['output'];
  doingHours: Scalars['Float']['output'];
  gapsClosed: Scalars['Int']['output'];
  highLeverageHours: Scalars['Float']['output'];
  leverageRatio: Maybe<Scalars['Float']['output']>;
  multiplyingHours: Scalars['Float']['output'];
  neutralHours: Scalars['Float']['output'];
  overheadHours: Scalars['Float']['output'];
  quarter: Scalars['String']['output'];
};

export type Query = {
  __typename: 'Query';
  archetypes: Array<ArchetypeInfo>;
  /** Delegations where the viewer is the delegatee. */
  delegationsToMe: Array<Delegation>;
  /** The viewer's whole record. */
  exportMyRecord: Scalars['String']['output'];
  levers: Array<LeverInfo>;
  oneOnOne: Maybe<OneOnOne>;
  people: PersonConnection;
  person: Maybe<Person>;
  plan: Maybe<GrowthPlan>;
  /** The signed-in account; null when signed out. */
  viewer: Maybe<Viewer>;
  /** Own, direct reports', and reports' reports' (active ones). */
  visiblePlans: Array<GrowthPlan>;
};


export type QueryExportMyRecordArgs = {
  format?: InputMaybe<ExportFormat>;
};


export type QueryOneOnOneArgs = {
  id: Scalars['ID']['input'];
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

export type Reflection = {
  __typename: 'Reflection';
  id: Scalars['ID']['output'];
  managerText: Maybe<Scalars['String']['output']>;
  nextGap: Maybe<Gap>;
  quarter: Scalars['String']['output'];
  selfReportedAntiPatterns: Array<AntiPattern>;
  selfText: Maybe<Scalars['String']['output']>;
  signedOffByManager: Scalars['Boolean']['output'];
  signedOffBySelf: Scalars['Boolean']['output'];
  snapshot: QuarterPoint;
  status: ReflectionStatus;
  version: Scalars['Int']['output'];
};

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

export type StartReflectionInput = {
  planId: Scalars['ID']['input'];
  quarter: Scalars['String']['input'];
};

export type Subscription = {
  __typename: 'Subscription';
  /** Only for the 1:1's two participants. */
  oneOnOneChanged: OneOnOneEvent;
};


export type SubscriptionOneOnOneChangedArgs = {
  id: Scalars['ID']['input'];
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

export type Viewer = {
  __typename: 'Viewer';
  /** Secret iCalendar URL of the viewer's 1:1s. */
  calendarFeedUrl: Scalars['String']['output'];
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

export type OneOnOneAgendaItemFragment = { __typename: 'AgendaItem', id: string, text: string, position: number, linkKind: LinkKind | null, linkId: string | null, discussed: boolean, proposed: boolean, author: { __typename: 'Person', id: string, name: string } };

export type OneOnOneActionItemFragment = { __typename: 'ActionItem', id: string, version: number, text: string, dueOn: string | null, done: boolean, owner: { __typename: 'Person', id: string, name: string }, carriedFrom: { __typename: 'ActionItem', id: string } | null };

export type OneOnOneSummaryFragment = { __typename: 'OneOnOne', id: string, scheduledAt: string, status: OneOnOneStatus, agenda: Array<{ __typename: 'AgendaItem', id: string }>, actionItems: Array<{ __typename: 'ActionItem', id: string, done: boolean }> };

export type OneOnOneDetailFragment = { __typename: 'OneOnOne', id: string, scheduledAt: string, status: OneOnOneStatus, sharedNotes: string, sharedNotesVersion: number, myPrivateNote: string | null, agenda: Array<{ __typename: 'AgendaItem', id: string, text: string, position: number, linkKind: LinkKind | null, linkId: string | null, discussed: boolean, proposed: boolean, author: { __typename: 'Person', id: string, name: string } }>, actionItems: Array<{ __typename: 'ActionItem', id: string, version: number, text: string, dueOn: string | null, done: boolean, owner: { __typename: 'Person', id: string, name: string }, carriedFrom: { __typename: 'ActionItem', id: string } | null }>, plan: { __typename: 'GrowthPlan', id: string, status: PlanStatus, owner: { __typename: 'Person', id: string, name: string, title: string | null }, manager: { __typename: 'Person', id: string, name: string }, readiness: { __typename: 'Readiness', stage: ReadinessStage }, gaps: Array<{ __typename: 'Gap', id: string, title: string, status: GapStatus }>, goals: Array<{ __typename: 'ChangeGoal', id: string, title: string, status: GoalStatus }>, delegations: Array<{ __typename: 'Delegation', id: string, activityName: string, stage: DelegationStage, delegatee: { __typename: 'Person', id: string, name: string } }>, oneOnOnes: { __typename: 'OneOnOneConnection', totalCount: number, edges: Array<{ __typename: 'OneOnOneEdge', cursor: string, node: { __typename: 'OneOnOne', id: string, scheduledAt: string, status: OneOnOneStatus, actionItems: Array<{ __typename: 'ActionItem', id: string }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } };

export type OneOnOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OneOnOneQuery = { oneOnOne: { __typename: 'OneOnOne', id: string, scheduledAt: string, status: OneOnOneStatus, sharedNotes: string, sharedNotesVersion: number, myPrivateNote: string | null, agenda: Array<{ __typename: 'AgendaItem', id: string, text: string, position: number, linkKind: LinkKind | null, linkId: string | null, discussed: boolean, proposed: boolean, author: { __typename: 'Person', id: string, name: string } }>, actionItems: Array<{ __typename: 'ActionItem', id: string, version: number, text: string, dueOn: string | null, done: boolean, owner: { __typename: 'Person', id: string, name: string }, carriedFrom: { __typename: 'ActionItem', id: string } | null }>, plan: { __typename: 'GrowthPlan', id: string, status: PlanStatus, owner: { __typename: 'Person', id: string, name: string, title: string | null }, manager: { __typename: 'Person', id: string, name: string }, readiness: { __typename: 'Readiness', stage: ReadinessStage }, gaps: Array<{ __typename: 'Gap', id: string, title: string, status: GapStatus }>, goals: Array<{ __typename: 'ChangeGoal', id: string, title: string, status: GoalStatus }>, delegations: Array<{ __typename: 'Delegation', id: string, activityName: string, stage: DelegationStage, delegatee: { __typename: 'Person', id: string, name: string } }>, oneOnOnes: { __typename: 'OneOnOneConnection', totalCount: number, edges: Array<{ __typename: 'OneOnOneEdge', cursor: string, node: { __typename: 'OneOnOne', id: string, scheduledAt: string, status: OneOnOneStatus, actionItems: Array<{ __typename: 'ActionItem', id: string }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } } | null };

export type PlanOneOnOnesQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PlanOneOnOnesQuery = { plan: { __typename: 'GrowthPlan', id: string, nextOneOnOne: { __typename: 'OneOnOne', id: string, scheduledAt: string, status: OneOnOneStatus, agenda: Array<{ __typename: 'AgendaItem', id: string }>, actionItems: Array<{ __typename: 'ActionItem', id: string, done: boolean }> } | null, oneOnOnes: { __typename: 'OneOnOneConnection', totalCount: number, edges: Array<{ __typename: 'OneOnOneEdge', cursor: string, node: { __typename: 'OneOnOne', id: string, scheduledAt: string, status: OneOnOneStatus, agenda: Array<{ __typename: 'AgendaItem', id: string }>, actionItems: Array<{ __typename: 'ActionItem', id: string, done: boolean }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type OneOnOneChangedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OneOnOneChangedSubscription = { oneOnOneChanged: { __typename: 'OneOnOneEvent', change: OneOnOneChange, by: { __typename: 'Person', id: string, name: string }, oneOnOne: { __typename: 'OneOnOne', id: string } } };

export type ScheduleOneOnOneMutationVariables = Exact<{
  input: ScheduleOneOnOneInput;
}>;


export type ScheduleOneOnOneMutation = { scheduleOneOnOne: { __typename: 'OneOnOne', id: string, scheduledAt: string, status: OneOnOneStatus } };

export type AddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type AddAgendaItemMutation = { addAgendaItem: { __typename: 'AgendaItem', id: string, text: string, position: number, linkKind: LinkKind | null, linkId: string | null, discussed: boolean, proposed: boolean, author: { __typename: 'Person', id: string, name: string } } };

export type UpdateAgendaItemMutationVariables = Exact<{
  input: UpdateAgendaItemInput;
}>;


export type UpdateAgendaItemMutation = { updateAgendaItem: { __typename: 'AgendaItem', id: string, text: string, position: number, linkKind: LinkKind | null, linkId: string | null, discussed: boolean, proposed: boolean, author: { __typename: 'Person', id: string, name: string } } };

export type RemoveAgendaItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveAgendaItemMutation = { removeAgendaItem: boolean };

export type UpdateSharedNotesMutationVariables = Exact<{
  input: UpdateSharedNotesInput;
}>;


export type UpdateSharedNotesMutation = { updateSharedNotes: { __typename: 'OneOnOne', id: string, sharedNotes: string, sharedNotesVersion: number } };

export type SetPrivateNoteMutationVariables = Exact<{
  input: SetPrivateNoteInput;
}>;


export type SetPrivateNoteMutation = { setPrivateNote: { __typename: 'OneOnOne', id: string, myPrivateNote: string | null } };

export type AddActionItemMutationVariables = Exact<{
  input: AddActionItemInput;
}>;


export type AddActionItemMutation = { addActionItem: { __typename: 'ActionItem', id: string, version: number, text: string, dueOn: string | null, done: boolean, owner: { __typename: 'Person', id: string, name: string }, carriedFrom: { __typename: 'ActionItem', id: string } | null } };

export type UpdateActionItemMutationVariables = Exact<{
  input: UpdateActionItemInput;
}>;


export type UpdateActionItemMutation = { updateActionItem: { __typename: 'ActionItem', id: string, version: number, text: string, dueOn: string | null, done: boolean, owner: { __typename: 'Person', id: string, name: string }, carriedFrom: { __typename: 'ActionItem', id: string } | null } };

export type CompleteOneOnOneMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompleteOneOnOneMutation = { completeOneOnOne: { __typename: 'OneOnOne', id: string, status: OneOnOneStatus } };

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedQuery = { viewer: { __typename: 'Viewer', calendarFeedUrl: string } | null };

export type RotateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RotateCalendarFeedMutation = { rotateCalendarFeed: { __typename: 'Viewer', calendarFeedUrl: string } };

export const OneOnOneSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OneOnOneSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OneOnOne"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<OneOnOneSummaryFragment, unknown>;
export const OneOnOneAgendaItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OneOnOneAgendaItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"discussed"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OneOnOneAgendaItemFragment, unknown>;
export const OneOnOneActionItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OneOnOneActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OneOnOneActionItemFragment, unknown>;
export const OneOnOneDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OneOnOneDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OneOnOne"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sharedNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sharedNotesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"myPrivateNote"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OneOnOneAgendaItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OneOnOneActionItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activityName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"delegatee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneOnOnes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OneOnOneAgendaItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"discussed"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OneOnOneActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OneOnOneDetailFragment, unknown>;
export const OneOnOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OneOnOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oneOnOne"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OneOnOneDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OneOnOneAgendaItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"discussed"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OneOnOneActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OneOnOneDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OneOnOne"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sharedNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sharedNotesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"myPrivateNote"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OneOnOneAgendaItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OneOnOneActionItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activityName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"delegatee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneOnOnes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<OneOnOneQuery, OneOnOneQueryVariables>;
export const PlanOneOnOnesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanOneOnOnes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextOneOnOne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OneOnOneSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneOnOnes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OneOnOneSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OneOnOneSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OneOnOne"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<PlanOneOnOnesQuery, PlanOneOnOnesQueryVariables>;
export const OneOnOneChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OneOnOneChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oneOnOneChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oneOnOne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OneOnOneChangedSubscription, OneOnOneChangedSubscriptionVariables>;
export const ScheduleOneOnOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleOneOnOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleOneOnOneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleOneOnOne"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ScheduleOneOnOneMutation, ScheduleOneOnOneMutationVariables>;
export const AddAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OneOnOneAgendaItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OneOnOneAgendaItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"discussed"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const UpdateAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OneOnOneAgendaItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OneOnOneAgendaItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgendaItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"linkKind"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"discussed"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateAgendaItemMutation, UpdateAgendaItemMutationVariables>;
export const RemoveAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveAgendaItemMutation, RemoveAgendaItemMutationVariables>;
export const UpdateSharedNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSharedNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSharedNotesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSharedNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedNotes"}},{"kind":"Field","name":{"kind":"Name","value":"sharedNotesVersion"}}]}}]}}]} as unknown as DocumentNode<UpdateSharedNotesMutation, UpdateSharedNotesMutationVariables>;
export const SetPrivateNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPrivateNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPrivateNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPrivateNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myPrivateNote"}}]}}]}}]} as unknown as DocumentNode<SetPrivateNoteMutation, SetPrivateNoteMutationVariables>;
export const AddActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OneOnOneActionItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OneOnOneActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddActionItemMutation, AddActionItemMutationVariables>;
export const UpdateActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OneOnOneActionItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OneOnOneActionItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateActionItemMutation, UpdateActionItemMutationVariables>;
export const CompleteOneOnOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteOneOnOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeOneOnOne"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompleteOneOnOneMutation, CompleteOneOnOneMutationVariables>;
export const CalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeedUrl"}}]}}]}}]} as unknown as DocumentNode<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const RotateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeedUrl"}}]}}]}}]} as unknown as DocumentNode<RotateCalendarFeedMutation, RotateCalendarFeedMutationVariables>;