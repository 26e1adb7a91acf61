import { Card, Text } from '@mantine/core';

/** One figure in a row of figures: what it is, the value, and a hint of what it means. */
export function StatCard({
  label,
  value,
  hint,
  color,
  testId,
}: {
  label: string;
  value: string;
  hint: string;
  color?: string;
  testId?: string;
}) {
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} fz={22} c={color}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Card>
  );
}
