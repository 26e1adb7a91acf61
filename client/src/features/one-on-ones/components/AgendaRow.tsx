import { useMutation } from '@apollo/client/react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
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
import { AGENDA_TEXT_MAX, requiredTextProblem } from '@fulcrum/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { IconGrip, IconLink, IconPencil, IconSparkle, IconTrash } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SubmitButton } from '@/components/SubmitButton';
import type { Problem } from '@/lib/errors';
import { useFocusOnMount } from '@/lib/useFocusOnMount';
import {
  RemoveAgendaItemDocument,
  UpdateAgendaItemDocument,
  type OneOnOneAgendaItemFragment,
} from '../api/gql/graphql';
import { RELOAD_ONE_ON_ONE, useOneOnOneScope, useReadProblem } from '../hooks/useOneOnOneScope';
import { linkKindLabel, linkTarget, linkTitle } from '../utils/links';
import { firstName } from '@/lib/format';

type Sortable = ReturnType<typeof useSortable>;

export const textProblem = (value: string) => requiredTextProblem(value, AGENDA_TEXT_MAX, 'Write what to talk about.');

export function AgendaRow({ item }: { item: OneOnOneAgendaItemFragment }) {
  const { canEdit } = useOneOnOneScope();
  const [editing, setEditing] = useState(false);
  const { problem, updating, removing, setText, setDiscussed, remove } = useAgendaItemChanges(item);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled: !canEdit || editing,
  });

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
          saving={updating}
          onCancel={() => setEditing(false)}
          onSave={async (text) => {
            if (await setText(text)) setEditing(false);
          }}
          problem={problem}
        />
      ) : (
        <Stack gap={4}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            {canEdit && (
              <DragHandle
                text={item.text}
                dragging={isDragging}
                setRef={setActivatorNodeRef}
                attributes={attributes}
                listeners={listeners}
              />
            )}
            <Checkbox
              mt={3}
              checked={item.discussed}
              disabled={!canEdit || updating}
              aria-label={`Discussed: ${item.text}`}
              onChange={(event) => void setDiscussed(event.currentTarget.checked)}
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
              <AgendaItemActions
                item={item}
                removing={removing}
                onEdit={() => setEditing(true)}
                onRemove={() => void remove()}
              />
            )}
          </Group>
          <AgendaItemOrigin item={item} />
          {problem && <ProblemAlert error={problem} />}
        </Stack>
      )}
    </Paper>
  );
}

/** The item's changes (text, discussed, removal); a refusal shows as `problem` on the row. */
function useAgendaItemChanges(item: OneOnOneAgendaItemFragment) {
  const readProblem = useReadProblem();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [update, updating] = useMutation(UpdateAgendaItemDocument, RELOAD_ONE_ON_ONE);
  const [remove, removing] = useMutation(RemoveAgendaItemDocument, RELOAD_ONE_ON_ONE);
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
  return {
    problem,
    updating: updating.loading,
    removing: removing.loading,
    setText: (text: string) => run(() => update({ variables: { input: { id: item.id, text } } })),
    setDiscussed: (discussed: boolean) =>
      // The box ticks at once; a refusal puts it back.
      run(() =>
        update({
          variables: { input: { id: item.id, discussed } },
          optimisticResponse: { updateAgendaItem: { ...item, discussed } },
        }),
      ),
    remove: () => run(() => remove({ variables: { id: item.id } })),
  };
}

export function EditAgendaText({
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
  const textInput = useFocusOnMount<HTMLInputElement>();
  const form = useForm({ initialValues: { text: item.text }, validate: { text: textProblem } });
  const fieldError = problem?.fields.text;
  return (
    <form
      aria-label={`Edit agenda item ${item.text}`}
      noValidate
      onSubmit={form.onSubmit(async ({ text }) => {
        if (text.trim() === item.text) onCancel();
        else await onSave(text.trim());
      })}
    >
      <Stack gap="xs">
        <TextInput
          label="Agenda item"
          maxLength={AGENDA_TEXT_MAX}
          ref={textInput}
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

/** Edit and remove (or drop a proposal). */
function AgendaItemActions({
  item,
  removing,
  onEdit,
  onRemove,
}: {
  item: OneOnOneAgendaItemFragment;
  removing: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  return (
    <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
      <Tooltip label="Edit">
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Edit “${item.text}”`} onClick={onEdit}>
          <IconPencil size={14} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={item.proposed ? 'Drop this proposal' : 'Remove'}>
        <ActionIcon
          variant="subtle"
          color="red"
          size="sm"
          aria-label={`Remove “${item.text}”`}
          loading={removing}
          onClick={onRemove}
        >
          <IconTrash size={14} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

/** Where the item comes from (the plan's proposal or who added it) and what of the plan it links to. */
function AgendaItemOrigin({ item }: { item: OneOnOneAgendaItemFragment }) {
  const { plan, canEdit, viewerId } = useOneOnOneScope();
  const target = item.linkKind && item.linkId ? linkTarget(plan.id, item.linkKind, item.linkId) : null;
  const title = item.linkKind && item.linkId ? linkTitle(plan, item.linkKind, item.linkId) : null;
  const author = item.author.id === viewerId ? 'you' : firstName(item.author.name);
  return (
    <Group gap={6} pl={canEdit ? 56 : 30}>
      {item.proposed ? (
        <Tooltip
          label="Proposed from the plan when the 1:1 was scheduled; either of you can drop it."
          multiline
          w={260}
        >
          <Badge size="sm" variant="light" color="grape" radius="sm" tt="none" leftSection={<IconSparkle size={11} />}>
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
  );
}

/** The grip that moves the item in the agenda (keyboard too: dnd-kit's attributes and listeners). */
function DragHandle({
  text,
  dragging,
  setRef,
  attributes,
  listeners,
}: {
  text: string;
  dragging: boolean;
  setRef: (element: HTMLElement | null) => void;
  attributes: Sortable['attributes'];
  listeners: Sortable['listeners'];
}) {
  return (
    <ActionIcon
      ref={setRef}
      variant="subtle"
      color="gray"
      size="sm"
      mt={1}
      aria-label={`Move “${text}”`}
      style={{
        cursor: dragging ? 'grabbing' : 'grab',
        touchAction: 'none',
        flexShrink: 0,
      }}
      {...attributes}
      {...listeners}
    >
      <IconGrip size={16} />
    </ActionIcon>
  );
}
