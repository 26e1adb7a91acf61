import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Checkbox,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Tooltip,
  type PaperProps,
  type TextInputProps,
} from '@mantine/core';
import { AGENDA_TEXT_MAX, ErrorCode } from '@fulcrum/shared';
import type { ReactNode, SubmitEventHandler } from 'react';
import { FormActions } from '@/components/FormActions';
import { IconPencil, IconPlus } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SubmitButton } from '@/components/SubmitButton';
import type { Problem } from '@/lib/errors';
import { RELOAD_ONE_ON_ONE, useOneOnOneChange } from '../hooks/useOneOnOneScope';

// The pieces the agenda and the action items share: the list, a row that can be ticked and
// edited, and the forms that add and edit an item.

/** The items, one under the other: `ordered` when their order means something (the agenda). */
export function ItemList({
  ordered = false,
  label,
  children,
}: {
  ordered?: boolean;
  label: string;
  children: ReactNode;
}) {
  return (
    <Stack gap={6} component={ordered ? 'ol' : 'ul'} m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
      {children}
    </Stack>
  );
}

/** One item of the list, named by its text; greyed once ticked. */
export function ItemCard({
  text,
  checked,
  testId,
  children,
  ...props
}: PaperProps & {
  text: string;
  checked: boolean;
  testId: string;
  ref?: (element: HTMLElement | null) => void;
  children: ReactNode;
}) {
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="xs"
      data-testid={testId}
      aria-label={text}
      bg={checked ? 'var(--mantine-color-gray-0)' : undefined}
      {...props}
    >
      {children}
    </Paper>
  );
}

/** The item's tick box, named by what ticking says of the item ("Done: …"). */
export function ItemCheckbox({
  label,
  checked,
  disabled,
  onCheck,
}: {
  label: string;
  checked: boolean;
  disabled: boolean;
  onCheck: (checked: boolean) => Promise<unknown>;
}) {
  return (
    <Checkbox
      mt={3}
      checked={checked}
      disabled={disabled}
      aria-label={label}
      onChange={(event) => void onCheck(event.currentTarget.checked)}
    />
  );
}

/** The item's text, struck through once ticked; `grow` takes the row's free width. */
export function ItemText({ text, checked, grow = false }: { text: string; checked: boolean; grow?: boolean }) {
  return (
    <Text
      size="sm"
      td={checked ? 'line-through' : undefined}
      c={checked ? 'dimmed' : undefined}
      style={{ ...(grow && { flex: 1, minWidth: 0 }), overflowWrap: 'anywhere' }}
    >
      {text}
    </Text>
  );
}

/** Opens the item's form in its place. */
export function EditItemButton({ text, onClick }: { text: string; onClick: () => void }) {
  return (
    <Tooltip label="Edit">
      <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Edit “${text}”`} onClick={onClick}>
        <IconPencil size={14} />
      </ActionIcon>
    </Tooltip>
  );
}

/** A refused change of an item; a conflict is explained as `conflict` says, when it says. */
export function ItemProblem({ problem, conflict }: { problem: Problem | null; conflict?: string }) {
  if (!problem) return null;
  return <ProblemAlert error={problem} message={problem.code === ErrorCode.CONFLICT ? conflict : undefined} />;
}

/** The form that edits an item in place: its fields, what was refused, Cancel and Save. */
export function EditItemForm({
  label,
  onSubmit,
  problem,
  saving,
  onCancel,
  children,
}: {
  label: string;
  onSubmit: SubmitEventHandler<HTMLFormElement>;
  problem: ReactNode;
  saving: boolean;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label}>
      <Stack gap="xs">
        {children}
        {problem}
        <FormActions compact onCancel={onCancel} saving={saving}>
          Save
        </FormActions>
      </Stack>
    </form>
  );
}

/** How the form that adds an item names itself, its text field and its button. */
export interface AddItemLabels {
  form: string;
  text: string;
  placeholder: string;
  submit: string;
}

/** Whether an item is being added, and why the last one was refused. */
interface AddingStatus {
  adding: boolean;
  problem: Problem | null;
}

/**
 * Adds an item to the 1:1 with `document`'s mutation; `add` resolves whether it went in. A refusal
 * is kept in `status`, unless `showOnFields` puts it all under the form's fields.
 */
export function useAddItem<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
) {
  const { problem, run } = useOneOnOneChange();
  const [mutate, { loading }] = useMutation(document, RELOAD_ONE_ON_ONE);
  const add = (variables: TVariables, showOnFields: (problem: Problem) => boolean) =>
    run(() => mutate({ variables }), showOnFields);
  const status: AddingStatus = { adding: loading, problem };
  return { add, status };
}

/** The form under a list that adds an item: its text first, then what else the item needs. */
export function AddItemForm({
  labels,
  status: { adding, problem },
  onSubmit,
  text,
  children,
}: {
  labels: AddItemLabels;
  status: AddingStatus;
  onSubmit: SubmitEventHandler<HTMLFormElement>;
  /** The text field's value, change and error (the form's input props). */
  text: TextInputProps;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate aria-label={labels.form}>
      <Stack gap="xs">
        <Group align="flex-start" gap="xs" wrap="wrap">
          <TextInput
            style={{ flex: 2, minWidth: 220 }}
            label={labels.text}
            placeholder={labels.placeholder}
            maxLength={AGENDA_TEXT_MAX}
            {...text}
          />
          {children}
        </Group>
        {problem && <ProblemAlert error={problem} />}
        <Group justify="flex-end">
          <SubmitButton size="sm" variant="light" loading={adding} leftSection={<IconPlus size={14} />}>
            {labels.submit}
          </SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}
