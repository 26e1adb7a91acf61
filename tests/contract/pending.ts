/**
 * Contract items (`Type` or `Type.field`) the server does not have yet, by the issue that
 * brings them. The contract test fails when anything else is missing, and also when an item
 * listed here has arrived (so this list only ever shrinks).
 */
export const PENDING: Record<string, string[]> = {
  'growth plan (issue 3)': [
    'Person.activePlan', 'PlanStatus', 'Archetype', 'SignalKey', 'SignalKind', 'SignalRating', 'ReadinessStage', 'GapKind',
    'GapStatus', 'Mode', 'Leverage', 'Lever', 'GoalStatus', 'AntiPattern', 'LeverInfo', 'ArchetypeInfo', 'GrowthPlan',
    'SignalAssessment', 'Readiness', 'Gap', 'Activity', 'HoursBy', 'WeekShape', 'Week', 'HoursShift', 'ChangeGoal',
    'AntiPatternFinding', 'Query.plan', 'Query.visiblePlans', 'Query.levers', 'Query.archetypes', 'StartPlanInput',
    'UpdatePlanInput', 'RateSignalInput', 'AddGapInput', 'UpdateGapInput', 'AddActivityInput', 'UpdateActivityInput',
    'HoursShiftInput', 'AddGoalInput', 'UpdateGoalInput', 'Mutation.startPlan', 'Mutation.updatePlan', 'Mutation.rateSignal',
    'Mutation.addGap', 'Mutation.updateGap', 'Mutation.addActivity', 'Mutation.updateActivity', 'Mutation.removeActivity',
    'Mutation.addGoal', 'Mutation.updateGoal',
  ],
  'delegations and requests (issue 4)': [
    'DelegationStage', 'Side', 'GuidanceHorizon', 'HelpDecision', 'CheckIn', 'Delegation', 'HelpRequest', 'HelpRequestEdge',
    'HelpRequestConnection', 'Query.delegationsToMe', 'CreateDelegationInput', 'AdvanceDelegationInput', 'CheckInInput',
    'LogHelpRequestInput', 'DecideHelpRequestInput', 'Mutation.createDelegation', 'Mutation.advanceDelegation',
    'Mutation.checkIn', 'Mutation.logHelpRequest', 'Mutation.decideHelpRequest',
  ],
  '1:1 sessions (issue 5)': [
    'LocalDate', 'Viewer.calendarFeedUrl', 'OneOnOneStatus', 'LinkKind', 'AgendaItem', 'ActionItem', 'OneOnOne', 'OneOnOneEdge',
    'OneOnOneConnection', 'OneOnOneChange', 'OneOnOneEvent', 'Query.oneOnOne', 'ScheduleOneOnOneInput', 'AddAgendaItemInput',
    'UpdateSharedNotesInput', 'SetPrivateNoteInput', 'UpdateAgendaItemInput', 'AddActionItemInput', 'UpdateActionItemInput',
    'Mutation.scheduleOneOnOne', 'Mutation.addAgendaItem', 'Mutation.updateAgendaItem', 'Mutation.removeAgendaItem',
    'Mutation.updateSharedNotes', 'Mutation.setPrivateNote', 'Mutation.addActionItem', 'Mutation.updateActionItem',
    'Mutation.completeOneOnOne', 'Subscription',
  ],
  'reflection and record (issue 6)': [
    'ExportFormat', 'ReflectionStatus', 'QuarterPoint', 'Reflection', 'Query.exportMyRecord', 'StartReflectionInput',
    'UpdateReflectionInput', 'Mutation.startReflection', 'Mutation.updateReflection', 'Mutation.shareReflection',
    'Mutation.signOffReflection',
  ],
};
