import { Badge, Paper, SimpleGrid, Text } from '@mantine/core';
import { IconCheck } from '@/components/icons';
import { type PlanReflectionFragment } from '../api/gql/graphql';
import { formatRatio } from '../utils/reflection';
import { firstName } from '@/lib/format';

export function Signature({ name, signed }: { name: string; signed: boolean }) {
  return (
    <Badge
      variant={signed ? 'light' : 'outline'}
      color={signed ? 'teal' : 'gray'}
      radius="sm"
      tt="none"
      fw={500}
      leftSection={signed ? <IconCheck size={12} /> : undefined}
      data-testid={`signature-${firstName(name)}`}
    >
      {firstName(name)}: {signed ? 'signed' : 'not signed'}
    </Badge>
  );
}

/** The quarter as it was frozen when the reflection started. */
export function Snapshot({ reflection: r }: { reflection: PlanReflectionFragment }) {
  const s = r.snapshot;
  const total = s.doingHours + s.multiplyingHours;
  const doingShare = total > 0 ? Math.round((s.doingHours / total) * 100) : 0;
  const items: [string, string][] = [
    ['Doing', `${s.doingHours} h (${doingShare}%)`],
    ['Multiplying', `${s.multiplyingHours} h`],
    ['High / neutral / overhead', `${s.highLeverageHours} / ${s.neutralHours} / ${s.overheadHours} h`],
    ['Gaps closed', String(s.gapsClosed)],
    ['Delegations owned', String(s.delegationsOwned)],
    ['Leverage ratio', formatRatio(s.leverageRatio)],
  ];
  return (
    <Paper withBorder radius="md" p="sm" data-testid="snapshot">
      <Text size="xs" c="dimmed" mb={6}>
        Snapshot frozen when the reflection started: later changes to the plan do not change it.
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs">
        {items.map(([label, value]) => (
          <div key={label}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} lh={1.3}>
              {label}
            </Text>
            <Text size="sm" fw={600}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
