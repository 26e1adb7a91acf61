/** Input limits enforced by the server and previewed by the client forms. */
export const LIMITS = {
  passwordMin: 12,
  passwordMax: 256,
  emailMax: 254,
  nameMax: 120,
  organizationNameMax: 120,
  titleMax: 120,
  specialtyMax: 80,
  searchMax: 120,
  idMax: 64,
  tokenMax: 128,
  pageSizeMax: 100,
  descriptionMax: 2_000,
  evidenceMax: 4_000,
} as const;

/** Abuse limits applied to every GraphQL request. */
export const REQUEST_LIMITS = {
  maxDepth: 12,
  maxAliasesPerField: 20,
  maxCost: 50_000,
  defaultListSize: 10,
  maxBodyBytes: 1024 * 1024,
} as const;

export const SESSION_DAYS = 30;
export const INVITATION_DAYS = 7;
export const SIGN_IN_MAX_FAILURES = 10;
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else names nothing and is treated as not found. */
export function isId(value: string): boolean {
  return UUID_SHAPE.test(value);
}
