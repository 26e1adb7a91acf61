import { useMutation } from '@apollo/client/react';
import { Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AGENDA_TEXT_MAX } from '@fulcrum/shared';
import { useMemo, useState } from 'react';
import { IconPlus } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SubmitButton } from '@/components/SubmitButton';
import type { Problem } from '@/lib/errors';
import { AddActionItemDocument } from '../api/gql/graphql';
import { RELOAD_ONE_ON_ONE, useOneOnOneScope, useReadProblem } from '../hooks/useOneOnOneScope';
import { ActionItemRow, dueProblem, textProblem } from './ActionItemRow';

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
