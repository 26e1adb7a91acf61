import { Group, Paper, SegmentedControl, Text } from '@mantine/core';
import { LEVERAGE_LABELS, Leverage, MODE_LABELS, Mode, weekShape, type HoursBy } from '@fulcrum/shared';
import { useState } from 'react';
import { IconArrowRight } from '@/components/icons';
import { formatHours, formatSignedHours } from '@/lib/format';
import { WeekBars, type WeekBreakdown } from './WeekBars';

const WEEK_PART_LABELS: Record<Mode | Leverage, string> = { ...MODE_LABELS, ...LEVERAGE_LABELS };

const BREAKDOWNS: { value: WeekBreakdown; label: string }[] = [
  { value: 'mode', label: 'By mode' },
  { value: 'leverage', label: 'By leverage' },
];

function hoursOf(parts: readonly HoursBy[], key: string): number {
  return parts.find((p) => p.key === key)?.hours ?? 0;
}

/** Before and after, as bars and as words: the projected week without and with this goal. */
export function ProjectionPreview({
  before,
  after,
  budgetHours,
  whose,
  typed,
}: {
  before: ReturnType<typeof weekShape>;
  after: ReturnType<typeof weekShape>;
  budgetHours: number;
  whose: string;
  typed: boolean;
}) {
  const [by, setBy] = useState<WeekBreakdown>('mode');
  const keys = by === 'mode' ? Object.values(Mode) : Object.values(Leverage);
  const label = (key: Mode | Leverage) => WEEK_PART_LABELS[key];
  const parts = (shape: typeof before) => (by === 'mode' ? shape.byMode : shape.byLeverage);

  return (
    <Paper withBorder p="md" radius="md" bg="white" data-testid="goal-preview" aria-live="polite">
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          {whose.charAt(0).toUpperCase() + whose.slice(1)} projected week with this goal
        </Text>
        <SegmentedControl size="xs" value={by} onChange={setBy} data={BREAKDOWNS} aria-label="Preview breakdown" />
      </Group>
      <WeekBars
        rows={[
          { label: 'Projected now', shape: before },
          { label: 'With this goal', shape: after },
        ]}
        budgetHours={budgetHours}
        by={by}
        height={150}
      />
      <Group gap="md" mt="xs" data-testid="goal-preview-summary">
        {!typed && (
          <Text size="sm" c="dimmed">
            Type the hours to see how the week changes.
          </Text>
        )}
        {typed &&
          keys.map((key) => {
            const from = hoursOf(parts(before), key);
            const to = hoursOf(parts(after), key);
            return (
              <Text key={key} size="sm">
                {label(key)}: {formatHours(from)} <IconArrowRight size={12} /> <b>{formatHours(to)}</b>{' '}
                <Text span size="xs" c={to - from > 0 ? 'teal' : to - from < 0 ? 'red' : 'dimmed'}>
                  ({formatSignedHours(to - from)})
                </Text>
              </Text>
            );
          })}
        {typed && (
          <Text size="sm">
            Total: {formatHours(before.totalHours)} <IconArrowRight size={12} /> <b>{formatHours(after.totalHours)}</b>{' '}
            of {formatHours(budgetHours)}
          </Text>
        )}
      </Group>
    </Paper>
  );
}
