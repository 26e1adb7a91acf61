import { OneOnOneStatus, PlanStatus } from '@fulcrum/shared';
import type { RequestHandler } from 'express';
import ical from 'ical-generator';
import { timingSafeEqual } from 'node:crypto';
import type { AppServices } from '../core/context';
import { hashToken } from '../identity/accounts/tokens';
import { Person } from '../identity/people/person.entity';
import { planParticipantSql } from '../plans/plan.policy';
import { icalText, icalUnescapedText } from './ical-text';

const RECENT_DAYS = 90;
const MEETING_MINUTES = 45;

/** The secret part of a person's feed URL: an HMAC of their id and feed version, nothing stored. */
export function calendarFeedToken(secret: string, person: Pick<Person, 'id' | 'calendarFeedVersion'>): string {
  return `${person.id}.${hashToken(secret, `calendar:${person.id}:${person.calendarFeedVersion}`).slice(0, 40)}`;
}

export function calendarFeedPath(secret: string, person: Pick<Person, 'id' | 'calendarFeedVersion'>): string {
  return `/calendar/${calendarFeedToken(secret, person)}.ics`;
}

interface FeedRow {
  id: string;
  scheduled_at: Date;
  status: OneOnOneStatus;
  owner_name: string;
  manager_name: string;
  agenda: string[] | null;
}

/**
 * `GET /calendar/<secret>.ics`: the person's upcoming and recent (90 days) 1:1s as iCalendar,
 * for any calendar app. An unknown or rotated secret is a plain 404.
 */
export function calendarFeedHandler(app: AppServices): RequestHandler {
  return async (req, res) => {
    const param = req.params.file; // the route's `:file`: a string (only a wildcard gives an array)
    const file = typeof param === 'string' ? param : '';
    const match = /^([0-9a-f-]{36})\.([0-9a-f]{40})\.ics$/.exec(file);
    const person = match ? await app.db.getRepository(Person).findOneBy({ id: match[1] }) : null;
    const expected = person ? Buffer.from(calendarFeedToken(app.config.sessionSecret, person)) : null;
    const given = Buffer.from(file.replace(/\.ics$/, ''));
    if (!person || !expected || expected.length !== given.length || !timingSafeEqual(expected, given)) {
      res.status(404).type('text/plain').send('No calendar here. Copy the feed URL from Fulcrum again.');
      return;
    }
    const rows: FeedRow[] = await app.db.query(
      `SELECT o.id, o.scheduled_at, o.status, owner.name AS owner_name, manager.name AS manager_name,
              (SELECT array_agg(a.text ORDER BY a.position) FROM agenda_item a WHERE a.one_on_one_id = o.id) AS agenda
         FROM one_on_one o
         JOIN growth_plan p ON p.id = o.plan_id
         JOIN person owner ON owner.id = p.owner_id
         JOIN person manager ON manager.id = p.manager_id
        WHERE o.organization_id = $1 AND ${planParticipantSql('p', 'owner', '$2')} AND p.status <> $3
          AND o.scheduled_at >= now() - make_interval(days => $4)
        ORDER BY o.scheduled_at`,
      [person.organizationId, person.id, PlanStatus.ARCHIVED, RECENT_DAYS],
    );
    const origin = app.config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    // Every text from people goes through icalText (ical-text.ts); the name also gets escaped,
    // which ical-generator does not do for it.
    const calendar = ical({
      name: icalUnescapedText(`Fulcrum 1:1s of ${person.name}`),
      prodId: { company: 'Fulcrum', product: 'one-on-ones', language: 'EN' },
    });
    for (const row of rows) {
      const [ownerName, managerName] = [icalText(row.owner_name), icalText(row.manager_name)];
      const other = row.owner_name === person.name ? managerName : ownerName;
      calendar.createEvent({
        id: `${row.id}@fulcrum`,
        start: row.scheduled_at,
        end: new Date(row.scheduled_at.getTime() + MEETING_MINUTES * 60_000),
        summary: `1:1 ${ownerName} · ${managerName}${row.status === OneOnOneStatus.DONE ? ' (done)' : ''}`,
        description: [
          `1:1 with ${other}.`,
          ...(row.agenda?.length ? ['', 'Agenda:', ...row.agenda.map((text) => `- ${icalText(text)}`)] : []),
        ].join('\n'),
        url: icalText(`${origin}/one-on-ones/${row.id}`),
      });
    }
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Cache-Control', 'private, max-age=300')
      .send(calendar.toString());
  };
}
