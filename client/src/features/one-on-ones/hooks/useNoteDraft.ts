import { useState } from 'react';
import type { Problem } from '@/lib/errors';

/** How long typing must pause before a note saves by itself. */
export const AUTOSAVE_MS = 1500;

/**
 * A note being written and saved (the shared notes, the private note): the draft, whether a save
 * runs, when the last one went through, and what stopped the last one. Typing (`edit`) clears that
 * problem. `saveWith` runs one save: `work` resolves once it went through; a failure is read by
 * `readFailure` into the problem to show (null when it is shown otherwise).
 */
export function useNoteDraft(initial: string) {
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const edit = (text: string) => {
    setDraft(text);
    setProblem(null);
  };
  const saveWith = async (
    work: () => Promise<unknown>,
    readFailure: (error: unknown) => Promise<Problem | null>,
  ): Promise<boolean> => {
    setProblem(null);
    setSaving(true);
    try {
      await work();
      setSavedAt(Date.now());
      return true;
    } catch (error) {
      setProblem(await readFailure(error));
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { draft, setDraft, edit, saving, savedAt, problem, saveWith };
}
