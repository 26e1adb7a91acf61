import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import { rebaseForm, type ComparedField, type RebasableForm } from './conflict';
import { applyFieldErrors } from './form';
import { leftoverFailure, type PlanFailure } from './planScope';

/** How a failed save is read (on the plan page: `useReadFailure()`). */
export type ReadFailure = (
  error: unknown,
  before?: Record<string, unknown>,
  compared?: readonly ComparedField[],
) => Promise<PlanFailure>;

export interface VersionedFormOptions<Base extends { version: number }, Current = Partial<Base>> {
  /** The version the edit starts from; null while nothing is being edited (or for a new object). */
  initial: Base | null;
  read: ReadFailure;
  /** The fields whose change a CONFLICT names, and the base as the server names them. */
  compared?: readonly ComparedField[];
  snapshot?: (base: Base) => Record<string, unknown>;
  /** The form: the server's field errors go under its inputs, and a CONFLICT moves it onto the current version. */
  form?: RebasableForm & { setFieldError: (path: string, error: string) => void };
  /** The fields the form has an input for (the rest of a field error is shown in the alert). */
  inputs?: readonly string[];
  /** Server field names that the form names otherwise (`stopHours` → `stop.hoursPerWeek`). */
  fieldNames?: Readonly<Record<string, string>>;
  /** The current version (`extensions.current` of a CONFLICT) as form values, by form path. */
  toValues?: (current: Current, base: Base) => Record<string, unknown>;
  /** The new base after a CONFLICT; by default the base with the current fields over it. */
  merge?: (base: Base, current: Current) => Base;
  /**
   * Shows a CONFLICT some other way than the alert (a text draft shows both versions): then the
   * failure is not kept.
   */
  onConflict?: (current: Current) => void;
}

/**
 * The edit of a versioned object: the version the draft started from (a save is checked against
 * it), the failure of the last save, and what a failure does to the form. A CONFLICT describes
 * what the other person changed and moves the form onto their version, keeping the inputs the
 * user changed; field errors go under their inputs; whatever no input shows stays in `failure`.
 */
export function useVersionedForm<Base extends { version: number }, Current = Partial<Base>>(
  options: VersionedFormOptions<Base, Current> & { initial: Base },
): VersionedForm<Base, Base>;
export function useVersionedForm<Base extends { version: number }, Current = Partial<Base>>(
  options: VersionedFormOptions<Base, Current>,
): VersionedForm<Base, Base | null>;
export function useVersionedForm<Base extends { version: number }, Current = Partial<Base>>(
  options: VersionedFormOptions<Base, Current>,
): VersionedForm<Base, Base | null> {
  const [base, setBase] = useState<Base | null>(options.initial);
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const { read, compared, snapshot, form, inputs = [], fieldNames, toValues, merge, onConflict } = options;

  const fail = useCallback(
    async (error: unknown): Promise<PlanFailure> => {
      const before = base ? (snapshot ? snapshot(base) : base) : undefined;
      const failed = renameFields(await read(error, before, compared), fieldNames);
      const current = failed.problem.extensions.current as Current | undefined;
      if (failed.kind === 'conflict' && base && current) {
        if (form && toValues) rebaseForm(form, toValues(current, base));
        setBase(merge ? merge(base, current) : { ...base, ...current });
        if (onConflict) {
          onConflict(current);
          return failed;
        }
      }
      if (failed.kind === 'fields' && form) applyFieldErrors(form, failed.problem, inputs);
      setFailure(form ? leftoverFailure(failed, inputs) : failed);
      return failed;
    },
    [base, read, compared, snapshot, form, inputs, fieldNames, toValues, merge, onConflict],
  );

  const start = useCallback((from: Base | null) => {
    setFailure(null);
    setBase(from);
  }, []);

  return { base, setBase, start, failure, setFailure, fail };
}

export interface VersionedForm<Base, Held extends Base | null> {
  /** The version the draft started from (null while nothing is being edited). */
  base: Held;
  setBase: (base: Held) => void;
  /** Starts editing from `from` (or stops with null), forgetting the last failure. */
  start: (from: Held) => void;
  /** What of the last failure no input shows. */
  failure: PlanFailure | null;
  setFailure: Dispatch<SetStateAction<PlanFailure | null>>;
  /** Reads a failed save and applies it (see above); resolves to the whole failure. */
  fail: (error: unknown) => Promise<PlanFailure>;
}

function renameFields(failure: PlanFailure, names: Readonly<Record<string, string>> | undefined): PlanFailure {
  if (!names || failure.kind !== 'fields') return failure;
  const fields = Object.fromEntries(Object.entries(failure.problem.fields).map(([k, m]) => [names[k] ?? k, m]));
  return { ...failure, problem: { ...failure.problem, fields } };
}
