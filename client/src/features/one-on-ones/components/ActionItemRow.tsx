import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AGENDA_TEXT_MAX, requiredTextProblem } from '@fulcrum/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Tag } from '@/components/Tag';
import { paths } from '@/config/paths';
import { useFocusOnMount } from '@/lib/useFocusOnMount';
import { UpdateActionItemDocument, type OneOnOneActionItemFragment } from '../api/gql/graphql';
import { RELOAD_ONE_ON_ONE, useOneOnOneChange, useOneOnOneScope } from '../hooks/useOneOnOneScope';
import { formatDay, formatLocalDate, todayLocalDate } from '../utils/format';
import { EditItemButton, EditItemForm, ItemCard, ItemCheckbox, ItemProblem, ItemText } from './ItemParts';

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
  const { problem, run } = useOneOnOneChange();
  const [update, { loading }] = useMutation(UpdateActionItemDocument, RELOAD_ONE_ON_ONE);
  /** Ticks the item done or open: at once on screen, put back when the server refuses. */
  const tick = (doneNow: boolean) =>
    run(() =>
      update({
        variables: { input: { id: item.id, version: item.version, done: doneNow } },
        optimisticResponse: { updateActionItem: { ...item, done: doneNow, version: item.version + 1 } },
      }),
    );

  if (editing) return <EditActionItem item={item} onDone={() => setEditing(false)} />;
  return (
    <ItemCard testId="action-item" text={item.text} checked={item.done}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <ItemCheckbox
          label={`Done: ${item.text}`}
          checked={item.done}
          disabled={!participant || loading}
          onCheck={tick}
        />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <ItemText text={item.text} checked={item.done} />
          <ActionItemMeta item={item} source={source} />
          <ItemProblem
            problem={problem}
            conflict={`${other.firstName} changed this item a moment ago; it now shows their change. Tick or edit it again if still needed.`}
          />
        </Stack>
        {canEdit && <EditItemButton text={item.text} onClick={() => setEditing(true)} />}
      </Group>
    </ItemCard>
  );
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
      <Tag color={item.owner.id === viewerId ? 'indigo' : 'gray'} fw={500}>
        Owner: {owner}
      </Tag>
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
  const { problem, run } = useOneOnOneChange();
  const [update, { loading }] = useMutation(UpdateActionItemDocument, RELOAD_ONE_ON_ONE);
  const textInput = useFocusOnMount<HTMLInputElement>();
  const form = useForm({
    initialValues: { text: item.text, dueOn: item.dueOn ?? '' },
    validate: { text: textProblem, dueOn: dueProblem },
  });

  const submit = form.onSubmit(async ({ text, dueOn }) => {
    const changes = {
      text: text.trim() !== item.text ? text.trim() : undefined,
      dueOn: (dueOn || null) !== item.dueOn ? dueOn || null : undefined,
    };
    if (changes.text === undefined && changes.dueOn === undefined) {
      onDone();
      return;
    }
    const saved = await run(
      () => update({ variables: { input: { id: item.id, version: item.version, ...changes } } }),
      (read) => {
        for (const field of ['text', 'dueOn'] as const)
          if (read.fields[field]) form.setFieldError(field, read.fields[field]);
        return Object.keys(read.fields).length > 0;
      },
    );
    if (saved) onDone();
  });

  return (
    <Paper component="li" withBorder radius="md" p="sm" bg="var(--mantine-color-indigo-0)">
      <EditItemForm
        label={`Edit action item ${item.text}`}
        onSubmit={submit}
        saving={loading}
        onCancel={onDone}
        problem={
          <ItemProblem
            problem={problem}
            conflict={`${other.firstName} changed this item while you were editing; it now shows their version. Cancel to see it, or save again to apply yours over it.`}
          />
        }
      >
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
      </EditItemForm>
    </Paper>
  );
}
