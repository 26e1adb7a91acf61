import { Alert, Button, CopyButton, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconAlert, IconCheck, IconCopy } from '@/components/icons';

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
  conflict,
  otherName,
  saving,
  disabled,
  onTakeTheirs,
  onKeepMine,
}: {
  conflict: { reason: 'refused' | 'incoming' };
  otherName: string;
  saving: boolean;
  disabled: boolean;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}) {
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
        <Button size="xs" variant="default" onClick={onTakeTheirs} disabled={saving}>
          Use theirs
        </Button>
        <Button size="xs" color="orange" onClick={onKeepMine} loading={saving} disabled={disabled}>
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
