import type { VersionedForm } from '@/lib/useVersionedForm';

interface Versioned {
  id: string;
  version: number;
}

interface AddOrEdit<Values, Base extends Versioned, Changes> {
  /** What an edit changes of the version it started from; null when nothing changed (nothing is sent). */
  changes: (values: Values, base: Base) => Changes | null;
  add: (values: Values) => Promise<void>;
  update: (input: Versioned & Changes, values: Values) => Promise<void>;
}

/**
 * The submit of a form that adds an item, or edits one from the version it was opened at: saves,
 * then closes; a refusal stays on the form (`versioned.fail`).
 */
export function saveAddOrEdit<Values, Base extends Versioned, Changes>(
  { base, setFailure, fail }: Pick<VersionedForm<Base, Base | null>, 'base' | 'setFailure' | 'fail'>,
  onDone: () => void,
  { changes, add, update }: AddOrEdit<Values, Base, Changes>,
) {
  return async (values: Values) => {
    setFailure(null);
    try {
      if (!base) await add(values);
      else {
        const changed = changes(values, base);
        if (changed) await update({ id: base.id, version: base.version, ...changed }, values);
      }
      onDone();
    } catch (error) {
      await fail(error);
    }
  };
}
