import { ErrorCode, OneOnOneStatus } from '@fulcrum/shared';
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { readProblem, type Problem } from '@/lib/errors';
import { OneOnOneDocument, type OneOnOneDetailFragment } from '../api/gql/graphql';
import { firstName } from '@/lib/format';

/** Mutation options of every 1:1 change: the 1:1 reloads, so every panel agrees. */
export const RELOAD_ONE_ON_ONE = { refetchQueries: [OneOnOneDocument], awaitRefetchQueries: true };

export interface Participant {
  id: string;
  name: string;
  firstName: string;
}

/** The open 1:1, who the viewer is in it, and what they may do. */
export interface OneOnOneScope {
  oneOnOne: OneOnOneDetailFragment;
  plan: OneOnOneDetailFragment['plan'];
  viewerId: string;
  /** The plan's owner or direct manager: the two who work in the 1:1. */
  participant: boolean;
  done: boolean;
  /** Agenda, shared notes and new action items: participants, while the 1:1 is upcoming. */
  canEdit: boolean;
  /** The other participant (for a participant), or the report (for a manager higher up). */
  other: Participant;
  /** Both participants: the report first. */
  participants: [Participant, Participant];
  /** Reloads the 1:1 from the server. */
  reload: () => Promise<unknown>;
  /**
   * Saves the viewer's unsaved shared notes now (through the notes editor); resolves false when
   * they could not be saved (a conflict to settle first). Completing the 1:1 calls it first.
   */
  flushNotes: NotesFlush['flushNotes'];
  /** The notes editor registers how to save its draft (null when it goes away). */
  setNotesFlush: NotesFlush['setNotesFlush'];
}

export interface NotesFlush {
  flushNotes: () => Promise<boolean>;
  setNotesFlush: (flush: (() => Promise<boolean>) | null) => void;
}

/**
 * The link between the notes editor and whoever must save its draft first: the editor sets the
 * saver while it is mounted, `flushNotes` runs it (or resolves true when there is no editor).
 */
export function useNotesFlush(): NotesFlush {
  const saver = useRef<(() => Promise<boolean>) | null>(null);
  return useMemo(
    () => ({
      flushNotes: () => saver.current?.() ?? Promise.resolve(true),
      setNotesFlush: (flush) => {
        saver.current = flush;
      },
    }),
    [],
  );
}

export const OneOnOneScopeContext = createContext<OneOnOneScope | null>(null);

export function useOneOnOneScope(): OneOnOneScope {
  const scope = useContext(OneOnOneScopeContext);
  if (!scope) throw new Error('useOneOnOneScope is only available in 1:1 mode');
  return scope;
}

function participantOf(person: { id: string; name: string }): Participant {
  return { id: person.id, name: person.name, firstName: firstName(person.name) };
}

export function oneOnOneScope(
  oneOnOne: OneOnOneDetailFragment,
  viewerId: string,
  reload: () => Promise<unknown>,
  { flushNotes, setNotesFlush }: NotesFlush,
): OneOnOneScope {
  const { plan } = oneOnOne;
  const owner = participantOf(plan.owner);
  const manager = participantOf(plan.manager);
  const participant = viewerId === owner.id || viewerId === manager.id;
  const done = oneOnOne.status === OneOnOneStatus.DONE;
  return {
    oneOnOne,
    plan,
    viewerId,
    participant,
    done,
    canEdit: participant && !done,
    other: viewerId === owner.id ? manager : owner,
    participants: [owner, manager],
    reload,
    flushNotes,
    setNotesFlush,
  };
}

/**
 * Reads a failed 1:1 mutation. Whatever says the page is behind (a conflict, a 1:1 just completed
 * or removed) reloads the 1:1 first, so the user sees what is true now next to the explanation.
 */
export function useReadProblem() {
  const { reload } = useOneOnOneScope();
  return useCallback(
    async (error: unknown): Promise<Problem> => {
      const problem = readProblem(error);
      if (
        problem.code === ErrorCode.CONFLICT ||
        problem.code === ErrorCode.INVALID_TRANSITION ||
        problem.code === ErrorCode.NOT_FOUND ||
        problem.code === ErrorCode.FORBIDDEN
      ) {
        await reload().catch(() => undefined);
      }
      return problem;
    },
    [reload],
  );
}

/**
 * Runs a change of the 1:1 and keeps its refusal as `problem` (read as `useReadProblem` does),
 * unless `showOnFields` puts it under the form's fields and answers that nothing is left to say.
 * `run` resolves whether the change went through.
 */
export function useOneOnOneChange() {
  const readProblem = useReadProblem();
  const [problem, setProblem] = useState<Problem | null>(null);
  const run = async (work: () => Promise<unknown>, showOnFields?: (problem: Problem) => boolean): Promise<boolean> => {
    setProblem(null);
    try {
      await work();
      return true;
    } catch (error) {
      const read = await readProblem(error);
      if (!showOnFields?.(read)) setProblem(read);
      return false;
    }
  };
  return { problem, run };
}
