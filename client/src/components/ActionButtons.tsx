import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconPencil, IconPlus } from './icons';

/** The button beside a tab's or a section's title that opens its form for a new item. */
export function AddButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button leftSection={<IconPlus size={16} />} variant="light" onClick={onClick}>
      {children}
    </Button>
  );
}

/** The small button in a card's heading that turns the card into its form. */
export function EditButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button
      size="xs"
      variant="subtle"
      leftSection={<IconPencil size={14} />}
      onClick={onClick}
      style={{ flexShrink: 0 }}
    >
      {children}
    </Button>
  );
}
