import { Group, Loader, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Archetype } from '@fulcrum/shared';
import { useState } from 'react';
import { IconTarget } from '@/components/icons';
import { usePlanScope, type PlanFailure } from '../hooks/usePlanScope';
import { usePlanUpdate } from '../hooks/usePlanUpdate';
import { FailureAlert } from '@/components/PlanAlerts';

export function ArchetypePicker() {
  const { plan, archetypes, canWrite } = usePlanScope();
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const { update, loading } = usePlanUpdate();
  const chosen = archetypes.find((a) => a.archetype === plan.targetArchetype);

  const choose = async (archetype: Archetype) => {
    if (!canWrite || archetype === plan.targetArchetype) return;
    setFailure(null);
    const archetypeField = {
      key: 'targetArchetype',
      label: 'target archetype',
      format: (v: unknown) => archetypes.find((a) => a.archetype === v)?.title ?? String(v),
    };
    setFailure(await update({ targetArchetype: archetype }, [archetypeField]));
  };

  return (
    <Stack gap="sm" component="section" aria-label="Target archetype">
      <Group gap="sm">
        <IconTarget />
        <Title order={2} fz="lg">
          Target archetype
        </Title>
        {loading && <Loader size="xs" />}
      </Group>
      <Text size="sm" c="dimmed">
        {chosen
          ? `Aiming to become a ${chosen.title}. ${canWrite ? 'Pick another if the direction changes.' : ''}`
          : canWrite
            ? 'What kind of Lead is this plan aiming for? Pick the closest; it can change later.'
            : 'No target archetype chosen yet.'}
      </Text>
      <FailureAlert failure={failure} />
      <Radio.Group
        value={plan.targetArchetype ?? null}
        onChange={(value) => void choose(value)}
        aria-label="Target archetype"
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {archetypes.map((a) => (
            <ArchetypeCard
              key={a.archetype}
              option={a}
              chosen={a.archetype === plan.targetArchetype}
              disabled={!canWrite || loading}
            />
          ))}
        </SimpleGrid>
      </Radio.Group>
    </Stack>
  );
}

/** One archetype to aim for, marked when it is the plan's. */
function ArchetypeCard({
  option,
  chosen,
  disabled,
}: {
  option: { archetype: Archetype; title: string; explanation: string };
  chosen: boolean;
  disabled: boolean;
}) {
  return (
    <Radio.Card
      value={option.archetype}
      disabled={disabled}
      p="md"
      radius="md"
      style={
        chosen
          ? {
              borderColor: 'var(--mantine-color-indigo-6)',
              background: 'var(--mantine-color-indigo-0)',
            }
          : undefined
      }
    >
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator />
        <div>
          <Text fw={600} size="sm">
            {option.title}
          </Text>
          <Text size="sm" c="dimmed">
            {option.explanation}
          </Text>
        </div>
      </Group>
    </Radio.Card>
  );
}
