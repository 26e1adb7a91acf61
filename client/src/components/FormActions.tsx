import { Button, Group, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { SubmitButton } from './SubmitButton';

interface FormActionsProps {
  /** The submit button's label. */
  children: ReactNode;
  onCancel: () => void;
  /** While saving, the submit button spins and cancelling waits. */
  saving: boolean;
  /** The submit button is disabled (e.g. the live preview shows the change cannot be saved). */
  blocked?: boolean;
  cancelLabel?: string;
  /** Small buttons, close together: a form inside a card. */
  compact?: boolean;
  mt?: MantineSpacing;
}

/** A form's closing row on the right: cancel (or close), then submit. */
export function FormActions({
  children,
  onCancel,
  saving,
  blocked,
  cancelLabel = 'Cancel',
  compact,
  mt,
}: FormActionsProps) {
  const size = compact ? 'xs' : undefined;
  return (
    <Group justify="flex-end" gap={compact ? 'xs' : undefined} mt={mt}>
      <Button variant="default" size={size} onClick={onCancel} disabled={saving}>
        {cancelLabel}
      </Button>
      <SubmitButton size={size} loading={saving} disabled={blocked}>
        {children}
      </SubmitButton>
    </Group>
  );
}
