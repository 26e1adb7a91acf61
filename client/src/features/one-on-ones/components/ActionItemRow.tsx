import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { AGENDA_TEXT_MAX, ErrorCode, requiredTextProblem } from '@fulcrum/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { IconPencil } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SubmitButton } from '@/components/SubmitButton';
import { paths } from '@/config/paths';
import type { Problem } from '@/lib/errors';
import { useFocusOnMount } from '@/lib/useFocusOnMount';
import { UpdateActionItemDocument, type OneOnOneActionItemFragment } from '../api/gql/graphql';
import { RELOAD_ONE_ON_ONE, useOneOnOneScope, useReadProblem } from '../hooks/useOneOnOneScope';
import { formatDay, formatLocalDate, todayLocalDate } from '../utils/format';

export const textProblem = (value: string) => requiredTextProblem(value, AGENDA_TEXT_MAX, 'Write what is to be done.');

export const dueProblem = (value: string) =>
  value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'Pick a date, or leave it empty.';

export function ActionItemRow({
  item,
  source,
}: {
  item: OneOnOneActionItemFragment;
  source: { id: string; scheduledAt: string } | null;
}) {
  const { participant, canEdit, other } = useOneOnOneScope();
  const [editing, setEditing] = useState(false);
  const { tick, problem, loading } = useTick(item);

  if (editing) return <EditActionItem item={item} onDone={() => setEditing(false)} />;
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="xs"
      data-testid="action-item"
      aria-label={item.text}
      bg={item.done ? 'var(--mantine-color-gray-0)' : undefined}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Checkbox
          mt={3}
          checked={item.done}
          disabled={!participant || loading}
          aria-label={`Done: ${item.text}`}
          onChange={(event) => void tick(event.currentTarget.checked)}
        />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text
            size="sm"
            td={item.done ? 'line-through' : undefined}
            c={item.done ? 'dimmed' : undefined}
            style={{ overflowWrap: 'anywhere' }}
          >
            {item.text}
          </Text>
          <ActionItemMeta item={item} source={source} />
          {problem && (
            <ProblemAlert
              error={problem}
              message={
                problem.code === ErrorCode.CONFLICT
                  ? `${other.firstName} changed this item a moment ago; it now shows their change. Tick or edit it again if still needed.`
                  : undefined
              }
            />
          )}
        </Stack>
        {canEdit && (
          <Tooltip label="Edit">
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={`Edit “${item.text}”`}
              onClick={() => setEditing(true)}
            >
              <IconPencil size={14} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    </Paper>
  );
}

/** Ticks the item done or open: at once on screen, put back when the server refuses. */
function useTick(item: OneOnOneActionItemFragment) {
  const readProblem = useReadProblem();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [update, { loading }] = useMutation(UpdateActionItemDocument, RELOAD_ONE_ON_ONE);
  const tick = async (doneNow: boolean) => {
    setProblem(null);
    try {
      await update({
        variables: { input: { id: item.id, version: item.version, done: doneNow } },
        // The box ticks at once; a refusal puts it back.
        optimisticResponse: {
          updateActionItem: { ...item, done: doneNow, version: item.version + 1 },
        },
      });
    } catch (error) {
      setProblem(await readProblem(error));
    }
  };
  return { tick, problem, loading };
}

/** Owner, due date (or overdue) and the 1:1 the item was carried from. */
function ActionItemMeta({
  item,
  source,
}: {
  item: OneOnOneActionItemFragment;
  source: { id: string; scheduledAt: string } | null;
}) {
  const { viewerId } = useOneOnOneScope();
  const overdue = !item.done && item.dueOn !== null && item.dueOn < todayLocalDate();
  const owner = item.owner.id === viewerId ? 'You' : item.owner.name;
  return (
    <Group gap={6}>
      <Badge variant="light" color={item.owner.id === viewerId ? 'indigo' : 'gray'} radius="sm" tt="none" fw={500}>
        Owner: {owner}
      </Badge>
      {item.dueOn && (
        <Badge variant={overdue ? 'filled' : 'outline'} color={overdue ? 'red' : 'gray'} radius="sm" tt="none">
          {overdue ? 'Overdue: ' : 'Due '}
          {formatLocalDate(item.dueOn)}
        </Badge>
      )}
      {item.carriedFrom && (
        <Text size="xs" c="dimmed" data-testid="carried-from">
          {source ? (
            <>
              Carried from{' '}
              <Anchor component={Link} to={paths.oneOnOne.to(source.id)} size="xs">
                the 1:1 of {formatDay(source.scheduledAt)}
              </Anchor>
            </>
          ) : (
            'Carried from an earlier 1:1'
          )}
        </Text>
      )}
    </Group>
  );
}

export function EditActionItem({ item, onDone }: { item: OneOnOneActionItemFragment; onDone: () => void }) {
  const { other } = useOneOnOneScope();
  const readProblem = useReadProblem();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [update, { loading }] = useMutation(UpdateActionItemDocument, RELOAD_ONE_ON_ONE);
  const textInput = useFocusOnMount<HTMLInputElement>();
  const form = useForm({
    initialValues: { text: item.text, dueOn: item.dueOn ?? '' },
    validate: { text: textProblem, dueOn: dueProblem },
  });

  const submit = form.onSubmit(async ({ text, dueOn }) => {
    setProblem(null);
    const changes = {
      text: text.trim() !== item.text ? text.trim() : undefined,
      dueOn: (dueOn || null) !== item.dueOn ? dueOn || null : undefined,
    };
    if (changes.text === undefined && changes.dueOn === undefined) {
      onDone();
      return;
    }
    try {
      await update({ variables: { input: { id: item.id, version: item.version, ...changes } } });
      onDone();
    } catch (error) {
      const read = await readProblem(error);
      for (const field of ['text', 'dueOn'] as const)
        if (read.fields[field]) form.setFieldError(field, read.fields[field]);
      if (Object.keys(read.fields).length === 0) setProblem(read);
    }
  });

  return (
    <Paper component="li" withBorder radius="md" p="sm" bg="var(--mantine-color-indigo-0)">
      <form onSubmit={submit} noValidate aria-label={`Edit action item ${item.text}`}>
        <Stack gap="xs">
          <Group align="flex-start" gap="xs">
            <TextInput
              style={{ flex: 1, minWidth: 200 }}
              label="Action item"
              maxLength={AGENDA_TEXT_MAX}
              ref={textInput}
              {...form.getInputProps('text')}
            />
            <TextInput type="date" label="Due" w={170} {...form.getInputProps('dueOn')} />
          </Group>
          {problem && (
            <ProblemAlert
              error={problem}
              message={
                problem.code === ErrorCode.CONFLICT
                  ? `${other.firstName} changed this item while you were editing; it now shows their version. Cancel to see it, or save again to apply yours over it.`
                  : undefined
              }
            />
          )}
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={onDone} disabled={loading}>
              Cancel
            </Button>
            <SubmitButton size="xs" loading={loading}>
              Save
            </SubmitButton>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
