/**
 * Text from people (names, titles, plan titles, agenda items) on its way into the iCalendar
 * feed. iCalendar is line-based: a CR or LF that reached the output raw would end the property
 * and start a new one — a new `END:VEVENT`/`BEGIN:VEVENT`, an `ATTENDEE`, an `X-` header.
 *
 * ical-generator (11.x) escapes `\ ; ,` and turns CR/LF into `\n` in the event properties it
 * writes (SUMMARY, DESCRIPTION, LOCATION, URL…), but writes the calendar's NAME / X-WR-CALNAME
 * (and X-WR-CALDESC) as given, and passes every other control character through everywhere.
 * So every text goes through `icalText` first: each run of control characters (C0 including CR,
 * LF and TAB, DEL, C1 including NEL) and of Unicode line/paragraph separators becomes one space,
 * lone surrogates become U+FFFD, and the result is trimmed. Line breaks the feed wants (between
 * agenda items) are added by the caller after cleaning, and ical-generator escapes them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_RUN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function icalText(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').replace(CONTROL_RUN, ' ').trim();
}

/**
 * A value for a property ical-generator writes unescaped (the calendar name): `icalText`, then
 * the TEXT escapes of RFC 5545 §3.3.11 (`\` `;` `,`), so it stays one value of one property.
 */
export function icalUnescapedText(text: string): string {
  return icalText(text).replace(/[\\;,]/g, (c) => `\\${c}`);
}
