import { useMutation, useQuery } from '@apollo/client/react';
import { Button, CopyButton, Group, Modal, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { IconCalendar, IconCheck, IconCopy } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { notifySuccess } from '@/lib/notify';
import { CalendarFeedDocument, RotateCalendarFeedDocument } from '../api/gql/graphql';

/**
 * "Add to calendar": the viewer's secret iCalendar address (all their 1:1s), to subscribe to
 * from any calendar app, with a copy button and a reset that turns the old address off.
 */
export function CalendarFeedButton({ size = 'sm' }: { size?: 'xs' | 'sm' }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size={size} variant="default" leftSection={<IconCalendar size={16} />} onClick={() => setOpened(true)}>
        Add to calendar
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={<Text fw={600}>Your 1:1s in your calendar</Text>}
        centered
        size="lg"
      >
        {opened && <CalendarFeed />}
      </Modal>
    </>
  );
}

function CalendarFeed() {
  const { data, loading, error, refetch } = useQuery(CalendarFeedDocument, {
    fetchPolicy: 'network-only',
  });
  const [confirming, setConfirming] = useState(false);
  const [rotate, rotating] = useMutation(RotateCalendarFeedDocument, {
    refetchQueries: [CalendarFeedDocument],
    awaitRefetchQueries: true,
  });
  const url = data?.viewer?.calendarFeedUrl;

  const reset = async () => {
    try {
      await rotate();
      setConfirming(false);
      notifySuccess('Your calendar link was reset. Subscribe to the new one; the old one no longer works.');
    } catch {
      // Shown below from `rotating.error`.
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm">
        Subscribe to this address in Google Calendar ("From URL"), Outlook ("Subscribe from web") or Apple Calendar
        ("New calendar subscription"). It lists your upcoming and recent 1:1s, for every plan you are part of, and stays
        up to date.
      </Text>
      {url ? (
        <CalendarAddress url={url} />
      ) : loading ? (
        <Skeleton height={36} aria-label="Loading your calendar address" />
      ) : (
        error && <ProblemAlert error={error} onRetry={() => void refetch()} retrying={loading} />
      )}
      <Text size="xs" c="dimmed">
        Keep this address to yourself: whoever has it sees when your 1:1s are, who they are with and their agendas
        (never the notes). If it was shared by mistake, reset it.
      </Text>
      {rotating.error && <ProblemAlert error={rotating.error} />}
      {confirming ? (
        <Stack gap="xs" p="sm" bg="var(--mantine-color-red-0)" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Text size="sm" fw={500}>
            Reset the link? The current address stops working at once: calendars subscribed to it stop updating until
            you subscribe them to the new one.
          </Text>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setConfirming(false)} disabled={rotating.loading}>
              Cancel
            </Button>
            <Button size="xs" color="red" onClick={() => void reset()} loading={rotating.loading}>
              Reset link
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group>
          <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)} disabled={!url}>
            Reset link…
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The feed's address, selected on focus, with a copy button. */
function CalendarAddress({ url }: { url: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-end">
      <TextInput
        label="Calendar address"
        value={url}
        readOnly
        style={{ flex: 1 }}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="calendar-url"
      />
      <CopyButton value={url}>
        {({ copied, copy }) => (
          <Button
            onClick={copy}
            leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            color={copied ? 'teal' : undefined}
          >
            {copied ? 'Copied' : 'Copy'}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
