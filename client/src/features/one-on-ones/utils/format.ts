/** Dates of 1:1s as people read them, in the viewer's own time zone and language. */

const DATE_TIME = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const DATE = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const SHORT_DATE = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** "Tue, 1 Dec 2026, 10:00" from a DateTimeISO. */
export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

/** "Tue, 1 Dec 2026" from a DateTimeISO. */
export function formatDay(iso: string): string {
  return DATE.format(new Date(iso));
}

/** "1 Dec 2026" from a LocalDate (YYYY-MM-DD), read as that calendar day wherever the viewer is. */
export function formatLocalDate(localDate: string): string {
  const [y, m, d] = localDate.split('-').map(Number);
  return SHORT_DATE.format(new Date(y, m - 1, d));
}

/** Today as a LocalDate in the viewer's calendar. */
export function todayLocalDate(now = new Date()): string {
  return toLocalDate(now);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toLocalDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The value of an `<input type="datetime-local">` for a moment: local time, to the minute. */
export function toDateTimeInput(date: Date): string {
  return `${toLocalDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Tomorrow at 10:00, a sensible first suggestion for the next 1:1. */
export function suggestedNextSlot(now = new Date()): string {
  const next = new Date(now);
  next.setDate(next.getDate() + 1);
  next.setHours(10, 0, 0, 0);
  return toDateTimeInput(next);
}

/** The moment an `<input type="datetime-local">` holds (local time), or null when incomplete. */
export function fromDateTimeInput(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "just now", "2 min ago", "at 10:42". */
export function sinceLabel(at: number, now = Date.now()): string {
  const seconds = Math.round((now - at) / 1000);
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  return `at ${new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(at))}`;
}
