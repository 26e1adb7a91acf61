import { Alert, Stack, Title } from '@mantine/core';
import { GoalStatus } from '@fulcrum/shared';
import { antiPatternLabel } from '@/lib/antiPatterns';
import { useState } from 'react';
import { AddButton } from '@/components/ActionButtons';
import { EmptyCard } from '@/components/EmptyCard';
import { usePlanScope } from '../hooks/usePlanScope';
import { GoalForm } from './GoalForm';
import { formatHours } from '@/lib/format';
import { GoalCard } from './GoalCard';
import { SectionHeader } from '@/components/SectionHeader';

const STATUS_ORDER = [GoalStatus.ACTIVE, GoalStatus.PROPOSED, GoalStatus.DONE, GoalStatus.DROPPED];

export function GoalsTab() {
  const { plan, canWrite } = usePlanScope();
  const [adding, setAdding] = useState(false);
  const findings = plan.antiPatterns.filter((f) => f.detected || f.selfReported);
  const goals = [...plan.goals].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  const open = goals.filter((g) => g.status === GoalStatus.ACTIVE || g.status === GoalStatus.PROPOSED);
  const closed = goals.filter((g) => g.status === GoalStatus.DONE || g.status === GoalStatus.DROPPED);

  return (
    <Stack gap="lg">
      <SectionHeader
        title="Change goals"
        description={
          <>
            Change, not addition: each goal stops or shrinks something to start something else, within the{' '}
            {formatHours(plan.weeklyHours)} week.
          </>
        }
      >
        {canWrite && !adding && <AddButton onClick={() => setAdding(true)}>New change goal</AddButton>}
      </SectionHeader>
      {findings.map((finding) => (
        <Alert
          key={finding.pattern}
          color="yellow"
          variant="light"
          title={`Anti-pattern: ${antiPatternLabel(finding.pattern)}${finding.detected ? '' : ' (self-reported)'}`}
          data-testid={`anti-pattern-${finding.pattern}`}
        >
          {finding.evidence ?? 'Ticked in a reflection.'}
        </Alert>
      ))}
      {adding && <GoalForm onDone={() => setAdding(false)} />}
      {goals.length === 0 && !adding && (
        <EmptyCard>
          No change goals yet. Pick an execution activity to hand off and the leadership work that takes its hours.
        </EmptyCard>
      )}
      {/* One flat keyed list: a goal that becomes done or dropped moves without losing its state. */}
      {[
        ...open.map((goal) => <GoalCard key={goal.id} goal={goal} />),
        ...(closed.length > 0
          ? [
              <Title key="heading-closed" order={3} fz="md" c="dimmed" mt="xs">
                Done and dropped
              </Title>,
            ]
          : []),
        ...closed.map((goal) => <GoalCard key={goal.id} goal={goal} />),
      ]}
    </Stack>
  );
}
