import { Button, Group, Paper, SegmentedControl, SimpleGrid, Text } from '@mantine/core';
import { SHARED_NOTES_MAX } from '@fulcrum/shared';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useOneOnOneScope } from '../hooks/useOneOnOneScope';
import { sinceLabel } from '../utils/format';
import { Markdown } from '@/components/Markdown';
import { LostDraft, NoteTextarea, NotesConflictAlert, SavingStatus, TheirNotes } from './NotesParts';
import { useSharedNotes } from '../hooks/useSharedNotes';
import { OneOnOnePanel } from './OneOnOnePanel';

type Notes = ReturnType<typeof useSharedNotes>;

/** The editor's two views of the draft: the text, or the Markdown it renders to. */
type View = 'write' | 'preview';
const VIEWS: { value: View; label: string }[] = [
  { value: 'write', label: 'Write' },
  { value: 'preview', label: 'Preview' },
];

/**
 * The shared notes (Markdown): saved a moment after typing stops, each save over the version it
 * was written from. The other participant's saves replace the text as they arrive unless the
 * viewer has unsaved changes; then both versions are shown side by side, and the viewer chooses.
 * Nothing is ever overwritten or dropped without the viewer's say.
 */
export function SharedNotesPanel() {
  const { oneOnOne, canEdit, done, other, participant } = useOneOnOneScope();
  const notes = useSharedNotes();
  const [view, setView] = useState<View>('write');

  return (
    <OneOnOnePanel
      testId="shared-notes"
      title="Shared notes"
      summary={
        <>
          {participant
            ? `You and ${other.firstName} both see and edit these`
            : `Written by ${other.firstName} and their manager`}
          ; Markdown works.
        </>
      }
      controls={
        canEdit && (
          <Group gap="sm">
            <NotesStatus notes={notes} />
            <SegmentedControl size="xs" value={view} onChange={setView} data={VIEWS} aria-label="Notes view" />
          </Group>
        )
      }
    >
      {!canEdit ? (
        <>
          <Paper bg="var(--mantine-color-gray-0)" p="md" radius="md" data-testid="notes-view">
            <Markdown text={oneOnOne.sharedNotes} empty="No shared notes were written." />
          </Paper>
          {done && participant && notes.dirty && <LostDraft draft={notes.draft} />}
        </>
      ) : (
        <NotesEditor notes={notes} view={view} otherName={other.firstName} />
      )}
    </OneOnOnePanel>
  );
}

/** Where the saving stands, beside the Write / Preview switch. */
function NotesStatus({ notes: { saving, conflict, problem, dirty, savedAt } }: { notes: Notes }) {
  return (
    <SavingStatus saving={saving} failed={!!conflict || !!problem} testId="notes-status">
      {conflict
        ? 'Not saved: see below'
        : problem
          ? 'Not saved'
          : dirty
            ? 'Unsaved changes: saving when you pause'
            : savedAt
              ? `All changes saved ${sinceLabel(savedAt)}`
              : 'Saved'}
    </SavingStatus>
  );
}

/** The editable notes: the draft (or its preview), their version beside it in a conflict, saving. */
function NotesEditor({ notes, view, otherName }: { notes: Notes; view: View; otherName: string }) {
  const { draft, edit, base, conflict, saving, problem, fieldError, dirty, tooLong, save } = notes;
  return (
    <>
      <NotesConflictAlert notes={notes} otherName={otherName} />
      <SimpleGrid cols={{ base: 1, md: conflict ? 2 : 1 }} spacing="sm">
        {view === 'write' ? (
          <NoteTextarea
            label={conflict ? 'Your draft' : undefined}
            aria-label={conflict ? undefined : 'Shared notes'}
            draft={draft}
            onType={edit}
            minRows={8}
            maxRows={28}
            placeholder={
              'What you agreed, what to try, what to check next time.\n\n- Use lists\n- **bold** for decisions'
            }
            fieldError={fieldError}
            tooLong={tooLong}
            tooLongMessage={`Notes are limited to ${SHARED_NOTES_MAX.toLocaleString()} characters: shorten them to save.`}
            data-testid="notes-editor"
            styles={{
              input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 },
            }}
          />
        ) : (
          <Paper withBorder p="md" radius="md" mih={180} data-testid="notes-preview">
            <Markdown text={draft} />
          </Paper>
        )}
        {conflict && <TheirNotes text={conflict.text} otherName={otherName} />}
      </SimpleGrid>
      {problem && <ProblemAlert error={problem} onRetry={() => void save(draft, base.version)} retrying={saving} />}
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {draft.length > SHARED_NOTES_MAX * 0.9
            ? `${draft.length.toLocaleString()} / ${SHARED_NOTES_MAX.toLocaleString()} characters`
            : ''}
        </Text>
        {!conflict && (
          <Button
            size="xs"
            variant="light"
            onClick={() => void save(draft, base.version)}
            disabled={!dirty || tooLong}
            loading={saving}
          >
            Save now
          </Button>
        )}
      </Group>
    </>
  );
}
