import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { IconArrowRight, IconCalendar, IconTarget } from '@/components/icons';
import { ReadinessBadge } from '@/components/ReadinessBadge';
import { paths } from '@/config/paths';
import { formatDateTime, plural } from '../utils/format';
import { type ManagerHomeModel } from '../utils/reportRows';
import { CardHeading, VisibilityNote } from './HomeParts';

/** A manager can be growing too: their own plan, briefly. */
export function MyPlanCard({
  plan,
  managerName,
}: {
  plan: NonNullable<ManagerHomeModel['myPlan']>;
  managerName: string;
}) {
  const next = plan.nextOneOnOne;
  return (
    <Card withBorder radius="md" padding="lg" data-testid="my-plan">
      <Stack gap="sm">
        <CardHeading
          icon={<IconTarget size={20} />}
          title="My plan"
          right={<ReadinessBadge stage={plan.readiness.stage} />}
        />
        <Group gap={6} wrap="nowrap" data-testid="next-one-on-one">
          <IconCalendar size={16} style={{ flexShrink: 0, color: 'var(--mantine-color-dimmed)' }} />
          {next ? (
            <Text size="sm">
              Next 1:1:{' '}
              <Anchor component={Link} to={paths.oneOnOne.to(next.id)} size="sm" fw={600}>
                {formatDateTime(next.scheduledAt)}
              </Anchor>
              {next.actionItems.some((a) => !a.done)
                ? ` · ${plural(next.actionItems.filter((a) => !a.done).length, 'open action item')}`
                : ''}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              No 1:1 scheduled yet.
            </Text>
          )}
        </Group>
        <Group>
          <Button
            component={Link}
            to={paths.plan.to(plan.id)}
            variant="light"
            rightSection={<IconArrowRight size={16} />}
          >
            Open my plan
          </Button>
        </Group>
        <VisibilityNote>Visible to: you, {managerName}, and managers above them.</VisibilityNote>
      </Stack>
    </Card>
  );
}
