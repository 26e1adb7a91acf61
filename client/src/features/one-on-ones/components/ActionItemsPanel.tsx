import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { AGENDA_TEXT_MAX, ErrorCode, requiredTextProblem } from '@fulcrum/shared';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { IconPencil, IconPlus } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SubmitButton } from '@/components/SubmitButton';
import { paths } from '@/config/paths';
import type { Problem } from '@/lib/errors';
import { AddActionItemDocument, UpdateActionItemDocument, type OneOnOneActionItemFragment } from '../api/gql/graphql';
import { RELOAD_ONE_ON_ONE, useOneOnOneScope, useReadProblem } from '../hooks/useOneOnOneScope';
import { formatDay, formatLocalDate, todayLocalDate } from '../utils/format';

const textProblem = (value: string) => requiredTextProblem(value, AGENDA_TEXT_MAX, 'Write what is to be done.');
const dueProblem = (value: string) =>
  value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : 'Pick a date, or leave it empty.';

/** Action items: who does what by when. Open ones carry over to the next 1:1 when it is scheduled. */
export function ActionItemsPanel() {
  const { oneOnOne, plan, canEdit, done } = useOneOnOneScope();
  // Which 1:1 each action item of the plan's recent 1:1s belongs to: "carried from <its date>".
  const sourceOf = useMemo(() => {
    const map = new Map<string, { id: string; scheduledAt: string }>();
    for (const { node } of plan.oneOnOnes.edges) for (const item of node.actionItems) map.set(item.id, node);
    return map;
  }, [plan.oneOnOnes.edges]);
  const open = oneOnOne.actionItems.filter((i) => !i.done).length;

  return (
    <Card withBorder padding="lg" data-testid="action-items">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="lg">
            Action items
          </Title>
          <Text size="sm" c="dimmed">
            {oneOnOne.actionItems.length === 0 ? 'None yet' : `${open} open of ${oneOnOne.actionItems.length}`}
            {done ? ' · the 1:1 is done: items can still be ticked off' : ' · open items carry over to the next 1:1'}
          </Text>
        </div>
        <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Action items">
          {oneOnOne.actionItems.map((item) => (
            <ActionItemRow
              key={item.id}
              item={item}
              source={item.carriedFrom ? (sourceOf.get(item.carriedFrom.id) ?? null) : null}
            />
          ))}
        </Stack>
        {canEdit && <AddActionItemForm />}
      </Stack>
    </Card>
  );
}

function ActionItemRow({
  item,
  source,
}: {
  item: OneOnOneActionItemFragment;
  source: { id: string; scheduledAt: string } | null;
}) {
  const { participant, canEdit, viewerId, other } = useOneOnOneScope();
  const readProblem = useReadProblem();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [update, { loading }] = useMutation(UpdateActionItemDocument, RELOAD_ONE_ON_ONE);
  const overdue = !item.done && item.dueOn !== null && item.dueOn < todayLocalDate();
  const owner = item.owner.id === viewerId ? 'You' : item.owner.name;

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
          <Group gap={6}>
            <Badge
              variant="light"
              color={item.owner.id === viewerId ? 'indigo' : 'gray'}
              radius="sm"
              tt="none"
              fw={500}
            >
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

function EditActionItem({ item, onDone }: { item: OneOnOneActionItemFragment; onDone: () => void }) {
  const { other } = useOneOnOneScope();
  const readProblem = useReadProblem();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [update, { loading }] = useMutation(UpdateActionItemDocument, RELOAD_ONE_ON_ONE);
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
    if (changes.text === undefined && changes.dueOn === undefined) return onDone();
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
              autoFocus
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

function AddActionItemForm() {
  const { oneOnOne, participants, viewerId } = useOneOnOneScope();
  const readProblem = useReadProblem();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [add, { loading }] = useMutation(AddActionItemDocument, RELOAD_ONE_ON_ONE);
  const form = useForm({
    initialValues: { text: '', ownerId: viewerId, dueOn: '' },
    validate: {
      text: textProblem,
      dueOn: dueProblem,
      ownerId: (v) => (v ? null : 'Choose who does it.'),
    },
  });
  const owners = participants.map((p) => ({
    value: p.id,
    label: p.id === viewerId ? 'You' : p.name,
  }));

  const submit = form.onSubmit(async ({ text, ownerId, dueOn }) => {
    setProblem(null);
    try {
      await add({
        variables: {
          input: { oneOnOneId: oneOnOne.id, text: text.trim(), ownerId, dueOn: dueOn || null },
        },
      });
      form.setValues({ text: '', dueOn: '' });
    } catch (error) {
      const read = await readProblem(error);
      const fields = ['text', 'ownerId', 'dueOn'] as const;
      for (const field of fields) if (read.fields[field]) form.setFieldError(field, read.fields[field]);
      if (!Object.keys(read.fields).some((f) => (fields as readonly string[]).includes(f))) setProblem(read);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Add action item">
      <Stack gap="xs">
        <Group align="flex-start" gap="xs" wrap="wrap">
          <TextInput
            style={{ flex: 2, minWidth: 220 }}
            label="New action item"
            placeholder="What is to be done"
            maxLength={AGENDA_TEXT_MAX}
            {...form.getInputProps('text')}
          />
          <NativeSelect
            style={{ flex: 1, minWidth: 160 }}
            label="Owner"
            data={owners}
            {...form.getInputProps('ownerId')}
          />
          <TextInput type="date" label="Due (optional)" w={170} {...form.getInputProps('dueOn')} />
        </Group>
        {problem && <ProblemAlert error={problem} />}
        <Group justify="flex-end">
          <SubmitButton size="sm" variant="light" loading={loading} leftSection={<IconPlus size={14} />}>
            Add action item
          </SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}
