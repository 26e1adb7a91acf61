import { NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { AddActionItemDocument } from '../api/gql/graphql';
import { useOneOnOneScope } from '../hooks/useOneOnOneScope';
import { ActionItemRow, dueProblem, textProblem } from './ActionItemRow';
import { AddItemForm, ItemList, useAddItem, type AddItemLabels } from './ItemParts';
import { OneOnOnePanel } from './OneOnOnePanel';

const ADD_ACTION_ITEM: AddItemLabels = {
  form: 'Add action item',
  text: 'New action item',
  placeholder: 'What is to be done',
  submit: 'Add action item',
};

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
    <OneOnOnePanel
      testId="action-items"
      title="Action items"
      summary={
        <>
          {oneOnOne.actionItems.length === 0 ? 'None yet' : `${open} open of ${oneOnOne.actionItems.length}`}
          {done ? ' · the 1:1 is done: items can still be ticked off' : ' · open items carry over to the next 1:1'}
        </>
      }
    >
      <ItemList label="Action items">
        {oneOnOne.actionItems.map((item) => (
          <ActionItemRow
            key={item.id}
            item={item}
            source={item.carriedFrom ? (sourceOf.get(item.carriedFrom.id) ?? null) : null}
          />
        ))}
      </ItemList>
      {canEdit && <AddActionItemForm />}
    </OneOnOnePanel>
  );
}

function AddActionItemForm() {
  const { oneOnOne, participants, viewerId } = useOneOnOneScope();
  const { add, status } = useAddItem(AddActionItemDocument);
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
    const input = { oneOnOneId: oneOnOne.id, text: text.trim(), ownerId, dueOn: dueOn || null };
    const added = await add({ input }, (read) => {
      const fields = ['text', 'ownerId', 'dueOn'] as const;
      for (const field of fields) if (read.fields[field]) form.setFieldError(field, read.fields[field]);
      return Object.keys(read.fields).some((f) => (fields as readonly string[]).includes(f));
    });
    if (added) form.setValues({ text: '', dueOn: '' });
  });

  return (
    <AddItemForm labels={ADD_ACTION_ITEM} status={status} onSubmit={submit} text={form.getInputProps('text')}>
      <NativeSelect style={{ flex: 1, minWidth: 160 }} label="Owner" data={owners} {...form.getInputProps('ownerId')} />
      <TextInput type="date" label="Due (optional)" w={170} {...form.getInputProps('dueOn')} />
    </AddItemForm>
  );
}
