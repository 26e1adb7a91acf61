import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { GAP_KIND_LABELS, GapKind, GapStatus } from '@fulcrum/shared';
import { useState } from 'react';
import { AddButton, EditButton } from '@/components/ActionButtons';
import { AnchoredCard } from '@/components/AnchoredCard';
import { EmptyCard } from '@/components/EmptyCard';
import { type PlanGapFragment } from '../api/gql/graphql';
import { usePlanScope } from '../hooks/usePlanScope';
import { GapForm, STATUS_LABELS } from './GapForm';
import { SectionHeader } from '@/components/SectionHeader';

const STATUS_COLORS: Record<GapStatus, string> = {
  [GapStatus.OPEN]: 'orange',
  [GapStatus.WORKING]: 'blue',
  [GapStatus.CLOSED]: 'teal',
};

export function GapsTab() {
  const { plan, canWrite } = usePlanScope();
  const [adding, setAdding] = useState(false);

  return (
    <Stack gap="lg">
      <SectionHeader
        title="Gaps"
        description={<>A gap is what limits a strength, not a weakness to punish. Close one, then find the next.</>}
      >
        {canWrite && !adding && <AddButton onClick={() => setAdding(true)}>Add gap</AddButton>}
      </SectionHeader>
      {adding && <GapForm onDone={() => setAdding(false)} />}
      {plan.gaps.length === 0 && !adding && (
        <EmptyCard>
          No gaps yet. Start from the rotation doubt: in "great, as long as someone helps them with X", X is a gap.
        </EmptyCard>
      )}
      {/* One flat keyed list, headers between: a gap whose status changes (also while it is being
          edited, by someone else) moves without losing its form. */}
      {Object.values(GapStatus).flatMap((status) => {
        const gaps = plan.gaps.filter((g) => g.status === status);
        if (gaps.length === 0) return [];
        return [
          <Group key={`heading-${status}`} gap="xs" mt="xs">
            <Title order={3} fz="md">
              {STATUS_LABELS[status]}
            </Title>
            <Badge size="sm" variant="light" color={STATUS_COLORS[status]} radius="sm">
              {gaps.length}
            </Badge>
          </Group>,
          ...gaps.map((gap) => <GapCard key={gap.id} gap={gap} />),
        ];
      })}
    </Stack>
  );
}

function GapCard({ gap }: { gap: PlanGapFragment }) {
  const { canWrite } = usePlanScope();
  const [editing, setEditing] = useState(false);
  if (editing) return <GapForm gap={gap} onDone={() => setEditing(false)} />;
  return (
    <AnchoredCard anchor={`gap-${gap.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} style={{ minWidth: 0 }}>
            {gap.title}
          </Text>
          {canWrite && <EditButton onClick={() => setEditing(true)}>Edit</EditButton>}
        </Group>
        <Group gap={6}>
          <Badge variant="light" color={gap.kind === GapKind.AUTONOMY ? 'grape' : 'indigo'} radius="sm" tt="none">
            {GAP_KIND_LABELS[gap.kind]}
          </Badge>
          <Badge variant="outline" color={STATUS_COLORS[gap.status]} radius="sm" tt="none">
            {STATUS_LABELS[gap.status]}
          </Badge>
          <Text size="xs" c="dimmed">
            Opened {gap.openedQuarter}
            {gap.closedQuarter ? ` · closed ${gap.closedQuarter}` : ''}
          </Text>
        </Group>
        {gap.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {gap.description}
          </Text>
        )}
        {gap.evidence && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            <b>Evidence:</b> {gap.evidence}
          </Text>
        )}
      </Stack>
    </AnchoredCard>
  );
}
