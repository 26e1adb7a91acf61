import { Center, Stack } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '@/components/PageLoader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { paths } from '@/config/paths';
import { ViewerContext, useViewerQuery } from '@/lib/viewer/useViewer';

/** The signed-in part of the app: without a viewer, go to sign-in and come back after. */
export function RequireViewer() {
  const { data, loading, error, refetch } = useViewerQuery();
  const location = useLocation();

  if (loading && !data) return <PageLoader fullScreen label="Opening Fulcrum…" />;
  if (error && !data) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={480} w="100%">
          <ProblemAlert error={error} onRetry={() => void refetch()} retrying={loading} />
        </Stack>
      </Center>
    );
  }
  if (!data?.viewer) {
    return <Navigate to={paths.signIn.to(location.pathname + location.search)} replace />;
  }
  return (
    <ViewerContext value={data.viewer}>
      <Outlet />
    </ViewerContext>
  );
}
