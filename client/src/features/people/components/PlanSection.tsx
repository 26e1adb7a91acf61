import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { IconArrowRight, IconEye } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { paths } from '@/config/paths';
import { ViewerDocument } from '@/gql/graphql';
import { StartPlanDocument } from '../api/gql/graphql';
import { readProblem, type Problem } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import type { SignedInViewer } from '@/lib/viewer/useViewer';
import type { PersonCard } from '../utils/orgTree';
import { canStartPlan } from '../utils/permissions';

const STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Draft',
  ACTIVE: 'Active',
  ARCHIVED: 'Archived',
};

interface PlanSectionProps {
  person: PersonCard;
  activePlan: { id: string; status: string } | null;
  viewer: SignedInViewer;
  byId: ReadonlyMap<string, PersonCard>;
}

/** "Open plan" when the viewer may see the person's plan, "Start plan" when they may start one. */
export function PlanSection({ person, activePlan, viewer, byId }: PlanSectionProps) {
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem | null>(null);
  const isViewer = person.id === viewer.person.id;
  // The viewer's own "My plan" link changes when they start their own plan.
  const [startPlan, { loading }] = useMutation(StartPlanDocument, {
    refetchQueries: isViewer ? [ViewerDocument] : [],
  });
  const mayStart = canStartPlan(viewer, person.id, byId);
  const firstName = person.name.split(/\s+/)[0] || person.name;

  if (!activePlan && !mayStart) return null;

  const start = async () => {
    setProblem(null);
    try {
      const { data } = await startPlan({ variables: { input: { ownerId: person.id } } });
      if (data) {
        notifySuccess(
          `A draft plan for ${person.name} is ready. Fill it in together, then activate it.`,
          'Plan started',
        );
        void navigate(paths.plan.to(data.startPlan.id));
      }
    } catch (error) {
      setProblem(readProblem(error));
    }
  };

  return (
    <Stack gap="xs" data-testid="person-plan">
      <Group gap="xs">
        <Text fw={600} size="sm">
          Growth plan
        </Text>
        {activePlan && (
          <Badge size="sm" variant="light" color={activePlan.status === 'ACTIVE' ? 'green' : 'gray'} radius="sm">
            {STATUS_LABELS[activePlan.status] ?? activePlan.status}
          </Badge>
        )}
      </Group>
      {activePlan ? (
        <Button
          component={Link}
          to={paths.plan.to(activePlan.id)}
          variant="light"
          rightSection={<IconArrowRight size={16} />}
          w="fit-content"
        >
          Open plan
        </Button>
      ) : !person.manager ? (
        <Text size="sm" c="dimmed">
          {isViewer ? 'You have' : `${firstName} has`} no manager yet: set one before starting a plan, since the plan is
          made together with them.
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {isViewer ? 'You have' : `${firstName} has`} no plan yet. A plan starts as a draft from Senior to Lead, with
            a 40-hour week; both of you fill it in.
          </Text>
          <Button onClick={() => void start()} loading={loading} w="fit-content">
            Start plan
          </Button>
        </>
      )}
      <Group gap={6} wrap="nowrap" c="dimmed">
        <IconEye size={14} style={{ flexShrink: 0 }} />
        <Text size="xs">
          Visible to: {isViewer ? 'you' : person.name}, {person.manager ? person.manager.name : 'their manager'}, and
          managers above them
        </Text>
      </Group>
      {problem && <ProblemAlert error={problem} />}
    </Stack>
  );
}
