import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  CopyButton,
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
import { ErrorCode, SHARED_NOTES_MAX } from '@fulcrum/shared';
import { useEffect, useState } from 'react';
import { IconAlert, IconCheck, IconCopy } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { readProblem, type Problem } from '@/lib/errors';
import { UpdateSharedNotesDocument } from '../api/gql/graphql';
import { useOneOnOneScope, useReadProblem } from '../hooks/useOneOnOneScope';
import { useDebounced, useWarnBeforeUnload } from '../hooks/useDebouncedEffect';
import { sinceLabel } from '../utils/format';
import { Markdown } from './Markdown';

/** How long typing must pause before the notes save by themselves. */
const AUTOSAVE_MS = 1500;

interface Version {
  text: string;
  version: number;
}

/** The other person's newer notes met the viewer's unsaved draft: either on saving, or live. */
interface Conflict extends Version {
  /** `refused`: the server refused the save as stale; `incoming`: their save arrived while typing. */
  reason: 'refused' | 'incoming';
}

/**
 * The shared notes (Markdown): saved a moment after typing stops, each save over the version it
 * was written from. The other participant's saves replace the text as they arrive unless the
 * viewer has unsaved changes; then both versions are shown side by side, and the viewer chooses.
 * Nothing is ever overwritten or dropped without the viewer's say.
 */
export function SharedNotesPanel() {
  const { oneOnOne, canEdit, done, other, participant, flushNotes } = useOneOnOneScope();
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
  const [mode, setMode] = useState<'write' | 'preview'>('write');
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
      const read = readProblem(error);
      if (read.code === ErrorCode.CONFLICT) {
        const current = read.extensions.current as { sharedNotes?: unknown; sharedNotesVersion?: unknown } | undefined;
        if (current && typeof current.sharedNotes === 'string' && typeof current.sharedNotesVersion === 'number') {
          setConflict({
            text: current.sharedNotes,
            version: current.sharedNotesVersion,
            reason: 'refused',
          });
        }
        void readAndReload(error);
      } else if (read.fields.notes) {
        setFieldError(read.fields.notes);
      } else {
        setProblem(await readAndReload(error));
      }
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
              <Text size="xs" c={conflict || problem ? 'red' : 'dimmed'} data-testid="notes-status" aria-live="polite">
                {status}
              </Text>
              <SegmentedControl
                size="xs"
                value={mode}
                onChange={(value) => setMode(value as 'write' | 'preview')}
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
            {done && participant && dirty && <LostDraft draft={draft} />}
          </>
        ) : (
          <>
            {conflict && (
              <Alert
                color="orange"
                variant="light"
                icon={<IconAlert />}
                title="The other person saved the notes too"
                role="alert"
                data-testid="notes-conflict"
              >
                <Text size="sm">
                  {conflict.reason === 'refused'
                    ? `Your last save was not applied: ${other.firstName} saved the notes just before you.`
                    : `${other.firstName} saved the notes while you were writing.`}{' '}
                  Nothing is lost: your draft is on the left, what {other.firstName} saved is on the right. Copy what
                  you need into your draft, then choose.
                </Text>
                <Group mt="sm" gap="xs">
                  <Button size="xs" variant="default" onClick={takeTheirs} disabled={saving}>
                    Use theirs
                  </Button>
                  <Button
                    size="xs"
                    color="orange"
                    onClick={() => void save(draft, conflict.version)}
                    loading={saving}
                    disabled={tooLong}
                  >
                    Keep mine and save over
                  </Button>
                </Group>
              </Alert>
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
              {conflict && (
                <Stack gap={4}>
                  <Group justify="space-between">
                    <Text size="sm" fw={500}>
                      What {other.firstName} saved
                    </Text>
                    <CopyText text={conflict.text} label="Copy theirs" />
                  </Group>
                  <Textarea
                    aria-label={`What ${other.firstName} saved`}
                    value={conflict.text}
                    readOnly
                    autosize
                    minRows={8}
                    maxRows={28}
                    data-testid="notes-theirs"
                    styles={{
                      input: {
                        fontFamily: 'var(--mantine-font-family-monospace)',
                        fontSize: 13,
                        background: 'var(--mantine-color-orange-0)',
                      },
                    }}
                  />
                </Stack>
              )}
            </SimpleGrid>
            {problem && (
              <ProblemAlert error={problem} onRetry={() => void save(draft, base.version)} retrying={saving} />
            )}
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
        )}
      </Stack>
    </Card>
  );
}

function CopyText({ text, label }: { text: string; label: string }) {
  return (
    <CopyButton value={text}>
      {({ copied, copy }) => (
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={copied ? <IconCheck size={12} /> : <IconCopy size={12} />}
          onClick={copy}
        >
          {copied ? 'Copied' : label}
        </Button>
      )}
    </CopyButton>
  );
}

/** The 1:1 was completed before the viewer's last words were saved: they stay here to copy. */
function LostDraft({ draft }: { draft: string }) {
  return (
    <Alert color="orange" variant="light" icon={<IconAlert />} title="Your last notes were not saved" role="alert">
      <Text size="sm">
        The 1:1 was completed before your latest notes were saved, so its notes are now read only. Your draft is below:
        copy it into your private note or into the next 1:1.
      </Text>
      <Textarea mt="xs" value={draft} readOnly autosize minRows={3} maxRows={12} aria-label="Your unsaved draft" />
      <Group mt="xs">
        <CopyText text={draft} label="Copy my draft" />
      </Group>
    </Alert>
  );
}
