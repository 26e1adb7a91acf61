import { Card, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { SectionHeader } from '@/components/SectionHeader';

/**
 * A panel of the 1:1 page: its title and a line on where it stands, its controls beside them
 * (under them when the line is long), then its body.
 */
export function OneOnOnePanel({
  testId,
  title,
  summary,
  controls,
  children,
}: {
  testId: string;
  title: string;
  summary: ReactNode;
  controls?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" data-testid={testId}>
      <Stack gap="sm">
        <SectionHeader title={title} description={summary} titleFills={false}>
          {controls}
        </SectionHeader>
        {children}
      </Stack>
    </Card>
  );
}
