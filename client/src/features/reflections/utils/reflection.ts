import { AntiPattern, addQuarters, compareQuarters, quarterOf, type ReflectionStatus } from '@fulcrum/shared';
import { COLORS, LABELS } from '@/lib/palette';

export const STATUS_COLORS = COLORS.reflectionStatus;

export function statusLabel(status: ReflectionStatus): string {
  return LABELS.reflectionStatus[status];
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
