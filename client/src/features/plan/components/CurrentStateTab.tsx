import { Alert, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { RatingSide, ReadinessStage, SignalKind, signalInfo } from '@fulcrum/shared';
import { ReadinessBadge } from '@/components/ReadinessBadge';
import { SectionHeader } from '@/components/SectionHeader';
import { usePlanScope } from '../hooks/usePlanScope';
import { SignalCard } from './SignalCard';
import { ArchetypePicker } from './ArchetypePicker';

const STAGE_EXPLANATIONS: Record<ReadinessStage, string> = {
  [ReadinessStage.FOCUS_ON_SENIOR_SCOPE]:
    'A blocker is clear: keep growing as a Senior first, and turn each clear blocker into a gap to close.',
  [ReadinessStage.BUILDING_SIGNALS]:
    'No blocker is clear, but fewer than two change signals are. Keep collecting evidence on both sides.',
  [ReadinessStage.READY_FOR_CHANGE]:
    'No blocker is clear and at least two change signals are: time to change the nature of the work, not to add to it.',
};

export function CurrentStateTab() {
  const { plan, side } = usePlanScope();
  const disagreements = plan.signals.filter((s) => !s.agree);
  const ownerFirst = plan.owner.name.split(/\s+/)[0];
  const managerFirst = plan.manager.name.split(/\s+/)[0];

  return (
    <Stack gap="xl">
      <ReadinessCard />

      {disagreements.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          title={side ? 'Where you see it differently' : 'Where they see it differently'}
          data-testid="disagreement-summary"
        >
          {side === RatingSide.SELF
            ? `You and ${managerFirst}`
            : side === RatingSide.MANAGER
              ? `You and ${ownerFirst}`
              : `${ownerFirst} and ${managerFirst}`}{' '}
          rate {disagreements.length === 1 ? 'one signal' : `${disagreements.length} signals`} differently:{' '}
          {disagreements.map((s) => signalInfo(s.signal).title).join(', ')}. Start the next 1:1 with{' '}
          {disagreements.length === 1 ? 'it' : 'them'}.
        </Alert>
      )}

      <SignalGroup
        kind={SignalKind.BLOCKER}
        title="Blockers: keep growing as a Senior"
        description="Any of these clear means the next step is still inside the Senior scope. Each one is a gap to close, not a verdict."
      />
      <SignalGroup
        kind={SignalKind.CHANGE}
        title="Change signals: time to change the nature of the work"
        description="Two of these clear, and no blocker, mean more of the same work no longer grows the person."
      />

      <ArchetypePicker />
    </Stack>
  );
}

function ReadinessCard() {
  const { plan } = usePlanScope();
  const { stage, reasons } = plan.readiness;
  return (
    <Card withBorder padding="lg" data-testid="readiness">
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={2} fz="lg">
            Readiness
          </Title>
          <ReadinessBadge stage={stage} size="lg" />
        </Group>
        <Text size="sm">{STAGE_EXPLANATIONS[stage]}</Text>
        <List size="sm" spacing={2}>
          {reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed">
          Derived from {plan.manager.name}'s ratings; {plan.owner.name}'s own ratings count where the manager has not
          rated yet.
        </Text>
      </Stack>
    </Card>
  );
}

function SignalGroup({ kind, title, description }: { kind: SignalKind; title: string; description: string }) {
  const { plan } = usePlanScope();
  const signals = plan.signals.filter((s) => s.kind === kind);
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <SectionHeader title={title} description={description} />
      {signals.map((assessment) => (
        <SignalCard key={assessment.signal} assessment={assessment} />
      ))}
    </Stack>
  );
}
