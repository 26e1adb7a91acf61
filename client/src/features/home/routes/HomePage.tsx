import { Anchor, Avatar, Badge, Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from 'react-router';
import { IconArrowRight, IconSitemap } from '@/components/icons';
import { LevelBadge, RoleBadge, trackLabel } from '@/components/PersonBadges';
import { paths } from '@/config/paths';
import { DelegatedToMe } from '@/features/delegations/components/DelegatedToMe';
import { useViewer } from '@/lib/viewer/useViewer';
import { PlansOverview } from '../components/PlansOverview';

export function HomePage() {
  const { person, organization, role } = useViewer();
  const reports = person.reports;
  const firstName = person.name.split(/\s+/)[0] || person.name;

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={2}>
        <Title order={1} fz={26}>
          Welcome, {firstName}
        </Title>
        <Text c="dimmed">Your growth plan, and the plans of the people you manage.</Text>
      </Stack>

      <Card withBorder radius="md" padding="lg" data-testid="welcome-card">
        <Group align="flex-start" wrap="nowrap" gap="lg">
          <Avatar size={64} radius="xl" color="initials" name={person.name} />
          <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
            <div>
              <Text fw={700} fz="lg">
                {person.name}
              </Text>
              <Text c="dimmed" size="sm">
                {person.title || 'No title yet'} · {organization.name}
              </Text>
            </div>
            <Group gap={6}>
              <LevelBadge level={person.level} />
              <Badge variant="default" radius="sm" tt="none" fw={500}>
                {trackLabel(person.track)}
              </Badge>
              {person.specialty && (
                <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500}>
                  {person.specialty}
                </Badge>
              )}
              <RoleBadge role={role} />
            </Group>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" mt="xs">
              <Stack gap={2}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  Manager
                </Text>
                {person.manager ? (
                  <Anchor component={Link} to={paths.person.to(person.manager.id)} size="sm" data-testid="home-manager">
                    {person.manager.name}
                  </Anchor>
                ) : (
                  <Text size="sm" data-testid="home-manager">
                    No manager: top of the chart
                  </Text>
                )}
              </Stack>
              <Stack gap={2}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  Reports
                </Text>
                <Text size="sm" data-testid="home-reports">
                  {reports.length === 0
                    ? 'No direct reports'
                    : `${reports.length} direct ${reports.length === 1 ? 'report' : 'reports'}`}
                </Text>
              </Stack>
            </SimpleGrid>
          </Stack>
        </Group>
      </Card>

      <PlansOverview />

      <DelegatedToMe />

      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Card withBorder radius="md" padding="lg">
          <Stack gap="sm" h="100%">
            <ThemeIcon variant="light" size={40} radius="md">
              <IconSitemap size={22} />
            </ThemeIcon>
            <Text fw={600}>Your organization</Text>
            <Text size="sm" c="dimmed" style={{ flex: 1 }}>
              {role === 'ADMIN'
                ? 'Add the people of your team, set who reports to whom, and invite them to Fulcrum.'
                : 'See who reports to whom across the organization, and who already has an account.'}
            </Text>
            <Group>
              <Button component={Link} to={paths.people.to()} variant="light" rightSection={<IconArrowRight size={16} />}>
                Go to People
              </Button>
            </Group>
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
