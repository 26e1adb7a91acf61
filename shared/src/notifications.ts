import { enumOf, type ValueOf } from './enumeration';

/** What Fulcrum sends (an email and an inbox item each); the names are part of the API. */
export const NotificationKind = enumOf(
  'INVITATION',
  'PASSWORD_RESET',
  'ONE_ON_ONE_PREPARE',
  'ONE_ON_ONE_FOLLOW_UP',
  'CHECK_IN_DUE',
  'DELEGATION_AT_RISK',
  'ACTION_ITEM_DUE',
  'REFLECTION_SHARED',
  'REFLECTION_DUE',
  'WEEKLY_BRIEF',
);
export type NotificationKind = ValueOf<typeof NotificationKind>;

/** How long a password-reset link works. */
export const PASSWORD_RESET_MINUTES = 60;

/** Weekly brief defaults: ISO weekday (1 = Monday … 7 = Sunday) and hour in the person's time zone. */
export const WEEKLY_BRIEF_DEFAULT = { day: 1, hour: 8 } as const;

/** The time zone assumed until a person chooses one. */
export const DEFAULT_TIME_ZONE = 'UTC';

/** Whether `zone` is an IANA time zone this runtime knows (`Europe/Paris`, `UTC`); offsets and abbreviations are refused. */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** What is wrong with a time zone, or null. */
export function timeZoneProblem(zone: string): string | null {
  return isTimeZone(zone)
    ? null
    : `"${zone.slice(0, 64)}" is not an IANA time zone (e.g. Europe/Paris, America/New_York, UTC).`;
}
