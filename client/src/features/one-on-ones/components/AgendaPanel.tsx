import { useMutation } from '@apollo/client/react';
import { closestCenter, type Announcements, type DragEndEvent, type UniqueIdentifier } from '@dnd-kit/core';
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { NativeSelect } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { DragArea } from '@/components/DragArea';
import { ProblemAlert } from '@/components/ProblemAlert';
import { AddAgendaItemDocument, UpdateAgendaItemDocument, type OneOnOneAgendaItemFragment } from '../api/gql/graphql';
import { RELOAD_ONE_ON_ONE, useOneOnOneChange, useOneOnOneScope } from '../hooks/useOneOnOneScope';
import { linkOptions, parseLinkOption } from '../utils/links';
import { AgendaRow, textProblem } from './AgendaRow';
import { AddItemForm, ItemList, useAddItem, type AddItemLabels } from './ItemParts';
import { OneOnOnePanel } from './OneOnOnePanel';

const MOVE_INSTRUCTIONS =
  'To move an agenda item, press space or enter, use the up and down arrow keys to move it, then press space or enter to drop it, or escape to cancel.';

const ADD_AGENDA_ITEM: AddItemLabels = {
  form: 'Add agenda item',
  text: 'New agenda item',
  placeholder: 'What do you want to talk about?',
  submit: 'Add to agenda',
};

/** What a screen reader hears while an item moves: its text and place, never an id. */
function announcementsFor(items: readonly OneOnOneAgendaItemFragment[]): Announcements {
  const textOf = (id: UniqueIdentifier) => items.find((i) => i.id === id)?.text ?? 'The item';
  const placeOf = (id: UniqueIdentifier) => `position ${items.findIndex((i) => i.id === id) + 1} of ${items.length}`;
  return {
    onDragStart: ({ active }) => `Picked up “${textOf(active.id)}”, at ${placeOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      !over
        ? `“${textOf(active.id)}” is outside the agenda.`
        : over.id === active.id
          ? undefined
          : `“${textOf(active.id)}” moved to ${placeOf(over.id)}.`,
    onDragEnd: ({ active, over }) =>
      over ? `“${textOf(active.id)}” dropped at ${placeOf(over.id)}.` : `“${textOf(active.id)}” dropped back in place.`,
    onDragCancel: ({ active }) => `Moving “${textOf(active.id)}” was cancelled; it is back in place.`,
  };
}

/** The ordered agenda: drag to reorder, tick what was discussed, link items to the plan. */
export function AgendaPanel() {
  const { oneOnOne, canEdit, done } = useOneOnOneScope();
  // While a move is being saved, the list shows the new order at once.
  const [order, setOrder] = useState<string[] | null>(null);
  const { problem, run } = useOneOnOneChange();
  const [moveItem] = useMutation(UpdateAgendaItemDocument, RELOAD_ONE_ON_ONE);

  const items = useMemo(() => {
    if (!order) return oneOnOne.agenda;
    const byId = new Map(oneOnOne.agenda.map((item) => [item.id, item]));
    const ordered = order.map((id) => byId.get(id)).filter((item): item is OneOnOneAgendaItemFragment => !!item);
    // Items added meanwhile by the other participant keep their place at the end.
    return [...ordered, ...oneOnOne.agenda.filter((item) => !order.includes(item.id))];
  }, [order, oneOnOne.agenda]);
  const discussed = items.filter((i) => i.discussed).length;

  const onDragEnd = async ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const ids = items.map((i) => i.id);
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from < 0 || to < 0) return;
    setOrder(arrayMove(ids, from, to));
    await run(() => moveItem({ variables: { input: { id: String(active.id), position: to } } }));
    setOrder(null);
  };

  return (
    <OneOnOnePanel
      testId="agenda"
      title="Agenda"
      summary={
        <>
          {items.length === 0
            ? 'Nothing on the agenda yet.'
            : `${items.length} ${items.length === 1 ? 'item' : 'items'} · ${discussed} discussed`}
          {canEdit && items.length > 1 ? ' · drag the handle to reorder' : ''}
          {done ? ' · read only: this 1:1 is done' : ''}
        </>
      }
    >
      <DragArea
        dragDistance={4}
        keyboardCoordinates={sortableKeyboardCoordinates}
        announcements={announcementsFor(items)}
        instructions={MOVE_INSTRUCTIONS}
        collisionDetection={closestCenter}
        onDragEnd={(event) => void onDragEnd(event)}
      >
        <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy} disabled={!canEdit}>
          <ItemList ordered label="Agenda items">
            {items.map((item) => (
              <AgendaRow key={item.id} item={item} />
            ))}
          </ItemList>
        </SortableContext>
      </DragArea>
      {problem && <ProblemAlert error={problem} />}
      {canEdit && <AddAgendaItemForm />}
    </OneOnOnePanel>
  );
}

function AddAgendaItemForm() {
  const { oneOnOne, plan } = useOneOnOneScope();
  const { add, status } = useAddItem(AddAgendaItemDocument);
  const form = useForm({ initialValues: { text: '', link: '' }, validate: { text: textProblem } });
  const options = useMemo(() => linkOptions(plan), [plan]);

  const submit = form.onSubmit(async ({ text, link }) => {
    const parsed = parseLinkOption(link || null);
    const input = { oneOnOneId: oneOnOne.id, text: text.trim(), linkKind: parsed?.linkKind, linkId: parsed?.linkId };
    const added = await add({ input }, (read) => {
      if (read.fields.text) form.setFieldError('text', read.fields.text);
      const linkError = read.fields.linkId || read.fields.linkKind;
      if (linkError) form.setFieldError('link', linkError);
      const shown = ['text', 'linkId', 'linkKind'];
      return Object.keys(read.fields).every((f) => shown.includes(f)) && Object.keys(read.fields).length > 0;
    });
    if (added) form.reset();
  });

  return (
    <AddItemForm labels={ADD_AGENDA_ITEM} status={status} onSubmit={submit} text={form.getInputProps('text')}>
      <NativeSelect
        style={{ flex: 1, minWidth: 230 }}
        label="Link to the plan (optional)"
        data={[{ value: '', label: 'No link' }, ...options]}
        {...form.getInputProps('link')}
      />
    </AddItemForm>
  );
}
