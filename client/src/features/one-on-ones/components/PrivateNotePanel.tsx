import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { PRIVATE_NOTE_MAX } from '@fulcrum/shared';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SetPrivateNoteDocument } from '../api/gql/graphql';
import { useOneOnOneScope, useReadProblem } from '../hooks/useOneOnOneScope';
import { useDebounced, useWarnBeforeUnload } from '../hooks/useDebouncedEffect';
import { AUTOSAVE_MS, useNoteDraft } from '../hooks/useNoteDraft';
import { sinceLabel } from '../utils/format';
import { IconLock } from '@/components/icons';
import { NoteTextarea, SavingStatus } from './NotesParts';

/**
 * The viewer's own note on this 1:1. The server returns it to its author only; it is never
 * announced live, never in the other person's view, never in the promotion case. It stays
 * writable after the 1:1 is done.
 */
export function PrivateNotePanel() {
  const { oneOnOne, other } = useOneOnOneScope();
  const readProblem = useReadProblem();
  const stored = oneOnOne.myPrivateNote ?? '';
  const { draft, setDraft, edit, saving, savedAt, problem, saveWith } = useNoteDraft(stored);
  const [base, setBase] = useState(stored);
  const [save] = useMutation(SetPrivateNoteDocument);
  const dirty = draft !== base;
  const tooLong = draft.length > PRIVATE_NOTE_MAX;

  // Saved from another tab of the viewer's: take it unless something is being typed here (state
  // adjusted while rendering, React's pattern for following a changed prop; it settles at once).
  if (stored !== base && !saving) {
    if (!dirty) setDraft(stored);
    setBase(stored);
  }

  const run = (text: string) =>
    saveWith(async () => {
      const { data } = await save({ variables: { input: { oneOnOneId: oneOnOne.id, text } } });
      setBase(data?.setPrivateNote.myPrivateNote ?? text);
    }, readProblem);

  useDebounced(() => void run(draft), draft, AUTOSAVE_MS, dirty && !saving && !tooLong && !problem);
  useWarnBeforeUnload(dirty);

  return (
    <Card
      withBorder
      padding="lg"
      data-testid="private-note"
      style={{ borderColor: 'var(--mantine-color-gray-4)', borderStyle: 'dashed' }}
    >
      <Stack gap="sm">
        <PrivateNoteHeading otherName={other.firstName} />
        <NoteTextarea
          aria-label="Private note"
          draft={draft}
          onType={edit}
          minRows={5}
          maxRows={18}
          placeholder="What you want to remember, for yourself only."
          fieldError={problem?.fields.text}
          tooLong={tooLong}
          tooLongMessage={`A private note is limited to ${PRIVATE_NOTE_MAX.toLocaleString()} characters: shorten it to save.`}
          bg="transparent"
        />
        {problem && !problem.fields.text && (
          <ProblemAlert error={problem} onRetry={() => void run(draft)} retrying={saving} />
        )}
        <Group justify="space-between" wrap="nowrap">
          <PrivateNoteStatus saving={saving} dirty={dirty} savedAt={savedAt} />
          <Button
            size="xs"
            variant="light"
            color="dark"
            onClick={() => void run(draft)}
            disabled={!dirty || tooLong}
            loading={saving}
          >
            Save
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** What the note is, and the promise that no one else reads it. */
function PrivateNoteHeading({ otherName }: { otherName: string }) {
  return (
    <>
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon variant="light" color="dark" radius="md" size={32}>
          <IconLock size={18} />
        </ThemeIcon>
        <div>
          <Title order={2} fz="lg">
            Private note
          </Title>
          <Text size="sm" fw={600} data-testid="private-note-lock">
            Only you can see this.
          </Text>
        </div>
      </Group>
      <Text size="xs" c="dimmed">
        Not {otherName}, not managers above, not the shared notes or the promotion case. Only your own export includes
        it.
      </Text>
    </>
  );
}

function PrivateNoteStatus({ saving, dirty, savedAt }: { saving: boolean; dirty: boolean; savedAt: number | null }) {
  return (
    <SavingStatus saving={saving} testId="private-note-status">
      {dirty ? 'Unsaved: saving when you pause' : savedAt ? `Saved ${sinceLabel(savedAt)}` : ''}
    </SavingStatus>
  );
}
