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
  // Compared fields hold strings, numbers and booleans; JSON spells the last two as String() would.
  const text = typeof value === 'string' ? value : JSON.stringify(value);
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

export interface RebasableForm {
  getValues: () => object;
  isDirty: (path: string) => boolean;
  setFieldValue: (path: never, value: never) => void;
  resetDirty: (values?: never) => void;
}

function withPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] = { ...(node[key] as Record<string, unknown>) };
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

/**
 * After a CONFLICT, moves a form onto the version the server holds: inputs the user did not
 * touch take the current values (so saving again cannot undo the other person's change), the
 * ones they changed keep their edit, and "changed" is measured from the current version on.
 * `current` maps form paths to the server's values.
 */
export function rebaseForm(form: RebasableForm, current: Record<string, unknown>): void {
  const reference = structuredClone(form.getValues()) as Record<string, unknown>;
  for (const [path, value] of Object.entries(current)) {
    withPath(reference, path, value);
    if (!form.isDirty(path)) (form.setFieldValue as (path: string, value: unknown) => void)(path, value);
  }
  (form.resetDirty as (values: unknown) => void)(reference);
}

/** A compared field's `format` for hours: `6 h`. */
export function formatHoursField(value: unknown): string {
  return `${Number(value)} h`;
}

/**
 * A compared field's `format` for an enum: the product's label of the value the server sent,
 * or the value itself when it is one the client does not know.
 */
export function labelledField(labels: Readonly<Record<string, string>>): (value: unknown) => string {
  return (value) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return Object.hasOwn(labels, text) ? labels[text] : text;
  };
}
