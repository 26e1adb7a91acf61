import { Button, Center, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { IconAlert } from '@/components/icons';
import { paths } from '@/config/paths';
import { NotFoundPage } from './NotFoundPage';

function isStaleBundle(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message)
  );
}

/** Shown instead of a route that failed to render, with a way forward. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  const stale = isStaleBundle(error);
  return (
    <Center mih={360} p="md">
      <Paper withBorder radius="md" p="xl" maw={520} w="100%" role="alert">
        <Stack gap="sm">
          <Group gap="xs" c="red">
            <IconAlert size={22} />
            <Title order={1} fz={20}>
              {stale ? 'Fulcrum was updated' : 'This page ran into a problem'}
            </Title>
          </Group>
          <Text size="sm" c="dimmed">
            {stale
              ? 'A newer version is available. Reload the page to continue.'
              : 'Reload the page to try again. If it happens again, go back to Home; your saved work is not affected.'}
          </Text>
          {import.meta.env.DEV && error instanceof Error && (
            <Code block fz="xs">
              {error.message}
            </Code>
          )}
          <Group mt="xs">
            <Button onClick={() => window.location.reload()}>Reload</Button>
            <Button component={Link} to={paths.home.to()} variant="default" reloadDocument>
              Go to Home
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
