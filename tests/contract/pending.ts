/**
 * Contract items (`Type` or `Type.field`) the server does not have yet, by the issue that
 * brings them. The contract test fails when anything else is missing, and also when an item
 * listed here has arrived (so this list only ever shrinks).
 */
export const PENDING: Record<string, string[]> = {};
