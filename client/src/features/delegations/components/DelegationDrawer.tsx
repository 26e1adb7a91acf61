import { useMutation } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Alert, Avatar, Badge, Divider, Drawer, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Tag } from '@/components/Tag';
import { DelegationStage, PlanStatus, STAGE_DESCRIPTIONS, STAGE_LABELS, Side } from '@fulcrum/shared';
import { FailureAlert } from '@/components/PlanAlerts';
import { usePlanScope } from '@/lib/planScope';
import { useViewer } from '@/lib/viewer/useViewer';
import { CheckInDocument, PlanDelegationsDocument, type BoardDelegationFragment } from '../api/gql/graphql';
import type { StageMover } from '../hooks/useStageMover';
import { StageTrack, stageColor } from '@/components/StageTrack';
import { RATIO_HELP, formatDate, ratioColor, ratioExplanation, riskReason } from '../utils/delegation';
import { CheckInForm, ReclaimedNote } from '@/components/CheckInForm';
import { CheckInList } from './CheckInList';
import { StageMoves } from './StageMoves';
import { firstName, formatHours } from '@/lib/format';

/** One delegation opened from the board: where it stands, every check-in, and a new one. */
export function DelegationDrawer({
  delegation,
  mover,
  onClose,
}: {
  delegation: BoardDelegationFragment | null;
  mover: StageMover;
  onClose: () => void;
}) {
  return (
    <Drawer
      opened={delegation !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={delegation ? <Text fw={700}>{delegation.activityName}</Text> : null}
    >
      {delegation && <DrawerBody delegation={delegation} mover={mover} />}
    </Drawer>
  );
}

function DrawerBody({ delegation: d, mover }: { delegation: BoardDelegationFragment; mover: StageMover }) {
  const { plan, canWrite } = usePlanScope();
  const viewer = useViewer();
  const stage = d.stage;
  const reclaimed = stage === DelegationStage.RECLAIMED;
  const risk = riskReason(d);
  const isDelegatee = viewer.person.id === d.delegatee.id;
  // The delegatee checks in on their side; the owner and the direct manager on the delegator's.
  const checkInSide = isDelegatee ? Side.DELEGATEE : canWrite ? Side.DELEGATOR : null;
  const [checkIn, { loading: checkingIn }] = useMutation(CheckInDocument, {
    // Home's lists belong to another feature: refetched by name when they are active.
    refetchQueries: [PlanDelegationsDocument, 'JuniorHome', 'ReportHome'],
    awaitRefetchQueries: true,
  });

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge color={stageColor(stage)} variant="light" radius="sm">
          {STAGE_LABELS[stage]}
        </Badge>
        {risk && <Tag color="red">At risk: {risk}</Tag>}
      </Group>

      {reclaimed ? (
        <Alert color="gray" variant="light" p="xs">
          <Text size="sm">{STAGE_DESCRIPTIONS[stage]}</Text>
        </Alert>
      ) : (
        <StageTrack stage={stage} />
      )}
      {!reclaimed && (
        <Text size="sm" c="dimmed">
          {STAGE_DESCRIPTIONS[stage]}
        </Text>
      )}
      {canWrite && (
        <>
          <StageMoves delegation={d} mover={mover} size="sm" />
          <FailureAlert failure={mover.failure} />
        </>
      )}

      <DelegationFacts delegation={d} />

      <Divider />
      <Title order={3} fz="md">
        Check-ins
      </Title>
      {checkInSide &&
        (reclaimed ? (
          <ReclaimedNote />
        ) : (
          <CheckInForm
            delegationId={d.id}
            side={checkInSide}
            otherName={firstName(checkInSide === Side.DELEGATEE ? d.delegator.name : d.delegatee.name)}
            save={(input) => checkIn({ variables: { input } })}
            saving={checkingIn}
          />
        ))}
      <CheckInList checkIns={d.checkIns} viewerId={viewer.person.id} />
      <Text size="xs" c="dimmed">
        Visible to {plan.owner.name}, {plan.manager.name}, managers above them
        {plan.status === PlanStatus.ARCHIVED && ` while ${plan.owner.name} is in their team`}, and {d.delegatee.name}{' '}
        (this delegation only).
      </Text>
    </Stack>
  );
}

/** Who, how many hours, what they learn, the goal it serves, and what the coaching returns. */
function DelegationFacts({ delegation: d }: { delegation: BoardDelegationFragment }) {
  return (
    <>
      <SimpleGrid cols={2} spacing="sm">
        <Fact label="Delegatee">
          <Group gap={6} wrap="nowrap">
            <Avatar size={22} radius="xl" color="initials" name={d.delegatee.name} />
            <Text size="sm">{d.delegatee.name}</Text>
          </Group>
          {d.delegatee.title && (
            <Text size="xs" c="dimmed">
              {d.delegatee.title}
            </Text>
          )}
        </Fact>
        <Fact label="Delegated by">
          <Text size="sm">{d.delegator.name}</Text>
        </Fact>
        <Fact label="Hours a week">
          <Text size="sm">
            {formatHours(d.hoursPerWeek)}
            {d.activity
              ? ` of ${formatHours(d.activity.hoursPerWeek)} today`
              : d.stage === DelegationStage.OWNED
                ? ', freed'
                : ''}
          </Text>
        </Fact>
        <Fact label="Handed over">
          <Text size="sm">{d.handedOverAt ? formatDate(d.handedOverAt) : 'Not yet (at Reviewing)'}</Text>
        </Fact>
      </SimpleGrid>
      <Fact label="Learning objective">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {d.learningObjective}
        </Text>
      </Fact>
      {d.goal && (
        <Fact label="Serves the goal">
          <Text size="sm">{d.goal.title}</Text>
        </Fact>
      )}
      <Fact label="Coaching and leverage">
        <Group gap="xs">
          <Text size="sm">{formatHours(d.coachingHoursTotal)} coaching invested</Text>
          <Tag color={ratioColor(d.leverageRatio)}>ratio {d.leverageRatio ?? '—'}</Tag>
        </Group>
        <Text size="xs" c="dimmed" mt={2}>
          {ratioExplanation(d)}
        </Text>
        <Text size="xs" c="dimmed" mt={2}>
          {RATIO_HELP}
        </Text>
      </Fact>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={2}>
        {label}
      </Text>
      {children}
    </div>
  );
}
