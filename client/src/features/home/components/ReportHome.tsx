import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Grid, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import { LEVEL_LABELS, PlanStatus } from '@fulcrum/shared';
import { Link } from 'react-router';
import { ReadinessBadge } from '@/components/ReadinessBadge';
import { paths } from '@/config/paths';
import type { SignedInViewer } from '@/lib/viewer/useViewer';
import { ReportHomeDocument } from '../api/gql/graphql';
import { archetypeExplanation, archetypeLabel } from '../utils/format';
import { DelegatedToMe } from './DelegatedToMe';
import { GoButton, HomeCard, HomeQueryStatus, HomeTitle, MY_PLAN, NextOneOnOne, VisibilityNote } from './HomeParts';
import { StartMyPlanCard, mayPlan } from './StartMyPlanCard';
import { WeekCard, GoalsCard, type MyPlan } from './ReportHomeCards';
import { OweCard, RequestsCard } from './ReportHomeLists';

/** Home for someone with a plan of their own: where it stands, their week, goals, what they owe, recent requests. One query. */
export function ReportHome({ viewer }: { viewer: SignedInViewer }) {
  const query = useQuery(ReportHomeDocument, { fetchPolicy: 'cache-and-network' });
  const { data } = query;
  const plan = data?.viewer?.person.activePlan ?? null;

  return (
    <Stack gap="lg" maw={1120} data-testid="report-home">
      <HomeTitle name={viewer.person.name}>
        Your growth plan at a glance, and what you owe before the next 1:1.
      </HomeTitle>
      <HomeQueryStatus query={query} ready={!!data} label="Loading your plan" cards={3} />
      {/* The cached viewer still had a plan the server no longer has open (archived meanwhile). */}
      {data &&
        !plan &&
        (mayPlan(viewer.person) ? (
          <StartMyPlanCard viewer={viewer} />
        ) : (
          <Text c="dimmed">You have no open plan any more. Your manager can start a new one from People.</Text>
        ))}
      {plan && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="lg">
              <PlanSummaryCard plan={plan} />
              <WeekCard plan={plan} />
              <GoalsCard plan={plan} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <OweCard plan={plan} viewerId={viewer.person.id} />
              <RequestsCard plan={plan} />
            </Stack>
          </Grid.Col>
        </Grid>
      )}
      {data && data.delegationsToMe.length > 0 && (
        <DelegatedToMe delegations={data.delegationsToMe} refetch={ReportHomeDocument} />
      )}
    </Stack>
  );
}

function PlanSummaryCard({ plan }: { plan: MyPlan }) {
  return (
    <HomeCard
      kind={MY_PLAN}
      right={
        <Group gap={6} wrap="nowrap">
          {plan.status !== PlanStatus.ACTIVE && (
            <Badge variant="outline" color="gray" radius="sm">
              {plan.status === PlanStatus.DRAFT ? 'Draft' : plan.status}
            </Badge>
          )}
          <ReadinessBadge stage={plan.readiness.stage} size="lg" data-testid="my-readiness" />
        </Group>
      }
      description={<PlanAim plan={plan} />}
    >
      {plan.status === PlanStatus.DRAFT && (
        <Text size="sm">This plan is a draft: fill it in with {plan.manager.name}, then activate it.</Text>
      )}
      {plan.readiness.reasons.length > 0 && (
        <List size="sm" spacing={2} data-testid="my-readiness-reasons">
          {plan.readiness.reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
      )}
      <NextOneOnOne
        next={plan.nextOneOnOne}
        label={`Next 1:1 with ${plan.manager.name}`}
        none={
          <>
            No 1:1 scheduled ·{' '}
            <Anchor component={Link} to={paths.plan.to(plan.id, 'one-on-ones')} size="sm">
              Schedule one
            </Anchor>
          </>
        }
      />
      <GoButton to={paths.plan.to(plan.id)}>Open my plan</GoButton>
      <VisibilityNote testId="my-plan-visibility">
        Visible to: you, {plan.manager.name}, and managers above them. Admins do not see plan content.
      </VisibilityNote>
    </HomeCard>
  );
}

/** Where the plan goes: from which level to which, and the archetype aimed for. */
function PlanAim({ plan }: { plan: MyPlan }) {
  return (
    <>
      {LEVEL_LABELS[plan.currentLevel]} → {LEVEL_LABELS[plan.targetLevel]}
      {plan.targetArchetype ? (
        <>
          {' · aiming for '}
          <Tooltip label={archetypeExplanation(plan.targetArchetype)} multiline w={300} withArrow>
            <Text span fw={600} c="var(--mantine-color-text)" style={{ cursor: 'help' }}>
              {archetypeLabel(plan.targetArchetype)}
            </Text>
          </Tooltip>
        </>
      ) : (
        ' · no target archetype yet'
      )}
    </>
  );
}
