import { useMutation } from '@apollo/client/react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Anchor, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AGENDA_TEXT_MAX, requiredTextProblem } from '@fulcrum/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { IconGrip, IconLink, IconSparkle, IconTrash } from '@/components/icons';
import { Tag } from '@/components/Tag';
import type { Problem } from '@/lib/errors';
import { firstName } from '@/lib/format';
import { useFocusOnMount } from '@/lib/useFocusOnMount';
import {
  RemoveAgendaItemDocument,
  UpdateAgendaItemDocument,
  type OneOnOneAgendaItemFragment,
} from '../api/gql/graphql';
import { RELOAD_ONE_ON_ONE, useOneOnOneChange, useOneOnOneScope } from '../hooks/useOneOnOneScope';
import { linkKindLabel, linkTarget, linkTitle } from '../utils/links';
import { EditItemButton, EditItemForm, ItemCard, ItemCheckbox, ItemProblem, ItemText } from './ItemParts';

type Sortable = ReturnType<typeof useSortable>;

export const textProblem = (value: string) => requiredTextProblem(value, AGENDA_TEXT_MAX, 'Write what to talk about.');

export function AgendaRow({ item }: { item: OneOnOneAgendaItemFragment }) {
  const { canEdit } = useOneOnOneScope();
  const [editing, setEditing] = useState(false);
  const { problem, updating, removing, setText, setDiscussed, remove } = useAgendaItemChanges(item);
  const sortable = useSortable({ id: item.id, disabled: !canEdit || editing });
  const { setNodeRef, transform, transition, isDragging } = sortable;

  return (
    <ItemCard
      testId="agenda-item"
      text={item.text}
      checked={item.discussed}
      ref={setNodeRef}
      data-discussed={item.discussed || undefined}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        position: 'relative',
        zIndex: isDragging ? 2 : undefined,
        boxShadow: isDragging ? 'var(--mantine-shadow-md)' : undefined,
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
            {canEdit && <DragHandle text={item.text} sortable={sortable} />}
            <ItemCheckbox
              label={`Discussed: ${item.text}`}
              checked={item.discussed}
              disabled={!canEdit || updating}
              onCheck={setDiscussed}
            />
            <ItemText text={item.text} checked={item.discussed} grow />
            {canEdit && (
              <Group gap={2} wrap="nowrap" style={{ flexShrink: 0 }}>
                <EditItemButton text={item.text} onClick={() => setEditing(true)} />
                <RemoveButton item={item} removing={removing} onRemove={() => void remove()} />
              </Group>
            )}
          </Group>
          <AgendaItemOrigin item={item} />
          <ItemProblem problem={problem} />
        </Stack>
      )}
    </ItemCard>
  );
}

/** The item's changes (text, discussed, removal); a refusal shows as `problem` on the row. */
function useAgendaItemChanges(item: OneOnOneAgendaItemFragment) {
  const { problem, run } = useOneOnOneChange();
  const [update, updating] = useMutation(UpdateAgendaItemDocument, RELOAD_ONE_ON_ONE);
  const [remove, removing] = useMutation(RemoveAgendaItemDocument, RELOAD_ONE_ON_ONE);
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
    <EditItemForm
      label={`Edit agenda item ${item.text}`}
      onSubmit={form.onSubmit(async ({ text }) => {
        if (text.trim() === item.text) onCancel();
        else await onSave(text.trim());
      })}
      saving={saving}
      onCancel={onCancel}
      problem={!fieldError && <ItemProblem problem={problem} />}
    >
      <TextInput
        label="Agenda item"
        maxLength={AGENDA_TEXT_MAX}
        ref={textInput}
        {...form.getInputProps('text')}
        error={form.errors.text ?? fieldError}
      />
    </EditItemForm>
  );
}

/** Removes the item (or drops a proposal of the plan). */
function RemoveButton({
  item,
  removing,
  onRemove,
}: {
  item: OneOnOneAgendaItemFragment;
  removing: boolean;
  onRemove: () => void;
}) {
  return (
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
          <Tag size="sm" color="grape" leftSection={<IconSparkle size={11} />}>
            From the plan
          </Tag>
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
  sortable: { isDragging, setActivatorNodeRef, attributes, listeners },
}: {
  text: string;
  sortable: Sortable;
}) {
  return (
    <ActionIcon
      ref={setActivatorNodeRef}
      variant="subtle"
      color="gray"
      size="sm"
      mt={1}
      aria-label={`Move “${text}”`}
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
  );
}
