import { AntiPattern, ReflectionStatus, addQuarters, compareQuarters, quarterOf } from '@fulcrum/shared';

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

export function statusLabel(status: ReflectionStatus): string {
  return STATUS_LABELS[status];
}

/** Patterns only the person can see in themself: no data shows them. */
export const SELF_REPORT_ONLY: readonly AntiPattern[] = [
  AntiPattern.MEDIATOR_MIMIC,
  AntiPattern.NOT_MY_JOB,
  AntiPattern.RUSHING,
];

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
