import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import { addMember, createOrg } from '../support/factories';
import { activePlanFor, orgWithTeam, startPlan, type PlanSummary, type Team } from '../support/plans';
import {
  addAgendaItem,
  CALENDAR_FEED_URL,
  completeOneOnOne,
  daysFromNow,
  ROTATE_CALENDAR_FEED,
  schedule,
  type OneOnOneRow,
} from '../support/one-on-ones';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The iCalendar feed (§3): one secret URL per person listing their upcoming and recent 1:1s,
 * parsed back here with ical.js; a wrong or rotated secret is a plain 404.
 */

// ical.js is an ES module; the tests compile as CommonJS, so it is imported dynamically.
let ICAL: typeof ICALModule;
let server: TestServer;
let team: Team;
let seniorPlan: PlanSummary;
let peerPlan: PlanSummary;
let seniorNext: OneOnOneRow;
let seniorPast: OneOnOneRow;
let peerNext: OneOnOneRow;
beforeAll(async () => {
  ICAL = (await import('ical.js')).default;
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Calendar');
  seniorPlan = await activePlanFor(team);
  peerPlan = await activePlanFor(team, team.peer);
  seniorPast = await schedule(team.manager.client, seniorPlan.id, daysFromNow(-7));
  await addAgendaItem(team.senior.client, seniorPast.id, 'Last week’s readout');
  await completeOneOnOne(team.manager.client, seniorPast.id);
  seniorNext = await schedule(team.senior.client, seniorPlan.id, daysFromNow(2));
  await addAgendaItem(team.senior.client, seniorNext.id, 'Pricing readout; draft, v2');
  await addAgendaItem(team.manager.client, seniorNext.id, 'Promotion timeline');
  peerNext = await schedule(team.peer.client, peerPlan.id, daysFromNow(3));
  // Long ago: outside the feed's window.
  await schedule(team.manager.client, seniorPlan.id, daysFromNow(-200));
  // Another organization's 1:1 never shows up here.
  const foreignPlan = await startPlan(team.outsider, team.foreigner.id);
  await schedule(team.foreigner.client, foreignPlan.id, daysFromNow(1));
});
afterAll(() => server?.stop());

async function feedUrl(viewer: TestClient): Promise<string> {
  return (await viewer.ok(CALENDAR_FEED_URL)).viewer.calendarFeedUrl;
}

interface FeedEvent {
  uid: string;
  start: number;
  end: number;
  summary: string;
  description: string;
}

async function fetchFeed(url: string): Promise<{ response: Response; events: FeedEvent[]; text: string }> {
  const response = await fetch(url);
  const text = await response.text();
  if (response.status !== 200) return { response, events: [], text };
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      summary: event.summary,
      description: event.description,
    };
  });
  return { response, events, text };
}

const uidOf = (oneOnOne: { id: string }) => expect.stringContaining(oneOnOne.id);

describe('the calendar feed', () => {
  it('is valid iCalendar served as text/calendar: uid, start at scheduledAt, both names in the summary, the agenda in the description', async () => {
    const url = await feedUrl(team.senior.client);
    expect(url).toMatch(new RegExp(`^${server.url}/calendar/[^/]+\\.ics$`));
    const { response, events } = await fetchFeed(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);

    expect(events).toHaveLength(2);
    const next = events.find((e) => e.uid.includes(seniorNext.id))!;
    expect(next).toBeDefined();
    expect(next.start).toBe(new Date(seniorNext.scheduledAt).getTime());
    expect(next.end).toBeGreaterThan(next.start);
    expect(next.summary).toContain('Calendar Senior');
    expect(next.summary).toContain('Calendar Manager');
    expect(next.description).toContain('Pricing readout; draft, v2');
    expect(next.description).toContain('Promotion timeline');
    expect(next.description.indexOf('Pricing readout')).toBeLessThan(next.description.indexOf('Promotion timeline'));

    // The recent, done one is there as well, with its own agenda.
    const past = events.find((e) => e.uid.includes(seniorPast.id))!;
    expect(past.start).toBe(new Date(seniorPast.scheduledAt).getTime());
    expect(past.description).toContain('Last week’s readout');
    expect(past.description).not.toContain('Promotion timeline');
  });

  it('lists only the viewer’s own 1:1s, as owner or as manager', async () => {
    const uids = async (viewer: TestClient) => (await fetchFeed(await feedUrl(viewer))).events.map((e) => e.uid);
    expect(await uids(team.manager.client)).toEqual(
      expect.arrayContaining([uidOf(seniorNext), uidOf(seniorPast), uidOf(peerNext)]),
    );
    expect(await uids(team.manager.client)).toHaveLength(3);
    expect(await uids(team.peer.client)).toEqual([uidOf(peerNext)]);
    // The skip-level and the admin take part in none.
    expect(await uids(team.top.client)).toEqual([]);
    expect(await uids(team.admin)).toEqual([]);
    // The feed of someone with no account or plan is still valid iCalendar.
    const newcomer = await addMember(team.org, {
      name: 'Calendar Newcomer',
      managerId: team.manager.id,
    });
    expect(await uids(newcomer.client)).toEqual([]);
    expect((await uids(team.foreigner.client)).length).toBe(1);
  });

  it('a wrong or garbled secret is 404 and reveals nothing', async () => {
    const url = await feedUrl(team.senior.client);
    const file = url.split('/').pop()!;
    const [personId, secret] = file.replace(/\.ics$/, '').split('.') as [string, string];
    const flipped = secret.slice(0, -1) + (secret.endsWith('0') ? '1' : '0');
    const peerFile = (await feedUrl(team.peer.client)).split('/').pop()!;
    const peerId = peerFile.split('.')[0];
    const wrong = [
      `${personId}.${flipped}.ics`,
      `${peerId}.${secret}.ics`, // Sam's secret on the peer's id
      `${personId}.${secret}`,
      `${personId}.${secret.slice(0, 20)}.ics`,
      `${personId}.ics`,
      'garbage.ics',
      `${personId}.${secret.toUpperCase()}.ics`,
      `${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.${secret}.ics`,
    ];
    for (const path of wrong) {
      const response = await fetch(`${server.url}/calendar/${path}`);
      expect(response.status, path).toBe(404);
      const text = await response.text();
      expect(text).not.toContain('BEGIN:VCALENDAR');
      expect(text).not.toContain('Pricing readout');
    }
  });

  it('rotateCalendarFeed gives a new URL; the old one is 404 from then on', async () => {
    const old = await feedUrl(team.peer.client);
    expect((await fetch(old)).status).toBe(200);
    const { rotateCalendarFeed } = await team.peer.client.ok(ROTATE_CALENDAR_FEED);
    expect(rotateCalendarFeed.calendarFeedUrl).not.toBe(old);
    expect(await feedUrl(team.peer.client)).toBe(rotateCalendarFeed.calendarFeedUrl);
    expect((await fetch(old)).status).toBe(404);
    const { events } = await fetchFeed(rotateCalendarFeed.calendarFeedUrl);
    expect(events.map((e) => e.uid)).toEqual([uidOf(peerNext)]);
    // Others' feeds are untouched.
    expect((await fetch(await feedUrl(team.manager.client))).status).toBe(200);
  });
});

/** RFC 5545 §3.3.11 TEXT escapes, both ways. */
const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`);
const unescapeText = (text: string) =>
  text.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('text in the feed', () => {
  // Each of these would, written raw, end the property and start new lines: properties, an event,
  // even a second calendar. The API refuses control characters in names and agenda text, so they
  // are written straight into the database (as rows from before that check, or any other path).
  // PostgreSQL cannot store NUL.
  const OWNER = 'Eve\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@x\r\nSUMMARY:pwned\r\nX-EVIL:1';
  const MANAGER = 'Mal\u0001lo\u000bry\u2028ATTENDEE:mailto:x@evil.example;Boss,\\ \u0085X\u007f';
  const AGENDA = 'Budget\r\nEND:VEVENT\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR\nBEGIN:VEVENT\rUID:evil2@x\tDone';

  it('cannot add lines, properties, events or calendars: CR, LF and other control characters become spaces', async () => {
    const org = await createOrg(server.url, 'Injection');
    const manager = await addMember(org, {
      name: 'Injection Manager',
      track: 'MANAGER',
      managerId: org.adminPersonId,
    });
    const owner = await addMember(org, { name: 'Injection Owner', managerId: manager.id });
    const plan = await startPlan(manager.client, owner.id);
    const next = await schedule(manager.client, plan.id, daysFromNow(4));
    const item = await addAgendaItem(owner.client, next.id, 'Budget');
    await server.db.query(`UPDATE person SET name = $2 WHERE id = $1`, [owner.id, OWNER]);
    await server.db.query(`UPDATE person SET name = $2 WHERE id = $1`, [manager.id, MANAGER]);
    await server.db.query(`UPDATE agenda_item SET text = $2 WHERE id = $1`, [item.id, AGENDA]);

    const ownerText = 'Eve END:VEVENT BEGIN:VEVENT UID:evil@x SUMMARY:pwned X-EVIL:1';
    const managerText = 'Mal lo ry ATTENDEE:mailto:x@evil.example;Boss,\\  X';
    const agendaText = 'Budget END:VEVENT END:VCALENDAR BEGIN:VCALENDAR BEGIN:VEVENT UID:evil2@x Done';

    for (const [viewer, self] of [
      [owner.client, ownerText],
      [manager.client, managerText],
    ] as const) {
      const { response, text } = await fetchFeed(await feedUrl(viewer));
      expect(response.status).toBe(200);
      // No raw control character but the CRLF line ends, and exactly one calendar with one event.
      // eslint-disable-next-line no-control-regex -- the test is that no control character is left
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      expect(text.match(/^BEGIN:VCALENDAR$/gm)).toHaveLength(1);
      expect(text.match(/^BEGIN:VEVENT$/gm)).toHaveLength(1);
      expect(text).not.toMatch(/^(X-EVIL|ATTENDEE|UID:evil)/m);

      const calendar = new ICAL.Component(ICAL.parse(text));
      // ical.js hands these two back raw (it has no type for them): one TEXT value, escaped.
      for (const property of ['name', 'x-wr-calname']) {
        const raw = String(calendar.getFirstPropertyValue(property));
        expect(raw).toBe(escapeText(`Fulcrum 1:1s of ${self}`));
        expect(unescapeText(raw)).toBe(`Fulcrum 1:1s of ${self}`);
      }
      expect(calendar.getAllSubcomponents().map((c) => c.name)).toEqual(['vevent']);
      const [component] = calendar.getAllSubcomponents('vevent');
      expect(
        component
          .getAllProperties()
          .map((p) => p.name)
          .sort(),
      ).toEqual(['description', 'dtend', 'dtstamp', 'dtstart', 'sequence', 'summary', 'uid', 'url']);
      const event = new ICAL.Event(component);
      expect(event.uid).toBe(`${next.id}@fulcrum`);
      expect(event.summary).toBe(`1:1 ${ownerText} · ${managerText}`);
      const other = self === ownerText ? managerText : ownerText;
      expect(event.description).toBe(`1:1 with ${other}.\n\nAgenda:\n- ${agendaText}`);
      expect(component.getFirstPropertyValue('url')).toBe(`${server.url}/one-on-ones/${next.id}`);
    }
  });

  it('sets no header from people’s text', async () => {
    const response = await fetch(await feedUrl(team.senior.client));
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  });
});
