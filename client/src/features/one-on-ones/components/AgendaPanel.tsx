import { useMutation } from '@apollo/client/react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { Card, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AGENDA_TEXT_MAX } from '@fulcrum/shared';
import { useMemo, useState } from 'react';
import { IconPlus } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SubmitButton } from '@/components/SubmitButton';
import type { Problem } from '@/lib/errors';
import { AddAgendaItemDocument, UpdateAgendaItemDocument, type OneOnOneAgendaItemFragment } from '../api/gql/graphql';
import { RELOAD_ONE_ON_ONE, useOneOnOneScope, useReadProblem } from '../hooks/useOneOnOneScope';
import { linkOptions, parseLinkOption } from '../utils/links';
import { AgendaRow, textProblem } from './AgendaRow';

const MOVE_INSTRUCTIONS =
  'To move an agenda item, press space or enter, use the up and down arrow keys to move it, then press space or enter to drop it, or escape to cancel.';

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
  const readProblem = useReadProblem();
  // While a move is being saved, the list shows the new order at once.
  const [order, setOrder] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [moveItem] = useMutation(UpdateAgendaItemDocument, RELOAD_ONE_ON_ONE);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

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
    setProblem(null);
    setOrder(arrayMove(ids, from, to));
    try {
      await moveItem({ variables: { input: { id: String(active.id), position: to } } });
    } catch (error) {
      setProblem(await readProblem(error));
    } finally {
      setOrder(null);
    }
  };

  return (
    <Card withBorder padding="lg" data-testid="agenda">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} fz="lg">
              Agenda
            </Title>
            <Text size="sm" c="dimmed">
              {items.length === 0
                ? 'Nothing on the agenda yet.'
                : `${items.length} ${items.length === 1 ? 'item' : 'items'} · ${discussed} discussed`}
              {canEdit && items.length > 1 ? ' · drag the handle to reorder' : ''}
              {done ? ' · read only: this 1:1 is done' : ''}
            </Text>
          </div>
        </Group>
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={(event) => void onDragEnd(event)}
          accessibility={{
            announcements: announcementsFor(items),
            screenReaderInstructions: { draggable: MOVE_INSTRUCTIONS },
          }}
        >
          <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy} disabled={!canEdit}>
            <Stack gap={6} component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Agenda items">
              {items.map((item) => (
                <AgendaRow key={item.id} item={item} />
              ))}
            </Stack>
          </SortableContext>
        </DndContext>
        {problem && <ProblemAlert error={problem} />}
        {canEdit && <AddAgendaItemForm />}
      </Stack>
    </Card>
  );
}

function AddAgendaItemForm() {
  const { oneOnOne, plan } = useOneOnOneScope();
  const readProblem = useReadProblem();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [add, { loading }] = useMutation(AddAgendaItemDocument, RELOAD_ONE_ON_ONE);
  const form = useForm({ initialValues: { text: '', link: '' }, validate: { text: textProblem } });
  const options = useMemo(() => linkOptions(plan), [plan]);

  const submit = form.onSubmit(async ({ text, link }) => {
    setProblem(null);
    const parsed = parseLinkOption(link || null);
    try {
      await add({
        variables: {
          input: {
            oneOnOneId: oneOnOne.id,
            text: text.trim(),
            linkKind: parsed?.linkKind,
            linkId: parsed?.linkId,
          },
        },
      });
      form.reset();
    } catch (error) {
      const read = await readProblem(error);
      if (read.fields.text) form.setFieldError('text', read.fields.text);
      const linkError = read.fields.linkId || read.fields.linkKind;
      if (linkError) form.setFieldError('link', linkError);
      const shown = ['text', 'linkId', 'linkKind'];
      if (Object.keys(read.fields).every((f) => shown.includes(f)) && Object.keys(read.fields).length > 0) return;
      setProblem(read);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Add agenda item">
      <Stack gap="xs">
        <Group align="flex-start" gap="xs" wrap="wrap">
          <TextInput
            style={{ flex: 2, minWidth: 220 }}
            label="New agenda item"
            placeholder="What do you want to talk about?"
            maxLength={AGENDA_TEXT_MAX}
            {...form.getInputProps('text')}
          />
          <NativeSelect
            style={{ flex: 1, minWidth: 230 }}
            label="Link to the plan (optional)"
            data={[{ value: '', label: 'No link' }, ...options]}
            {...form.getInputProps('link')}
          />
        </Group>
        {problem && <ProblemAlert error={problem} />}
        <Group justify="flex-end">
          <SubmitButton size="sm" variant="light" loading={loading} leftSection={<IconPlus size={14} />}>
            Add to agenda
          </SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}
