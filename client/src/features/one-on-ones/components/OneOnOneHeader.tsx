import { useMutation } from '@apollo/client/react';
import { Alert, Avatar, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { IconAlert, IconCheck, IconEye, IconRefresh } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { Problem } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import { CompleteOneOnOneDocument } from '../api/gql/graphql';
import type { Live } from '../hooks/useOneOnOneLive';
import { RELOAD_ONE_ON_ONE, useOneOnOneScope, useReadProblem } from '../hooks/useOneOnOneScope';
import { formatDateTime, sinceLabel } from '../utils/format';
import { ConfirmModal } from '@/components/ConfirmModal';

/** Who meets when, where the 1:1 stands, who can see what, and the live connection. */
export function OneOnOneHeader({ live }: { live: Live }) {
  const { participant, participants, other, done, canEdit } = useOneOnOneScope();
  const { confirming, setConfirming, problem, blocked, loading, open, finish } = useCompleteOneOnOne();
  const [owner, manager] = participants;

  return (
    <Card withBorder padding="lg" data-testid="one-on-one-header">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="md">
          <OneOnOneTitle />
          <Group gap="sm">
            {participant && <LiveIndicator live={live} />}
            {canEdit && (
              <Button leftSection={<IconCheck size={16} />} onClick={() => setConfirming(true)} disabled={loading}>
                Complete 1:1
              </Button>
            )}
          </Group>
        </Group>

        <Group gap={6} wrap="nowrap" c="dimmed" align="flex-start" data-testid="one-on-one-visibility">
          <IconEye size={16} style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm">
            {participant
              ? `Shared notes, agenda and action items: you and ${other.firstName}, and managers above. Private note: only you.`
              : `Shared notes, agenda and action items: ${owner.name}, ${manager.name}, and managers above them, like you. Private notes: only their author; you see none.`}
          </Text>
        </Group>

        {live.notice && (
          <Text size="sm" c="indigo.8" data-testid="live-notice" aria-live="polite">
            {live.notice.text}{' '}
            <Text span size="xs" c="dimmed">
              ({sinceLabel(live.notice.at)})
            </Text>
          </Text>
        )}
        {done && (
          <Text size="sm" c="dimmed">
            This 1:1 is done: its agenda and shared notes are read only; action items can still be ticked off
            {participant ? ', and your private note is still yours to write' : ''}.
          </Text>
        )}
        {problem && <ProblemAlert error={problem} />}
        {blocked && (
          <Alert color="orange" variant="light" icon={<IconAlert />} role="alert">
            The 1:1 was not completed: your latest shared notes are not saved yet. Settle them in the notes below (use
            theirs, or keep yours and save over), then complete the 1:1.
          </Alert>
        )}
      </Stack>

      <ConfirmModal
        opened={confirming}
        title="Complete this 1:1?"
        confirmLabel="Complete 1:1"
        loading={loading}
        onConfirm={() => void finish()}
        onClose={() => setConfirming(false)}
      >
        <Text size="sm">
          The agenda and the shared notes become read only for both of you. Action items can still be ticked off, and
          open ones ({open}) carry over when the next 1:1 is scheduled. This cannot be undone.
        </Text>
      </ConfirmModal>
    </Card>
  );
}

/**
 * Completing the 1:1: the viewer's unsaved shared notes are saved first (when they cannot be,
 * `blocked` says so and nothing completes), then the 1:1 closes.
 */
function useCompleteOneOnOne() {
  const { oneOnOne, flushNotes } = useOneOnOneScope();
  const readProblem = useReadProblem();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [blocked, setBlocked] = useState(false);
  const [complete, { loading }] = useMutation(CompleteOneOnOneDocument, RELOAD_ONE_ON_ONE);
  const open = oneOnOne.actionItems.filter((a) => !a.done).length;
  const finish = async () => {
    setProblem(null);
    setBlocked(false);
    // The last words of the notes go in before the notes close.
    if (!(await flushNotes())) {
      setBlocked(true);
      setConfirming(false);
      return;
    }
    try {
      await complete({ variables: { id: oneOnOne.id } });
      notifySuccess(
        open > 0
          ? `${open} open action ${open === 1 ? 'item carries' : 'items carry'} over to the next 1:1.`
          : 'The agenda and the shared notes are now read only.',
        '1:1 completed',
      );
    } catch (error) {
      setProblem(await readProblem(error));
    }
    setConfirming(false);
  };

  return { confirming, setConfirming, problem, blocked, loading, open, finish };
}

/** The two people, when, and where the 1:1 stands. */
function OneOnOneTitle() {
  const { oneOnOne, participant, participants, other, done } = useOneOnOneScope();
  const [owner, manager] = participants;
  return (
    <Group wrap="nowrap" gap="md" style={{ minWidth: 0 }}>
      <Avatar.Group>
        <Avatar size={44} radius="xl" color="initials" name={owner.name} />
        <Avatar size={44} radius="xl" color="initials" name={manager.name} />
      </Avatar.Group>
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Title order={1} fz={24}>
          {participant ? `1:1 with ${other.name}` : `1:1: ${owner.name} and ${manager.name}`}
        </Title>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {formatDateTime(oneOnOne.scheduledAt)}
          </Text>
          <Badge
            variant={done ? 'light' : 'filled'}
            color={done ? 'gray' : 'teal'}
            radius="sm"
            data-testid="one-on-one-status"
          >
            {done ? 'Done' : 'Upcoming'}
          </Badge>
          {!participant && (
            <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500}>
              Read only
            </Badge>
          )}
        </Group>
      </Stack>
    </Group>
  );
}

function LiveIndicator({ live }: { live: Live }) {
  if (live.stopped) {
    return (
      <Group gap={6} wrap="nowrap" data-testid="live-status" data-status="stopped">
        <Badge
          color="red"
          variant="light"
          radius="sm"
          tt="none"
          title={live.refusal ? `Refused: ${live.refusal}.` : undefined}
        >
          {live.refusal ? 'Live updates stopped: too many open tabs' : 'Live updates stopped'}
        </Badge>
        <Button
          size="compact-xs"
          variant="light"
          color="red"
          leftSection={<IconRefresh size={12} />}
          onClick={live.restart}
        >
          Reconnect
        </Button>
      </Group>
    );
  }
  const connected = live.status === 'connected';
  const label = connected
    ? 'Live'
    : live.status === 'connecting' || live.status === 'idle'
      ? 'Connecting…'
      : 'Reconnecting…';
  return (
    <Badge
      color={connected ? 'teal' : 'orange'}
      variant="dot"
      radius="sm"
      tt="none"
      size="lg"
      data-testid="live-status"
      data-status={live.status}
      title={
        connected
          ? 'Changes by either of you appear here as they are made.'
          : 'The connection dropped: changes will appear as soon as it is back, nothing is lost.'
      }
    >
      {label}
    </Badge>
  );
}
