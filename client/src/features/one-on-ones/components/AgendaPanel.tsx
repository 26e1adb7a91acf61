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
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
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
import { AGENDA_TEXT_MAX, requiredTextProblem } from '@fulcrum/shared';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { IconPencil, IconPlus, IconTrash } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SubmitButton } from '@/components/SubmitButton';
import type { Problem } from '@/lib/errors';
import {
  AddAgendaItemDocument,
  RemoveAgendaItemDocument,
  UpdateAgendaItemDocument,
  type OneOnOneAgendaItemFragment,
} from '../api/gql/graphql';
import { RELOAD_ONE_ON_ONE, useOneOnOneScope, useReadProblem } from '../hooks/useOneOnOneScope';
import { firstName } from '../utils/format';
import { linkKindLabel, linkOptions, linkTarget, linkTitle, parseLinkOption } from '../utils/links';
import { IconGrip, IconLink, IconSparkle } from './icons';

const MOVE_INSTRUCTIONS =
  'To move an agenda item, press space or enter, use the up and down arrow keys to move it, then press space or enter to drop it, or escape to cancel.';

const textProblem = (value: string) => requiredTextProblem(value, AGENDA_TEXT_MAX, 'Write what to talk about.');

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

  // What a screen reader hears while an item moves: its text and place, never an id.
  const textOf = (id: UniqueIdentifier) => items.find((i) => i.id === id)?.text ?? 'The item';
  const placeOf = (id: UniqueIdentifier) => `position ${items.findIndex((i) => i.id === id) + 1} of ${items.length}`;
  const announcements: Announcements = {
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
            announcements,
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

function AgendaRow({ item }: { item: OneOnOneAgendaItemFragment }) {
  const { plan, canEdit, viewerId } = useOneOnOneScope();
  const readProblem = useReadProblem();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [update, updating] = useMutation(UpdateAgendaItemDocument, RELOAD_ONE_ON_ONE);
  const [remove, removing] = useMutation(RemoveAgendaItemDocument, RELOAD_ONE_ON_ONE);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled: !canEdit || editing,
  });
  const target = item.linkKind && item.linkId ? linkTarget(plan.id, item.linkKind, item.linkId) : null;
  const title = item.linkKind && item.linkId ? linkTitle(plan, item.linkKind, item.linkId) : null;
  const author = item.author.id === viewerId ? 'you' : firstName(item.author.name);

  const run = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
      return true;
    } catch (error) {
      setProblem(await readProblem(error));
      return false;
    }
  };

  return (
    <Paper
      component="li"
      ref={setNodeRef}
      withBorder
      radius="md"
      p="xs"
      data-testid="agenda-item"
      data-discussed={item.discussed || undefined}
      aria-label={item.text}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        position: 'relative',
        zIndex: isDragging ? 2 : undefined,
        boxShadow: isDragging ? 'var(--mantine-shadow-md)' : undefined,
        background: item.discussed ? 'var(--mantine-color-gray-0)' : undefined,
      }}
    >
      {editing ? (
        <EditAgendaText
          item={item}
          saving={updating.loading}
          onCancel={() => setEditing(false)}
          onSave={async (text) => {
            if (await run(() => update({ variables: { input: { id: item.id, text } } }))) setEditing(false);
          }}
          problem={problem}
        />
      ) : (
        <Stack gap={4}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            {canEdit && (
              <ActionIcon
                ref={setActivatorNodeRef}
                variant="subtle"
                color="gray"
                size="sm"
                mt={1}
                aria-label={`Move “${item.text}”`}
                style={{
                  cursor: isDragging ? 'grabbing' : 'grab',
                  touchAction: 'none',
                  flexShrink: 0,
                }}
                {...attributes}
                {...listeners}
              >
                <IconGrip size={16} />
              </ActionIcon>
            )}
            <Checkbox
              mt={3}
              checked={item.discussed}
              disabled={!canEdit || updating.loading}
              aria-label={`Discussed: ${item.text}`}
              onChange={(event) => {
                const discussed = event.currentTarget.checked;
                // The box ticks at once; a refusal puts it back.
                void run(() =>
                  update({
                    variables: { input: { id: item.id, discussed } },
                    optimisticResponse: { updateAgendaItem: { ...item, discussed } },
                  }),
                );
              }}
            />
            <Text
              size="sm"
              style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}
              td={item.discussed ? 'line-through' : undefined}
              c={item.discussed ? 'dimmed' : undefined}
            >
              {item.text}
            </Text>
            {canEdit && (
              <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
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
                <Tooltip label={item.proposed ? 'Drop this proposal' : 'Remove'}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={`Remove “${item.text}”`}
                    loading={removing.loading}
                    onClick={() => void run(() => remove({ variables: { id: item.id } }))}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            )}
          </Group>
          <Group gap={6} pl={canEdit ? 56 : 30}>
            {item.proposed ? (
              <Tooltip
                label="Proposed from the plan when the 1:1 was scheduled; either of you can drop it."
                multiline
                w={260}
              >
                <Badge
                  size="sm"
                  variant="light"
                  color="grape"
                  radius="sm"
                  tt="none"
                  leftSection={<IconSparkle size={11} />}
                >
                  From the plan
                </Badge>
              </Tooltip>
            ) : (
              <Text size="xs" c="dimmed">
                Added by {author}
              </Text>
            )}
            {target && item.linkKind && (
              <Anchor component={Link} to={target} size="xs" data-testid="agenda-link">
                <Group gap={3} wrap="nowrap" component="span">
                  <IconLink size={12} />
                  {linkKindLabel(item.linkKind)}
                  {title ? `: ${title}` : ' (no longer in the plan)'}
                </Group>
              </Anchor>
            )}
          </Group>
          {problem && <ProblemAlert error={problem} />}
        </Stack>
      )}
    </Paper>
  );
}

function EditAgendaText({
  item,
  saving,
  problem,
  onSave,
  onCancel,
}: {
  item: OneOnOneAgendaItemFragment;
  saving: boolean;
  problem: Problem | null;
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
}) {
  const form = useForm({ initialValues: { text: item.text }, validate: { text: textProblem } });
  const fieldError = problem?.fields.text;
  return (
    <form
      aria-label={`Edit agenda item ${item.text}`}
      noValidate
      onSubmit={form.onSubmit(async ({ text }) => {
        if (text.trim() === item.text) return onCancel();
        await onSave(text.trim());
      })}
    >
      <Stack gap="xs">
        <TextInput
          label="Agenda item"
          maxLength={AGENDA_TEXT_MAX}
          data-autofocus
          autoFocus
          {...form.getInputProps('text')}
          error={form.errors.text ?? fieldError}
        />
        {problem && !fieldError && <ProblemAlert error={problem} />}
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="default" onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
          <SubmitButton size="xs" loading={saving}>
            Save
          </SubmitButton>
        </Group>
      </Stack>
    </form>
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
      const linkError = read.fields.linkId ?? read.fields.linkKind;
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
