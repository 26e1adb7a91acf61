import { Alert, Button, CopyButton, Group, Loader, Stack, Text, Textarea, type TextareaProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconAlert, IconCheck, IconCopy } from '@/components/icons';
import type { useSharedNotes } from '../hooks/useSharedNotes';

export function CopyText({ text, label }: { text: string; label: string }) {
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
export function LostDraft({ draft }: { draft: string }) {
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

/** The other participant saved too: what happened, and the two ways out. */
export function NotesConflictAlert({
  notes: { conflict, draft, saving, tooLong, save, takeTheirs },
  otherName,
}: {
  notes: ReturnType<typeof useSharedNotes>;
  otherName: string;
}) {
  if (!conflict) return null;
  return (
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
          ? `Your last save was not applied: ${otherName} saved the notes just before you.`
          : `${otherName} saved the notes while you were writing.`}{' '}
        Nothing is lost: your draft is on the left, what {otherName} saved is on the right. Copy what you need into your
        draft, then choose.
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
  );
}

/** What the other participant saved, beside the viewer's draft, to copy from. */
export function TheirNotes({ text, otherName }: { text: string; otherName: string }) {
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          What {otherName} saved
        </Text>
        <CopyText text={text} label="Copy theirs" />
      </Group>
      <Textarea
        aria-label={`What ${otherName} saved`}
        value={text}
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
  );
}

/** A note's text box: typing replaces the draft; a draft too long to save says so under it. */
export function NoteTextarea({
  draft,
  onType,
  fieldError,
  tooLong,
  tooLongMessage,
  ...props
}: Omit<TextareaProps, 'value' | 'onChange' | 'error'> & {
  draft: string;
  onType: (text: string) => void;
  /** The server's word on the text, first. */
  fieldError: string | null | undefined;
  tooLong: boolean;
  tooLongMessage: string;
}) {
  return (
    <Textarea
      value={draft}
      onChange={(event) => onType(event.currentTarget.value)}
      autosize
      error={fieldError ?? (tooLong ? tooLongMessage : undefined)}
      {...props}
    />
  );
}

/** Where saving a note stands, for screen readers too: "Saving…" with a spinner, or `children`. */
export function SavingStatus({
  saving,
  failed = false,
  testId,
  children,
}: {
  saving: boolean;
  failed?: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Text size="xs" c={failed ? 'red' : 'dimmed'} data-testid={testId} aria-live="polite">
      {saving ? (
        <Group gap={6} component="span" wrap="nowrap">
          <Loader size={12} />
          Saving…
        </Group>
      ) : (
        children
      )}
    </Text>
  );
}
