import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Loader, Stack, Text, Textarea, ThemeIcon, Title } from '@mantine/core';
import { PRIVATE_NOTE_MAX } from '@fulcrum/shared';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { Problem } from '@/lib/errors';
import { SetPrivateNoteDocument } from '../api/gql/graphql';
import { useOneOnOneScope, useReadProblem } from '../hooks/useOneOnOneScope';
import { useDebounced, useWarnBeforeUnload } from '../hooks/useDebouncedEffect';
import { sinceLabel } from '../utils/format';
import { IconLock } from '@/components/icons';

const AUTOSAVE_MS = 1500;

/**
 * The viewer's own note on this 1:1. The server returns it to its author only; it is never
 * announced live, never in the other person's view, never in the promotion case. It stays
 * writable after the 1:1 is done.
 */
export function PrivateNotePanel() {
  const { oneOnOne, other } = useOneOnOneScope();
  const readProblem = useReadProblem();
  const stored = oneOnOne.myPrivateNote ?? '';
  const [draft, setDraft] = useState(stored);
  const [base, setBase] = useState(stored);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [save] = useMutation(SetPrivateNoteDocument);
  const dirty = draft !== base;
  const tooLong = draft.length > PRIVATE_NOTE_MAX;

  // Saved from another tab of the viewer's: take it unless something is being typed here (state
  // adjusted while rendering, React's pattern for following a changed prop; it settles at once).
  if (stored !== base && !saving) {
    if (!dirty) setDraft(stored);
    setBase(stored);
  }

  const run = async (text: string) => {
    setProblem(null);
    setSaving(true);
    try {
      const { data } = await save({ variables: { input: { oneOnOneId: oneOnOne.id, text } } });
      setBase(data?.setPrivateNote.myPrivateNote ?? text);
      setSavedAt(Date.now());
    } catch (error) {
      setProblem(await readProblem(error));
    } finally {
      setSaving(false);
    }
  };

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
        <Textarea
          aria-label="Private note"
          value={draft}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            setProblem(null);
          }}
          autosize
          minRows={5}
          maxRows={18}
          placeholder="What you want to remember, for yourself only."
          error={
            problem?.fields.text ??
            (tooLong
              ? `A private note is limited to ${PRIVATE_NOTE_MAX.toLocaleString()} characters: shorten it to save.`
              : undefined)
          }
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
    <Text size="xs" c="dimmed" data-testid="private-note-status" aria-live="polite">
      {saving ? (
        <Group gap={6} component="span" wrap="nowrap">
          <Loader size={12} />
          Saving…
        </Group>
      ) : dirty ? (
        'Unsaved: saving when you pause'
      ) : savedAt ? (
        `Saved ${sinceLabel(savedAt)}`
      ) : (
        ''
      )}
    </Text>
  );
}
