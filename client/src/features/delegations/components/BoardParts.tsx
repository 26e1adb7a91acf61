import { SimpleGrid } from '@mantine/core';
import { DelegationStage, isFinalStage, roundHours } from '@fulcrum/shared';
import { type BoardDelegationFragment } from '../api/gql/graphql';
import { riskReason } from '../utils/delegation';
import { formatHours } from '@/lib/format';
import { StatCard } from '@/components/StatCard';

export function Summary({ delegations }: { delegations: readonly BoardDelegationFragment[] }) {
  const active = delegations.filter((d) => !isFinalStage(d.stage));
  const owned = delegations.filter((d) => d.stage === DelegationStage.OWNED);
  const atRisk = active.filter((d) => riskReason(d) !== null);
  const coaching = roundHours(delegations.reduce((sum, d) => sum + d.coachingHoursTotal, 0));
  const hours = (list: readonly BoardDelegationFragment[]) =>
    formatHours(list.reduce((sum, d) => sum + d.hoursPerWeek, 0));
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="delegation-summary">
      <StatCard label="Being handed over" value={String(active.length)} hint={`${hours(active)} a week to free`} />
      <StatCard
        label="Owned"
        value={String(owned.length)}
        hint={`${hours(owned)} a week freed`}
        color={owned.length > 0 ? 'teal' : undefined}
      />
      <StatCard label="Coaching invested" value={formatHours(coaching)} hint="across every delegation" />
      <StatCard
        label="At risk"
        value={String(atRisk.length)}
        hint="confidence ≤ 2 or 14 days silent"
        color={atRisk.length > 0 ? 'red' : undefined}
      />
    </SimpleGrid>
  );
}
