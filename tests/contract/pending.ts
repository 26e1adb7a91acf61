/**
 * Contract items (`Type` or `Type.field`) the server does not have yet, by the issue that
 * brings them. The contract test fails when anything else is missing, and also when an item
 * listed here has arrived (so this list only ever shrinks).
 */
export const PENDING: Record<string, string[]> = {
  '1:1 sessions (issue 5)': [
    'GrowthPlan.oneOnOnes', 'GrowthPlan.nextOneOnOne',
    'LocalDate', 'Viewer.calendarFeedUrl', 'OneOnOneStatus', 'LinkKind', 'AgendaItem', 'ActionItem', 'OneOnOne', 'OneOnOneEdge',
    'OneOnOneConnection', 'OneOnOneChange', 'OneOnOneEvent', 'Query.oneOnOne', 'ScheduleOneOnOneInput', 'AddAgendaItemInput',
    'UpdateSharedNotesInput', 'SetPrivateNoteInput', 'UpdateAgendaItemInput', 'AddActionItemInput', 'UpdateActionItemInput',
    'Mutation.scheduleOneOnOne', 'Mutation.addAgendaItem', 'Mutation.updateAgendaItem', 'Mutation.removeAgendaItem',
    'Mutation.updateSharedNotes', 'Mutation.setPrivateNote', 'Mutation.addActionItem', 'Mutation.updateActionItem',
    'Mutation.completeOneOnOne', 'Subscription',
  ],
  'reflection and record (issue 6)': [
    'GrowthPlan.reflections', 'GrowthPlan.trend', 'GrowthPlan.promotionCase',
    'ExportFormat', 'ReflectionStatus', 'QuarterPoint', 'Reflection', 'Query.exportMyRecord', 'StartReflectionInput',
    'UpdateReflectionInput', 'Mutation.startReflection', 'Mutation.updateReflection', 'Mutation.shareReflection',
    'Mutation.signOffReflection',
  ],
};
