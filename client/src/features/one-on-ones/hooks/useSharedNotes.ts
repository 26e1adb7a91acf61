import { useMutation } from '@apollo/client/react';
import { ErrorCode, SHARED_NOTES_MAX } from '@fulcrum/shared';
import { useEffect, useState } from 'react';
import { readProblem, type Problem } from '@/lib/errors';
import { UpdateSharedNotesDocument } from '../api/gql/graphql';
import { useDebounced, useWarnBeforeUnload } from './useDebouncedEffect';
import { AUTOSAVE_MS, useNoteDraft } from './useNoteDraft';
import { useOneOnOneScope, useReadProblem } from './useOneOnOneScope';

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
  const { oneOnOne, canEdit } = useOneOnOneScope();
  const readAndReload = useReadProblem();
  const server: Version = { text: oneOnOne.sharedNotes, version: oneOnOne.sharedNotesVersion };
  const { draft, setDraft, edit, saving, savedAt, problem, saveWith } = useNoteDraft(server.text);
  // The version the draft was written from: what a save is checked against.
  const [base, setBase] = useState<Version>(server);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [update] = useMutation(UpdateSharedNotesDocument);
  const dirty = draft !== base.text;
  /** The draft is now written over `version`, with nothing left to settle. */
  const settle = (version: Version) => {
    setBase(version);
    setConflict(null);
  };

  // The server moved on (the other participant saved, or this viewer in another tab): the state
  // follows while rendering (React's pattern for state derived from changed props); each branch
  // settles, so the next render changes nothing.
  if (server.version > base.version && !saving) {
    if (server.text === draft) settle(server);
    else if (!dirty) {
      setDraft(server.text);
      setBase(server);
    } else if (conflict?.version !== server.version) {
      setConflict({ ...server, reason: conflict?.reason ?? 'incoming' });
    }
  }

  const save = (text: string, version: number): Promise<boolean> => {
    setFieldError(null);
    return saveWith(
      async () => {
        const { data } = await update({
          variables: { input: { oneOnOneId: oneOnOne.id, version, notes: text } },
        });
        if (data)
          settle({ text: data.updateSharedNotes.sharedNotes, version: data.updateSharedNotes.sharedNotesVersion });
      },
      async (error) => {
        const failed = await readNotesFailure(error, readAndReload);
        if (failed.conflict) setConflict(failed.conflict);
        setFieldError(failed.fieldError);
        return failed.problem;
      },
    );
  };

  const tooLong = draft.length > SHARED_NOTES_MAX;
  useAutosave({
    draft,
    pending: canEdit && dirty,
    blocked: !!conflict || tooLong,
    idle: !saving && !problem,
    saveDraft: () => save(draft, base.version),
  });

  const takeTheirs = () => {
    if (!conflict) return;
    setDraft(conflict.text);
    settle({ text: conflict.text, version: conflict.version });
  };

  return {
    draft,
    edit,
    base,
    conflict,
    saving,
    savedAt,
    problem,
    fieldError,
    dirty,
    tooLong,
    save,
    takeTheirs,
  };
}

/**
 * Saves the draft by itself a moment after typing stops, and on demand (completing the 1:1 saves
 * it first); asks before the tab closes over unsaved notes. `pending`: unsaved changes the viewer
 * may save; `blocked`: they cannot be saved as they are (a conflict, too long); `idle`: no save
 * running and no problem showing.
 */
function useAutosave({
  draft,
  pending,
  blocked,
  idle,
  saveDraft,
}: {
  draft: string;
  pending: boolean;
  blocked: boolean;
  idle: boolean;
  saveDraft: () => Promise<boolean>;
}): void {
  const { setNotesFlush } = useOneOnOneScope();
  useEffect(() => {
    setNotesFlush(() => (!pending ? Promise.resolve(true) : blocked ? Promise.resolve(false) : saveDraft()));
    return () => setNotesFlush(null);
  });
  useDebounced(() => void saveDraft(), draft, AUTOSAVE_MS, pending && !blocked && idle);
  useWarnBeforeUnload(pending);
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
