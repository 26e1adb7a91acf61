/**
 * What changed between the version the user edited and the one the server holds
 * (`extensions.current` of a CONFLICT), in words: `hours 6 → 8`.
 */
export interface ComparedField {
  /** The key in both objects. */
  key: string;
  /** How the product calls it. */
  label: string;
  format?: (value: unknown) => string;
}

function show(value: unknown, format?: (value: unknown) => string): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (format) return format(value);
  const text = String(value);
  return text.length > 40 ? `"${text.slice(0, 37)}…"` : typeof value === 'string' ? `"${text}"` : text;
}

export function describeChanges(
  before: Record<string, unknown>,
  current: Record<string, unknown> | undefined,
  fields: readonly ComparedField[],
): string[] {
  if (!current) return [];
  return fields
    .filter(({ key }) => key in current && (before[key] ?? null) !== (current[key] ?? null))
    .map(({ key, label, format }) => `${label} ${show(before[key], format)} → ${show(current[key], format)}`);
}

/** "Sam changed this a moment ago: hours 6 → 8. Review and save again." */
export function conflictMessage(who: string, changes: readonly string[]): string {
  return changes.length > 0
    ? `${who} changed this a moment ago: ${changes.join(', ')}. Review and save again.`
    : `${who} saved this a moment ago. Review and save again.`;
}
