import { Box, Group, Stack, Text } from '@mantine/core';
import { STAGE_LABELS, STAGE_PATH, type DelegationStage } from '@fulcrum/shared';
import { COLORS } from '@/lib/palette';

export function stageLabel(stage: DelegationStage): string {
  return STAGE_LABELS[stage];
}

export function stageColor(stage: DelegationStage): string {
  return COLORS.stage[stage];
}

/** The path Planned → Owned as five segments, filled up to the current stage. */
export function StageTrack({ stage }: { stage: DelegationStage }) {
  const reached = STAGE_PATH.indexOf(stage);
  const color = stageColor(stage);
  return (
    <Group
      gap={4}
      wrap="nowrap"
      role="img"
      aria-label={`Stage ${reached + 1} of ${STAGE_PATH.length}: ${stageLabel(stage)}`}
    >
      {STAGE_PATH.map((s, i) => (
        <Stack key={s} gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Box
            h={6}
            style={{ borderRadius: 3 }}
            bg={i <= reached ? `var(--mantine-color-${color}-6)` : 'var(--mantine-color-gray-3)'}
          />
          <Text
            size="xs"
            ta="center"
            c={i === reached ? `${color}.8` : 'dimmed'}
            fw={i === reached ? 700 : 400}
            truncate
          >
            {STAGE_LABELS[s]}
          </Text>
        </Stack>
      ))}
    </Group>
  );
}
