import {
  Button,
  Card,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { SHARED_NOTES_MAX } from '@fulcrum/shared';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useOneOnOneScope } from '../hooks/useOneOnOneScope';
import { sinceLabel } from '../utils/format';
import { Markdown } from '@/components/Markdown';
import { LostDraft, NotesConflictAlert, TheirNotes } from './NotesParts';
import { useSharedNotes } from '../hooks/useSharedNotes';

type Notes = ReturnType<typeof useSharedNotes>;

/**
 * The shared notes (Markdown): saved a moment after typing stops, each save over the version it
 * was written from. The other participant's saves replace the text as they arrive unless the
 * viewer has unsaved changes; then both versions are shown side by side, and the viewer chooses.
 * Nothing is ever overwritten or dropped without the viewer's say.
 */
export function SharedNotesPanel() {
  const { oneOnOne, canEdit, done, other, participant } = useOneOnOneScope();
  const notes = useSharedNotes();
  const [mode, setMode] = useState<'write' | 'preview'>('write');

  return (
    <Card withBorder padding="lg" data-testid="shared-notes">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} fz="lg">
              Shared notes
            </Title>
            <Text size="sm" c="dimmed">
              {participant
                ? `You and ${other.firstName} both see and edit these`
                : `Written by ${other.firstName} and their manager`}
              ; Markdown works.
            </Text>
          </div>
          {canEdit && (
            <Group gap="sm">
              <NotesStatus notes={notes} />
              <SegmentedControl
                size="xs"
                value={mode}
                onChange={setMode}
                data={[
                  { value: 'write', label: 'Write' },
                  { value: 'preview', label: 'Preview' },
                ]}
                aria-label="Notes view"
              />
            </Group>
          )}
        </Group>

        {!canEdit ? (
          <>
            <Paper bg="var(--mantine-color-gray-0)" p="md" radius="md" data-testid="notes-view">
              <Markdown text={oneOnOne.sharedNotes} empty="No shared notes were written." />
            </Paper>
            {done && participant && notes.dirty && <LostDraft draft={notes.draft} />}
          </>
        ) : (
          <NotesEditor notes={notes} mode={mode} otherName={other.firstName} />
        )}
      </Stack>
    </Card>
  );
}

/** Where the saving stands, beside the Write / Preview switch. */
function NotesStatus({ notes: { saving, conflict, problem, dirty, savedAt } }: { notes: Notes }) {
  const status = saving ? (
    <Group gap={6} wrap="nowrap">
      <Loader size={12} />
      <span>Saving…</span>
    </Group>
  ) : conflict ? (
    'Not saved: see below'
  ) : problem ? (
    'Not saved'
  ) : dirty ? (
    'Unsaved changes: saving when you pause'
  ) : savedAt ? (
    `All changes saved ${sinceLabel(savedAt)}`
  ) : (
    'Saved'
  );
  return (
    <Text size="xs" c={conflict || problem ? 'red' : 'dimmed'} data-testid="notes-status" aria-live="polite">
      {status}
    </Text>
  );
}

/** The editable notes: the draft (or its preview), their version beside it in a conflict, saving. */
function NotesEditor({ notes, mode, otherName }: { notes: Notes; mode: 'write' | 'preview'; otherName: string }) {
  const { draft, setDraft, base, conflict, saving, problem, setProblem, fieldError, dirty, tooLong, save, takeTheirs } =
    notes;
  return (
    <>
      {conflict && (
        <NotesConflictAlert
          conflict={conflict}
          otherName={otherName}
          saving={saving}
          disabled={tooLong}
          onTakeTheirs={takeTheirs}
          onKeepMine={() => void save(draft, conflict.version)}
        />
      )}
      <SimpleGrid cols={{ base: 1, md: conflict ? 2 : 1 }} spacing="sm">
        {mode === 'write' ? (
          <Textarea
            label={conflict ? 'Your draft' : undefined}
            aria-label={conflict ? undefined : 'Shared notes'}
            value={draft}
            onChange={(event) => {
              setDraft(event.currentTarget.value);
              setProblem(null);
            }}
            autosize
            minRows={8}
            maxRows={28}
            placeholder={
              'What you agreed, what to try, what to check next time.\n\n- Use lists\n- **bold** for decisions'
            }
            error={
              fieldError ??
              (tooLong
                ? `Notes are limited to ${SHARED_NOTES_MAX.toLocaleString()} characters: shorten them to save.`
                : undefined)
            }
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
