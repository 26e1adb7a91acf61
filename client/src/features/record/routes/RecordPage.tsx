import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useState } from 'react';
import { IconDownload, IconEye, IconFileText } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { downloadText, fileSlug, todayStamp } from '@/lib/download';
import { notifySuccess } from '@/lib/notify';
import { useViewer } from '@/lib/viewer/useViewer';
import { ExportMyRecordDocument, type ExportFormat } from '../api/gql/graphql';

const FORMATS: Record<ExportFormat, { extension: string; type: string; label: string; variant: 'filled' | 'light' }> = {
  JSON: { extension: 'json', type: 'application/json', label: 'JSON', variant: 'filled' },
  MARKDOWN: { extension: 'md', type: 'text/markdown', label: 'Markdown', variant: 'light' },
};

export function recordFileName(name: string, format: ExportFormat, now: Date = new Date()): string {
  return `fulcrum-record-${fileSlug(name)}-${todayStamp(now)}.${FORMATS[format].extension}`;
}

/** The viewer's own record (§4b), to take along: what is in it, and both downloads. */
export function RecordPage() {
  const { person } = useViewer();
  const client = useApolloClient();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [failed, setFailed] = useState<{ format: ExportFormat; error: unknown } | null>(null);

  const download = async (format: ExportFormat) => {
    setBusy(format);
    setFailed(null);
    try {
      // Always fresh: a record downloaded a minute ago may already be out of date.
      const { data } = await client.query({
        query: ExportMyRecordDocument,
        variables: { format },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('The record came back empty.');
      const name = recordFileName(person.name, format);
      downloadText(name, data.exportMyRecord, FORMATS[format].type);
      notifySuccess(`Saved as ${name}.`, 'Your record is downloaded');
    } catch (error) {
      setFailed({ format, error });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="lg" maw={820}>
      <Stack gap={2}>
        <Title order={1} fz={26}>
          My record
        </Title>
        <Text c="dimmed">
          Your growth record belongs to you. It follows you through a change of manager, and you can take it with you.
        </Text>
      </Stack>

      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <RecordContents />
          <Group gap="sm">
            {(['JSON', 'MARKDOWN'] as const).map((format) => (
              <Button
                key={format}
                variant={FORMATS[format].variant}
                leftSection={<IconDownload size={16} />}
                onClick={() => void download(format)}
                loading={busy === format}
                disabled={busy !== null && busy !== format}
              >
                {`Download ${FORMATS[format].label}`}
              </Button>
            ))}
          </Group>
          <Text size="xs" c="dimmed">
            JSON keeps every field for another tool; Markdown reads as a document.
          </Text>
          {failed && (
            <ProblemAlert
              error={failed.error}
              onRetry={() => void download(failed.format)}
              retrying={busy === failed.format}
            />
          )}
        </Stack>
      </Card>
    </Stack>
  );
}

/** What the record holds, and what it never holds (anyone else's private notes). */
function RecordContents() {
  return (
    <>
      <Group gap="sm">
        <ThemeIcon variant="light" size={36} radius="md">
          <IconFileText size={20} />
        </ThemeIcon>
        <Title order={2} fz="lg">
          What is in it
        </Title>
      </Group>
      <List size="sm" spacing={6}>
        <List.Item>
          <b>Your growth plans</b>: the signals as you and your manager rated them, gaps, the week, change goals, the
          delegations you made and their check-ins, help requests, quarterly reflections and the promotion narrative.
        </List.Item>
        <List.Item>
          <b>The shared part of your 1:1s</b>: agendas, shared notes and action items.
        </List.Item>
        <List.Item>
          <b>What was delegated to you</b>, with every check-in on it.
        </List.Item>
        <List.Item>
          <b>Your own private 1:1 notes</b>, which only you ever see.
        </List.Item>
      </List>
      <Alert color="gray" variant="light" icon={<IconEye />} p="sm">
        <Text size="sm">
          Nobody else's private notes are in it: what your manager writes privately stays theirs, as yours stay yours.
          Only you can download your record.
        </Text>
      </Alert>
    </>
  );
}
