import { skipToken, useQuery } from '@apollo/client/react';
import { Button, Center, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorCode } from '@fulcrum/shared';
import { useCallback, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/PageLoader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { paths } from '@/config/paths';
import { readProblem } from '@/lib/errors';
import { useViewer } from '@/lib/viewer/useViewer';
import { OneOnOneDocument } from '../api/gql/graphql';
import { ActionItemsPanel } from '../components/ActionItemsPanel';
import { AgendaPanel } from '../components/AgendaPanel';
import { OneOnOneHeader } from '../components/OneOnOneHeader';
import { PlanSidePanel } from '../components/PlanSidePanel';
import { PrivateNotePanel } from '../components/PrivateNotePanel';
import { SharedNotesPanel } from '../components/SharedNotesPanel';
import { useOneOnOneLive } from '../hooks/useOneOnOneLive';
import { OneOnOneScopeContext, oneOnOneScope, useNotesFlush } from '../hooks/useOneOnOneScope';

/** 1:1 mode: agenda, live shared notes, the private note and action items, beside the plan. */
export function OneOnOnePage() {
  const { oneOnOneId = '' } = useParams();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(OneOnOneDocument, {
    variables: { id: oneOnOneId },
    fetchPolicy: 'cache-and-network',
  });
  const reload = useCallback(() => refetch(), [refetch]);
  const notesFlush = useNotesFlush();
  const oneOnOne = data?.oneOnOne ?? null;
  const scope = useMemo(
    () => (oneOnOne ? oneOnOneScope(oneOnOne, viewer.person.id, reload, notesFlush) : null),
    [oneOnOne, viewer.person.id, reload, notesFlush],
  );
  const live = useOneOnOneLive({
    id: oneOnOneId,
    enabled: !!scope?.participant,
    viewerId: viewer.person.id,
    current: oneOnOne,
    refetch: reload,
  });
  // Managers higher up may not subscribe: they see changes on a slow poll instead.
  useQuery(
    OneOnOneDocument,
    !scope || scope.participant
      ? skipToken
      : { variables: { id: oneOnOneId }, fetchPolicy: 'network-only', pollInterval: 60_000 },
  );

  const notFound = (!loading && data && !data.oneOnOne) || (error && readProblem(error).code === ErrorCode.NOT_FOUND);
  if (notFound) return <OneOnOneNotFound />;
  if (!scope) {
    if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} retrying={loading} />;
    return <PageLoader label="Opening the 1:1…" />;
  }

  return (
    <OneOnOneScopeContext value={scope}>
      {/* A new 1:1 opened from the side panel starts with fresh editors. */}
      <Stack gap="lg" maw={1280} key={scope.oneOnOne.id}>
        <OneOnOneHeader live={live} />
        {error && (
          <ProblemAlert
            error={error}
            onRetry={() => void refetch()}
            retrying={loading}
            message="The latest changes could not be loaded. Check your connection, then try again: what you see may be out of date."
          />
        )}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="lg">
              <AgendaPanel />
              <SharedNotesPanel />
              <ActionItemsPanel />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="lg">
              {scope.participant && <PrivateNotePanel />}
              <PlanSidePanel />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </OneOnOneScopeContext>
  );
}

function OneOnOneNotFound() {
  return (
    <Center mih={360}>
      <Paper withBorder radius="md" p="xl" maw={520} w="100%" role="alert">
        <Stack gap="sm">
          <Title order={1} fz={20}>
            This 1:1 does not exist or is not shared with you
          </Title>
          <Text size="sm" c="dimmed">
            A 1:1 is visible only to the two people in it and the managers above them. Check the link, or open the 1:1
            from the plan or from Home.
          </Text>
          <Button component={Link} to={paths.home.to()} w="fit-content">
            Go to Home
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
