import { Card, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconEye } from '@/components/icons';

/** The page title every home starts with. */
export function HomeTitle({ name, children }: { name: string; children: ReactNode }) {
  const first = name.split(/\s+/)[0] || name;
  return (
    <Stack gap={2}>
      <Title order={1} fz={26}>
        Welcome, {first}
      </Title>
      <Text c="dimmed">{children}</Text>
    </Stack>
  );
}

/** §4b: every screen that shows plan content says who can see it. */
export function VisibilityNote({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Group gap={6} wrap="nowrap" c="dimmed" align="flex-start" data-testid={testId}>
      <IconEye size={14} style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="xs">{children}</Text>
    </Group>
  );
}

/** A card's heading: an icon, a title and a line saying what the card is for. */
export function CardHeading({
  icon,
  color,
  title,
  children,
  right,
}: {
  icon: ReactNode;
  color?: string;
  title: string;
  children?: ReactNode;
  right?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" align="flex-start" style={{ flex: 1, minWidth: 0 }}>
        <ThemeIcon variant="light" size={36} radius="md" color={color}>
          {icon}
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Title order={2} fz="lg">
            {title}
          </Title>
          {children && (
            <Text size="sm" c="dimmed">
              {children}
            </Text>
          )}
        </div>
      </Group>
      {right && <div style={{ flexShrink: 0 }}>{right}</div>}
    </Group>
  );
}

/** Placeholder cards while a home's one query runs. */
export function HomeSkeleton({ label, cards = 2 }: { label: string; cards?: number }) {
  return (
    <Stack gap="lg" aria-label={label} aria-busy="true" role="status">
      {Array.from({ length: cards }, (_, i) => (
        <Card key={i} withBorder radius="md" padding="lg">
          <Stack gap="sm">
            <Skeleton height={18} width="30%" />
            <Skeleton height={12} />
            <Skeleton height={12} width="70%" />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
