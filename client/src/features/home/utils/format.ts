import { ARCHETYPES, DECISION_LABELS, HelpDecision } from '@fulcrum/shared';

// Words and numbers as Home says them. Small copies of what other features keep to themselves
// (features do not import from each other).

const ARCHETYPE_TITLES = new Map<string, string>(ARCHETYPES.map((a) => [a.archetype, a.title]));
const ARCHETYPE_EXPLANATIONS = new Map<string, string>(ARCHETYPES.map((a) => [a.archetype, a.explanation]));

export function archetypeLabel(archetype: string): string {
  return ARCHETYPE_TITLES.get(archetype) ?? archetype;
}

export function archetypeExplanation(archetype: string): string | undefined {
  return ARCHETYPE_EXPLANATIONS.get(archetype);
}

export function decisionLabel(decision: HelpDecision): string {
  return DECISION_LABELS[decision];
}

/** Hours of one mode in a week's `byMode` list (0 when the week has none). */
export function modeHours(byMode: readonly { key: string; hours: number }[], mode: string): number {
  return byMode.find((m) => m.key === mode)?.hours ?? 0;
}

const DATE_TIME = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const DATE_TIME_YEAR = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** "Tue, 1 Dec, 10:00" from a DateTimeISO, in the viewer's time zone; with the year when it is not this one. */
export function formatDateTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  return (date.getFullYear() === now.getFullYear() ? DATE_TIME : DATE_TIME_YEAR).format(date);
}

/** "1 Dec 2026" from a DateTimeISO. */
export function formatDay(iso: string): string {
  return DAY.format(new Date(iso));
}

/** "1 Dec 2026" from a LocalDate (YYYY-MM-DD), read as that calendar day wherever the viewer is. */
export function formatLocalDate(localDate: string): string {
  const [y = 1970, m = 1, d = 1] = localDate.split('-').map(Number);
  return DAY.format(new Date(y, m - 1, d));
}

/** Today as a LocalDate in the viewer's calendar, to compare with `dueOn`. */
export function todayLocalDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days from today to a moment: 0 today, negative in the past. */
export function daysFromToday(iso: string, now = new Date()): number {
  const start = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((start(new Date(iso)) - start(now)) / DAY_MS);
}

/** "today", "tomorrow", "in 8 days", "yesterday", "3 days ago". */
export function relativeDay(iso: string, now = new Date()): string {
  const days = daysFromToday(iso, now);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
