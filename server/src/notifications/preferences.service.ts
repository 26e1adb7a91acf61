import { DEFAULT_TIME_ZONE, NotificationKind, timeZoneProblem, WEEKLY_BRIEF_DEFAULT } from '@fulcrum/shared';
import type { DataSource } from 'typeorm';
import { requireActor } from '../core/actor';
import type { Context } from '../core/context';
import { assertValid } from '../core/validation';
import { NotificationPreference } from './notification.entity';
import type { UpdateNotificationPreferencesInput } from './notification.inputs';

/** A person's preferences as the API shows them: defaults until they chose. */
export interface Preferences {
  emailOff: NotificationKind[];
  weeklyBriefDay: number;
  weeklyBriefHour: number;
  timeZone: string;
  timeZoneChosen: boolean;
}

function shown(row: NotificationPreference | null): Preferences {
  return {
    emailOff: row?.emailOff ?? [],
    weeklyBriefDay: row?.weeklyBriefDay ?? WEEKLY_BRIEF_DEFAULT.day,
    weeklyBriefHour: row?.weeklyBriefHour ?? WEEKLY_BRIEF_DEFAULT.hour,
    timeZone: row?.timeZone ?? DEFAULT_TIME_ZONE,
    timeZoneChosen: !!row?.timeZone,
  };
}

export async function preferencesOf(db: DataSource, personId: string): Promise<Preferences> {
  return shown(await db.getRepository(NotificationPreference).findOneBy({ personId }));
}

export async function myPreferences(ctx: Context): Promise<Preferences> {
  return preferencesOf(ctx.app.db, requireActor(ctx).personId);
}

/** Whether this kind of email goes to this person. */
export async function wantsEmail(db: DataSource, personId: string, kind: NotificationKind): Promise<boolean> {
  return !(await preferencesOf(db, personId)).emailOff.includes(kind);
}

/** Turns one kind of email off (an unsubscribe link): idempotent. */
export async function turnOffEmail(
  db: DataSource,
  who: { personId: string; organizationId: string; kind: NotificationKind },
): Promise<void> {
  await db.query(
    `INSERT INTO notification_preference (person_id, organization_id, email_off)
     SELECT p.id, p.organization_id, ARRAY[$3::text] FROM person p WHERE p.id = $1 AND p.organization_id = $2
     ON CONFLICT (person_id) DO UPDATE
       SET email_off = ARRAY(SELECT DISTINCT unnest(notification_preference.email_off || EXCLUDED.email_off) ORDER BY 1),
           updated_at = now()`,
    [who.personId, who.organizationId, who.kind],
  );
}

/** Changes what the input names and keeps the rest; every field at fault is named at once. */
export async function updateMyPreferences(
  ctx: Context,
  input: UpdateNotificationPreferencesInput,
): Promise<Preferences> {
  const viewer = requireActor(ctx);
  assertValid({
    timeZone: input.timeZone == null ? null : timeZoneProblem(input.timeZone),
    weeklyBriefDay:
      input.weeklyBriefDay == null || (input.weeklyBriefDay >= 1 && input.weeklyBriefDay <= 7)
        ? null
        : 'A day from 1 (Monday) to 7 (Sunday).',
    weeklyBriefHour:
      input.weeklyBriefHour == null || (input.weeklyBriefHour >= 0 && input.weeklyBriefHour <= 23)
        ? null
        : 'An hour from 0 to 23.',
  });
  return ctx.app.db.transaction(async (em) => {
    const repository = em.getRepository(NotificationPreference);
    const current =
      (await repository.findOne({ where: { personId: viewer.personId }, lock: { mode: 'pessimistic_write' } })) ??
      repository.create({ personId: viewer.personId, organizationId: viewer.organizationId, emailOff: [] });
    const off = new Set(current.emailOff);
    for (const setting of input.email ?? []) {
      if (setting.email) off.delete(setting.kind);
      else off.add(setting.kind);
    }
    current.emailOff = Object.values(NotificationKind).filter((kind) => off.has(kind));
    if (input.weeklyBriefDay != null) current.weeklyBriefDay = input.weeklyBriefDay;
    if (input.weeklyBriefHour != null) current.weeklyBriefHour = input.weeklyBriefHour;
    if (input.timeZone != null) current.timeZone = input.timeZone;
    return shown(await repository.save(current));
  });
}
