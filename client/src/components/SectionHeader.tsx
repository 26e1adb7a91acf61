import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A tab's or a section's title with what it is for, and its actions on the right. */
export function SectionHeader({
  title,
  description,
  align = 'flex-start',
  titleFills = true,
  children,
}: {
  title: ReactNode;
  description: ReactNode;
  align?: 'flex-start' | 'flex-end';
  /** The title takes the free width, keeping the actions on its right; otherwise a long description sends them under it. */
  titleFills?: boolean;
  children?: ReactNode;
}) {
  return (
    <Group justify="space-between" align={align}>
      <div style={titleFills ? { flex: 1, minWidth: 260 } : undefined}>
        <Title order={2} fz="lg">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      </div>
      {children}
    </Group>
  );
}
