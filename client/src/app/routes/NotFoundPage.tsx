import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { Logo } from '@/components/Logo';
import { paths } from '@/config/paths';

export function NotFoundPage() {
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Stack align="center" gap="lg" maw={460}>
        <Logo size={30} />
        <Paper withBorder radius="md" p="xl" w="100%">
          <Stack gap="sm" align="center" ta="center">
            <Text c="indigo" fw={700} fz={40} lh={1}>
              404
            </Text>
            <Title order={1} fz={22}>
              Page not found
            </Title>
            <Text c="dimmed" size="sm">
              The link may be mistyped or out of date. Go back to Home and find what you need from there.
            </Text>
            <Button component={Link} to={paths.home.to()} mt="sm">
              Go to Home
            </Button>
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
