/**
 * Contract items (`Type` or `Type.field`) the server does not have yet, by the issue that
 * brings them. The contract test fails when anything else is missing, and also when an item
 * listed here has arrived (so this list only ever shrinks).
 */
export const PENDING: Record<string, string[]> = {
  'issue 15: 1:1s as meetings': [
    'OneOnOneStatus.CANCELLED',
    'OneOnOne.series',
    'OneOnOne.durationMinutes',
    'OneOnOne.version',
    'ScheduleOneOnOneInput.recurrence',
    'ScheduleOneOnOneInput.durationMinutes',
    'ScheduleOneOnOneInput.timeZone',
    'Mutation.rescheduleOneOnOne',
    'Mutation.cancelOneOnOne',
    'RecurrenceFrequency',
    'ChangeScope',
    'RecurrenceInput',
    'OneOnOneSeries',
    'RescheduleOneOnOneInput',
    'CancelOneOnOneInput',
  ],
  'issue 16: company adoption': [
    'Query.pendingInvitations',
    'Query.auditLog',
    'Query.mySessions',
    'Query.scimTokens',
    'Mutation.configureSingleSignOn',
    'Mutation.createScimToken',
    'Mutation.revokeScimToken',
    'Mutation.deactivatePerson',
    'Mutation.reactivatePerson',
    'Mutation.erasePerson',
    'Mutation.revokeInvitation',
    'Mutation.revokeSession',
    'Mutation.signOutEverywhere',
    'AuditEvent',
    'AuditEventEdge',
    'AuditEventConnection',
    'Session',
    'ScimToken',
    'SingleSignOnInput',
  ],
};
