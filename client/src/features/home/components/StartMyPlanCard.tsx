import { useMutation } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { Level } from '@fulcrum/shared';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { paths } from '@/config/paths';
import { ViewerDocument } from '@/gql/graphql';
import { readProblem, type Problem } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import type { SignedInViewer } from '@/lib/viewer/useViewer';
import { StartMyPlanDocument } from '../api/gql/graphql';
import { HomeCard, MY_PLAN, VisibilityNote } from './HomeParts';

/** Plans are for the step from Senior to Lead and beyond; juniors are offered none. */
const PLANNING_LEVELS = new Set<string>([Level.SENIOR, Level.LEAD, Level.STAFF, Level.PRINCIPAL]);

/** Whether someone may start a plan of their own: senior or above, with a manager to plan with. */
export function mayPlan(person: SignedInViewer['person']): boolean {
  return person.manager !== null && PLANNING_LEVELS.has(person.level);
}

/** Whether Home offers the viewer to start their own plan: they may, and have none yet. */
export function canStartOwnPlan(viewer: SignedInViewer): boolean {
  return !viewer.person.activePlan && mayPlan(viewer.person);
}

/**
 * "Start my plan": a draft plan the person then fills in with their manager. The viewer is
 * refetched so Home turns into the report's home and the navigation gains "My plan".
 */
export function StartMyPlanCard({ viewer }: { viewer: SignedInViewer }) {
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [start, { loading }] = useMutation(StartMyPlanDocument, {
    refetchQueries: [ViewerDocument],
    awaitRefetchQueries: true,
  });
  const manager = viewer.person.manager?.name ?? 'your manager';

  const startMine = async () => {
    setProblem(null);
    try {
      const { data } = await start({ variables: { input: { ownerId: viewer.person.id } } });
      if (data) {
        notifySuccess('Your draft plan is ready. Fill it in with your manager, then activate it.', 'Plan started');
        void navigate(paths.plan.to(data.startPlan.id));
      }
    } catch (error) {
      setProblem(readProblem(error));
    }
  };

  return (
    <HomeCard kind={MY_PLAN} description="You have no growth plan yet.">
      <Text size="sm">
        Start one and fill it in with {manager}: where you stand, what limits you, and how your week has to change to
        grow into a Lead.
      </Text>
      <Group>
        <Button onClick={() => void startMine()} loading={loading}>
          Start my plan
        </Button>
      </Group>
      {problem && <ProblemAlert error={problem} />}
      <VisibilityNote>Once started, visible to you, {manager} and the managers above them.</VisibilityNote>
    </HomeCard>
  );
}
