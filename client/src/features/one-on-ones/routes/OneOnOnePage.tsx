import { skipToken, useQuery } from '@apollo/client/react';
import { Grid, Stack } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useParams } from 'react-router';
import { PageFallback, isMissing, type PageSubject } from '@/components/PageFallback';
import { RefreshProblem } from '@/components/ProblemAlert';
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

const ONE_ON_ONE: PageSubject = {
  name: 'the 1:1',
  notFoundTitle: 'This 1:1 does not exist or is not shared with you',
  notFoundExplanation:
    'A 1:1 is visible only to the two people in it and the managers above them. Check the link, or open the 1:1 from the plan or from Home.',
};

/** 1:1 mode: agenda, live shared notes, the private note and action items, beside the plan. */
export function OneOnOnePage() {
  const { oneOnOneId = '' } = useParams();
  const viewer = useViewer();
  const query = useQuery(OneOnOneDocument, { variables: { id: oneOnOneId }, fetchPolicy: 'cache-and-network' });
  const { data, loading, error, refetch } = query;
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

  const missing = isMissing(query, data?.oneOnOne);
  if (missing || !scope) return <PageFallback missing={missing} query={query} subject={ONE_ON_ONE} />;

  return (
    <OneOnOneScopeContext value={scope}>
      {/* A new 1:1 opened from the side panel starts with fresh editors. */}
      <Stack gap="lg" maw={1280} key={scope.oneOnOne.id}>
        <OneOnOneHeader live={live} />
        <RefreshProblem
          query={{ error, loading, refetch }}
          message="The latest changes could not be loaded. Check your connection, then try again: what you see may be out of date."
        />
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
