import { AppShell, Avatar, Burger, Button, Divider, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { IconFileText, IconHome, IconLogout, IconTarget, IconUsers } from '@/components/icons';
import { Logo } from '@/components/Logo';
import { PageLoader } from '@/components/PageLoader';
import { RoleBadge } from '@/components/PersonBadges';
import { paths } from '@/config/paths';
import { useSignOut } from '@/features/auth';
import { useViewer } from '@/lib/viewer/useViewer';

/** A link of the navigation: what its NavLink shows and where it leads, and when it is the current page. */
interface NavItem {
  label: string;
  to: string;
  leftSection: ReactNode;
  isActive: (pathname: string) => boolean;
}

const NAV_ITEMS: NavItem[] = [
  {
    label: 'Home',
    to: paths.home.to(),
    leftSection: <IconHome />,
    isActive: (p) => p === paths.home.pattern,
  },
  {
    label: 'People',
    to: paths.people.to(),
    leftSection: <IconUsers />,
    isActive: (p) => p === paths.people.pattern || p.startsWith(`${paths.people.pattern}/`),
  },
  {
    label: 'My record',
    to: paths.record.to(),
    leftSection: <IconFileText />,
    isActive: (p) => p === paths.record.pattern,
  },
];

/** "My plan" joins the navigation once the viewer has a plan of their own. */
function navItems(myPlanId: string | null): NavItem[] {
  if (!myPlanId) return NAV_ITEMS;
  const myPlan = paths.plan.to(myPlanId);
  return [
    ...NAV_ITEMS.slice(0, 1),
    {
      label: 'My plan',
      to: myPlan,
      leftSection: <IconTarget />,
      isActive: (p) => p === myPlan || p.startsWith(`${myPlan}/`),
    },
    ...NAV_ITEMS.slice(1),
  ];
}

export function AppLayout() {
  const { person, organization } = useViewer();
  const items = navItems(person.activePlan?.id ?? null);
  const [navOpened, nav] = useDisclosure(false);
  const { pathname } = useLocation();

  const closeNav = nav.close;
  // A link followed on a phone closes the navigation drawer.
  useEffect(() => closeNav(), [pathname, closeNav]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Link to={paths.home.to()} aria-label="Fulcrum" style={{ textDecoration: 'none' }}>
              <Logo size={26} />
            </Link>
            <Divider orientation="vertical" visibleFrom="xs" />
            <Text fw={500} c="dimmed" truncate visibleFrom="xs" data-testid="organization-name">
              {organization.name}
            </Text>
          </Group>
          <ViewerMenu />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <MainNav items={items} pathname={pathname} />
      </AppShell.Navbar>

      <AppShell.Main bg="var(--mantine-color-gray-0)">
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

/** The viewer's name and role, and signing out. */
function ViewerMenu() {
  const { person, role } = useViewer();
  const { signOut, signingOut } = useSignOut();
  return (
    <Group gap="sm" wrap="nowrap">
      <Avatar size={32} radius="xl" color="initials" name={person.name} visibleFrom="sm" />
      <Stack gap={0} visibleFrom="sm">
        <Text size="sm" fw={600} lh={1.2} data-testid="viewer-name">
          {person.name}
        </Text>
      </Stack>
      <RoleBadge role={role} data-testid="viewer-role" visibleFrom="xs" />
      <Button
        variant="default"
        size="xs"
        leftSection={<IconLogout size={14} />}
        onClick={() => void signOut()}
        loading={signingOut}
      >
        Sign out
      </Button>
    </Group>
  );
}

/** The navigation links, and who is signed in to which organization. */
function MainNav({ items, pathname }: { items: NavItem[]; pathname: string }) {
  const { person, organization } = useViewer();
  return (
    <>
      <AppShell.Section grow>
        <Stack gap={4}>
          {items.map(({ isActive, ...link }) => {
            const active = isActive(pathname);
            return (
              <NavLink
                key={link.to}
                component={Link}
                {...link}
                active={active}
                aria-current={active ? 'page' : undefined}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
                fw={500}
              />
            );
          })}
        </Stack>
      </AppShell.Section>
      <AppShell.Section>
        <Text size="xs" c="dimmed" px="sm" pb="xs">
          Signed in as {person.name}
          <br />
          {organization.name}
        </Text>
      </AppShell.Section>
    </>
  );
}
