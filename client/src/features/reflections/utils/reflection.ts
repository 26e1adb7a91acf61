import {
  ANTI_PATTERN_LABELS,
  AntiPattern,
  ReflectionStatus,
  addQuarters,
  compareQuarters,
  quarterOf,
} from '@fulcrum/shared';

export const STATUS_LABELS: Record<ReflectionStatus, string> = {
  [ReflectionStatus.DRAFT]: 'Draft',
  [ReflectionStatus.SHARED]: 'Shared',
  [ReflectionStatus.SIGNED_OFF]: 'Signed off',
};

export const STATUS_COLORS: Record<ReflectionStatus, string> = {
  [ReflectionStatus.DRAFT]: 'gray',
  [ReflectionStatus.SHARED]: 'blue',
  [ReflectionStatus.SIGNED_OFF]: 'teal',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as ReflectionStatus] ?? status;
}

export function antiPatternLabel(pattern: string): string {
  return ANTI_PATTERN_LABELS[pattern as AntiPattern] ?? pattern;
}

/** Patterns only the person can see in themself: no data shows them. */
export const SELF_REPORT_ONLY: readonly AntiPattern[] = [
  AntiPattern.MEDIATOR_MIMIC,
  AntiPattern.NOT_MY_JOB,
  AntiPattern.RUSHING,
];

export const ANTI_PATTERN_EXPLANATIONS: Record<AntiPattern, string> = {
  [AntiPattern.ADDITION_NOT_CHANGE]: 'A goal adds work without stopping anything.',
  [AntiPattern.PREMIUM_SENIOR]:
    'Compensating with the old levers: the share of doing hours did not go down between the last two quarters.',
  [AntiPattern.SCATTERED_SMALL_WINS]:
    'More than 5 active goals, or none shifting 4 hours or more: no big problem taken on.',
  [AntiPattern.OVERWHELMED_BY_REQUESTS]: 'Help requests took over 20% of the last four weekly budgets.',
  [AntiPattern.MEDIATOR_MIMIC]: 'Guiding the room without the knowledge to resolve the question.',
  [AntiPattern.NOT_MY_JOB]: 'Refusing needed work as "not a lead job".',
  [AntiPattern.RUSHING]: 'Hurrying the step instead of growing into it.',
};

/** The quarters a reflection can be read or started for: this one, the ones that have one, the three before. */
export function quarterChoices(existing: readonly string[], now: Date = new Date()): string[] {
  const current = quarterOf(now);
  const recent = [1, 2, 3].map((n) => addQuarters(current, -n));
  return [...new Set([current, ...existing, ...recent])].sort((a, b) => compareQuarters(b, a));
}

export function formatRatio(ratio: number | null): string {
  return ratio === null ? '—' : String(ratio);
}

/** The longest reflection text or narrative the server accepts. */
export const REFLECTION_TEXT_MAX = 20_000;
