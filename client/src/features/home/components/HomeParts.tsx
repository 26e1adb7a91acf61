import {
  Anchor,
  Button,
  Card,
  Group,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
  type MantineSpacing,
} from '@mantine/core';
import type { ComponentType, ReactNode } from 'react';
import { Link } from 'react-router';
import { IconArrowRight, IconCalendar, IconEye, IconTarget } from '@/components/icons';
import { RefreshProblem, ProblemAlert } from '@/components/ProblemAlert';
import { paths, type PlanTab } from '@/config/paths';
import { formatDateTime } from '../utils/format';

/** The page title every home starts with. */
export function HomeTitle({ name, children }: { name: string; children: ReactNode }) {
  const first = name.split(/\s+/)[0] || name;
  return (
    <Stack gap={2}>
      <Title order={1} fz={26}>
        Welcome, {first}
      </Title>
      <Text c="dimmed">{children}</Text>
    </Stack>
  );
}

/** §4b: every screen that shows plan content says who can see it. */
export function VisibilityNote({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Group gap={6} wrap="nowrap" c="dimmed" align="flex-start" data-testid={testId}>
      <IconEye size={14} style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="xs">{children}</Text>
    </Group>
  );
}

interface CardHeadingProps {
  icon: ReactNode;
  color?: string;
  title: string;
  /** What the card is for, under its title. */
  children?: ReactNode;
  right?: ReactNode;
}

/** A card's heading: an icon, a title and a line saying what the card is for. */
function CardHeading({ icon, color, title, children, right }: CardHeadingProps) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" align="flex-start" style={{ flex: 1, minWidth: 0 }}>
        <ThemeIcon variant="light" size={36} radius="md" color={color}>
          {icon}
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Title order={2} fz="lg">
            {title}
          </Title>
          {children && (
            <Text size="sm" c="dimmed">
              {children}
            </Text>
          )}
        </div>
      </Group>
      {right && <div style={{ flexShrink: 0 }}>{right}</div>}
    </Group>
  );
}

/** What a card of a home is, whatever it holds: its test id, its icon (and the icon's colour), its title. */
export interface HomeCardKind {
  testId?: string;
  icon: ComponentType<{ size?: number }>;
  color?: string;
  title: string;
}

/** The viewer's own plan, started or not. */
export const MY_PLAN: HomeCardKind = { testId: 'my-plan', icon: IconTarget, title: 'My plan' };

/** A card of a home: its heading (what the card is for as `description`), then its content. */
export function HomeCard({
  kind: { testId, icon: Icon, color, title },
  description,
  right,
  gap = 'sm',
  bg,
  children,
}: {
  kind: HomeCardKind;
  description?: ReactNode;
  right?: ReactNode;
  gap?: MantineSpacing;
  bg?: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="lg" data-testid={testId} bg={bg}>
      <Stack gap={gap}>
        <CardHeading icon={<Icon size={20} />} color={color} title={title} right={right}>
          {description}
        </CardHeading>
        {children}
      </Stack>
    </Card>
  );
}

/** A link to a tab of the viewer's plan, in a card's heading or under its list. */
export function PlanTabLink({ planId, tab, label }: { planId: string; tab: PlanTab; label: string }) {
  return (
    <Anchor component={Link} to={paths.plan.to(planId, tab)} size="sm" style={{ whiteSpace: 'nowrap' }}>
      {label}
    </Anchor>
  );
}

/** The button that takes a card's reader to where its content lives. */
export function GoButton({ to, light = false, children }: { to: string; light?: boolean; children: ReactNode }) {
  return (
    <Group>
      <Button
        component={Link}
        to={to}
        variant={light ? 'light' : undefined}
        rightSection={<IconArrowRight size={16} />}
      >
        {children}
      </Button>
    </Group>
  );
}

/** When the plan's next 1:1 is (`label`: "Next 1:1"), with a link to it; or `none` when there is none. */
export function NextOneOnOne({
  next,
  label,
  none,
  children,
}: {
  next: { id: string; scheduledAt: string } | null;
  label: string;
  none: ReactNode;
  /** Said after the date. */
  children?: ReactNode;
}) {
  return (
    <Group gap={6} wrap="nowrap" data-testid="next-one-on-one">
      <IconCalendar size={16} style={{ flexShrink: 0, color: 'var(--mantine-color-dimmed)' }} />
      {next ? (
        <Text size="sm">
          {label}:{' '}
          <Anchor component={Link} to={paths.oneOnOne.to(next.id)} size="sm" fw={600}>
            {formatDateTime(next.scheduledAt)}
          </Anchor>
          {children}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {none}
        </Text>
      )}
    </Group>
  );
}

/**
 * A home's one query until it has answered (`ready`): placeholder cards while it loads, or why it
 * failed; once answered, a failed refresh.
 */
export function HomeQueryStatus({
  query,
  ready,
  label,
  cards,
}: {
  query: { loading: boolean; error?: unknown; refetch: () => Promise<unknown> };
  ready: boolean;
  label: string;
  cards?: number;
}) {
  if (ready)
    return (
      <RefreshProblem query={query} message="This page could not be refreshed; it may be out of date. Try again." />
    );
  return (
    <>
      {query.loading && <HomeSkeleton label={label} cards={cards} />}
      {!!query.error && (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.loading} />
      )}
    </>
  );
}

/** Placeholder cards while a home's one query runs. */
function HomeSkeleton({ label, cards = 2 }: { label: string; cards?: number }) {
  return (
    <Stack gap="lg" aria-label={label} aria-busy="true" role="status">
      {Array.from({ length: cards }, (_, i) => (
        <Card key={i} withBorder radius="md" padding="lg">
          <Stack gap="sm">
            <Skeleton height={18} width="30%" />
            <Skeleton height={12} />
            <Skeleton height={12} width="70%" />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
