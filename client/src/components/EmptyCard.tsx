import { Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** What a list shows while it has nothing: why, and how it fills. */
export function EmptyCard({ children }: { children: ReactNode }) {
  return (
    <Card withBorder padding="lg">
      <Text size="sm" c="dimmed" ta="center">
        {children}
      </Text>
    </Card>
  );
}
