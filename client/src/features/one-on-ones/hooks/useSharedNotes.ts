import { useMutation } from '@apollo/client/react';
import { ErrorCode, SHARED_NOTES_MAX } from '@fulcrum/shared';
import { useEffect, useState } from 'react';
import { readProblem, type Problem } from '@/lib/errors';
import { UpdateSharedNotesDocument } from '../api/gql/graphql';
import { useDebounced, useWarnBeforeUnload } from './useDebouncedEffect';
import { useOneOnOneScope, useReadProblem } from './useOneOnOneScope';

/** How long typing must pause before the notes save by themselves. */
const AUTOSAVE_MS = 1500;

interface Version {
  text: string;
  version: number;
}

/** The other person's newer notes met the viewer's unsaved draft: either on saving, or live. */
export interface Conflict extends Version {
  /** `refused`: the server refused the save as stale; `incoming`: their save arrived while typing. */
  reason: 'refused' | 'incoming';
}

/**
 * The draft of the shared notes and the version it was written from: saved a moment after typing
 * stops, each save over that version. The other participant's saves replace an untouched draft;
 * over unsaved changes they become a conflict the viewer settles.
 */
export function useSharedNotes() {
  const { oneOnOne, canEdit, flushNotes } = useOneOnOneScope();
  const readAndReload = useReadProblem();
  const server: Version = { text: oneOnOne.sharedNotes, version: oneOnOne.sharedNotesVersion };
  const [draft, setDraft] = useState(server.text);
  // The version the draft was written from: what a save is checked against.
  const [base, setBase] = useState<Version>(server);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [update] = useMutation(UpdateSharedNotesDocument);
  const dirty = draft !== base.text;

  // The server moved on (the other participant saved, or this viewer in another tab).
  useEffect(() => {
    if (server.version <= base.version || saving) return;
    if (server.text === draft) {
      setBase(server);
      setConflict(null);
    } else if (!dirty) {
      setDraft(server.text);
      setBase(server);
    } else if (!conflict || conflict.version !== server.version) {
      setConflict({ ...server, reason: conflict?.reason ?? 'incoming' });
    }
  }, [server.text, server.version, base.version, saving, draft, dirty, conflict]);

  const save = async (text: string, version: number): Promise<boolean> => {
    setProblem(null);
    setFieldError(null);
    setSaving(true);
    try {
      const { data } = await update({
        variables: { input: { oneOnOneId: oneOnOne.id, version, notes: text } },
      });
      if (data) {
        setBase({
          text: data.updateSharedNotes.sharedNotes,
          version: data.updateSharedNotes.sharedNotesVersion,
        });
        setConflict(null);
        setSavedAt(Date.now());
      }
      return true;
    } catch (error) {
      const failed = await readNotesFailure(error, readAndReload);
      if (failed.conflict) setConflict(failed.conflict);
      setFieldError(failed.fieldError);
      setProblem(failed.problem);
      return false;
    } finally {
      setSaving(false);
    }
  };

  const tooLong = draft.length > SHARED_NOTES_MAX;
  useEffect(() => {
    flushNotes.current = async () =>
      !canEdit || !dirty ? true : conflict || tooLong ? false : save(draft, base.version);
    return () => {
      flushNotes.current = null;
    };
  });
  useDebounced(
    () => void save(draft, base.version),
    draft,
    AUTOSAVE_MS,
    canEdit && dirty && !conflict && !saving && !tooLong && !problem,
  );
  useWarnBeforeUnload(canEdit && dirty);

  const takeTheirs = () => {
    if (!conflict) return;
    setDraft(conflict.text);
    setBase({ text: conflict.text, version: conflict.version });
    setConflict(null);
  };

  return {
    draft,
    setDraft,
    base,
    conflict,
    saving,
    savedAt,
    problem,
    setProblem,
    fieldError,
    dirty,
    tooLong,
    save,
    takeTheirs,
  };
}

/** A refused save: their version (CONFLICT), the error under the input, or a problem to show. */
async function readNotesFailure(
  error: unknown,
  readAndReload: (error: unknown) => Promise<Problem>,
): Promise<{ conflict?: Conflict; fieldError: string | null; problem: Problem | null }> {
  const read = readProblem(error);
  if (read.code === ErrorCode.CONFLICT) {
    const current = read.extensions.current as { sharedNotes?: unknown; sharedNotesVersion?: unknown } | undefined;
    void readAndReload(error);
    return current && typeof current.sharedNotes === 'string' && typeof current.sharedNotesVersion === 'number'
      ? {
          conflict: { text: current.sharedNotes, version: current.sharedNotesVersion, reason: 'refused' },
          fieldError: null,
          problem: null,
        }
      : { fieldError: null, problem: null };
  }
  if (read.fields.notes) return { fieldError: read.fields.notes, problem: null };
  return { fieldError: null, problem: await readAndReload(error) };
}
