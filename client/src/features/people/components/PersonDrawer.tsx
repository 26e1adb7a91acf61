import { skipToken, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Avatar,
  Badge,
  Button,
  Divider,
  Drawer,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { ErrorCode, type Level } from '@fulcrum/shared';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { IconPencil, IconUserPlus } from '@/components/icons';
import { AccountBadge, LevelBadge, levelLabel, trackLabel } from '@/components/PersonBadges';
import { ProblemAlert } from '@/components/ProblemAlert';
import { paths } from '@/config/paths';
import { PersonDetailDocument } from '../api/gql/graphql';
import { readProblem } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import type { SignedInViewer } from '@/lib/viewer/useViewer';
import type { PersonCard } from '../utils/orgTree';
import { canAddPeople, canManagePerson } from '../utils/permissions';
import { InvitePanel } from './InvitePanel';
import { PersonForm } from './PersonForm';
import { PlanSection } from './PlanSection';

interface PersonDrawerProps {
  personId: string | null;
  onClose: () => void;
  people: readonly PersonCard[];
  byId: ReadonlyMap<string, PersonCard>;
  viewer: SignedInViewer;
  onAddReport: (managerId: string) => void;
}

/** One person's details, with edit and invite for those allowed. */
export function PersonDrawer({ personId, onClose, ...rest }: PersonDrawerProps) {
  const { data, loading, error, refetch } = useQuery(
    PersonDetailDocument,
    personId ? { variables: { id: personId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const [editing, setEditing] = useState(false);
  const person = data?.person ?? null;
  const title = editing && person ? `Edit ${person.name}` : (person?.name ?? (loading ? 'Loading…' : 'Person'));

  return (
    <Drawer
      opened={personId !== null}
      onClose={() => {
        setEditing(false);
        onClose();
      }}
      position="right"
      size="md"
      title={<Text fw={600}>{title}</Text>}
      padding="lg"
    >
      {!person && loading && <DetailsSkeleton />}
      {!person && !loading && error && readProblem(error).code !== ErrorCode.NOT_FOUND && (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      )}
      {!person && !loading && (data || (error && readProblem(error).code === ErrorCode.NOT_FOUND)) && (
        <ProblemAlert
          error={{
            code: ErrorCode.NOT_FOUND,
            message: 'Nobody with this link.',
            fields: {},
            extensions: {},
          }}
          message="This person does not exist or is not visible to you. Close this panel and pick someone from the chart."
        />
      )}
      {person &&
        (editing ? (
          <PersonForm
            key={person.id}
            person={person}
            people={rest.people}
            byId={rest.byId}
            viewer={rest.viewer}
            onSaved={(saved) => {
              setEditing(false);
              notifySuccess(`${saved.name} was updated.`);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <PersonDetails
            key={person.id}
            person={person}
            reports={person.reports}
            activePlan={person.activePlan}
            onEdit={() => setEditing(true)}
            {...rest}
          />
        ))}
    </Drawer>
  );
}

function DetailsSkeleton() {
  return (
    <Stack gap="md" aria-label="Loading person">
      <Group>
        <Skeleton circle height={56} />
        <Stack gap={6} style={{ flex: 1 }}>
          <Skeleton height={18} width="60%" />
          <Skeleton height={12} width="40%" />
        </Stack>
      </Group>
      <Skeleton height={12} />
      <Skeleton height={12} width="80%" />
      <Skeleton height={12} width="70%" />
    </Stack>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group align="flex-start" gap="md" wrap="nowrap">
      <Text size="sm" c="dimmed" w={96} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <div style={{ minWidth: 0, flex: 1 }}>{children}</div>
    </Group>
  );
}

interface PersonDetailsProps extends Omit<PersonDrawerProps, 'personId' | 'onClose'> {
  person: PersonCard;
  reports: readonly { id: string; name: string; title: string | null; level: Level }[];
  activePlan: { id: string; status: string } | null;
  onEdit: () => void;
}

function PersonDetails({ person, reports, activePlan, byId, viewer, onEdit, onAddReport }: PersonDetailsProps) {
  const canManage = canManagePerson(viewer, person.id, byId);
  const isViewer = person.id === viewer.person.id;

  return (
    <Stack gap="lg" data-testid="person-details">
      <Group wrap="nowrap">
        <Avatar size={56} radius="xl" color="initials" name={person.name} />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={2} fz={20}>
            {person.name}
            {isViewer && (
              <Badge ml={8} variant="light" color="gray" radius="sm" size="sm" style={{ verticalAlign: 'middle' }}>
                You
              </Badge>
            )}
          </Title>
          <Text c="dimmed" size="sm">
            {person.title || 'No title yet'}
          </Text>
        </Stack>
      </Group>

      <Group gap={6}>
        <LevelBadge level={person.level} />
        <Badge variant="default" radius="sm" tt="none" fw={500}>
          {trackLabel(person.track)}
        </Badge>
        <AccountBadge hasAccount={person.hasAccount} />
      </Group>

      <PersonFacts person={person} reports={reports} />

      <Divider />

      <PlanSection person={person} activePlan={activePlan} viewer={viewer} byId={byId} />

      {canManage ? (
        <Stack gap="md">
          <Group gap="sm">
            <Button variant="light" leftSection={<IconPencil size={16} />} onClick={onEdit}>
              Edit
            </Button>
            {canAddPeople(viewer) && (
              <Button variant="default" leftSection={<IconUserPlus size={16} />} onClick={() => onAddReport(person.id)}>
                Add report
              </Button>
            )}
          </Group>
          {!person.hasAccount && <InvitePanel key={person.id} person={person} />}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {isViewer
            ? 'Ask an admin or your manager to change your details.'
            : `Only admins and ${person.name}'s managers can change these details or invite them.`}
        </Text>
      )}
    </Stack>
  );
}

/** Email (when visible), level, specialty, manager and reports, each linking to the person. */
function PersonFacts({ person, reports }: Pick<PersonDetailsProps, 'person' | 'reports'>) {
  return (
    <Stack gap="sm">
      <Detail label="Email">
        {person.email ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {person.email}
          </Text>
        ) : (
          <Tooltip label="Visible to the person, their managers and admins" withArrow>
            <Text size="sm" c="dimmed" fs="italic" w="fit-content">
              Hidden
            </Text>
          </Tooltip>
        )}
      </Detail>
      <Detail label="Level">
        <Text size="sm">{levelLabel(person.level)}</Text>
      </Detail>
      <Detail label="Specialty">
        <Text size="sm">{person.specialty || '—'}</Text>
      </Detail>
      <Detail label="Manager">
        {person.manager ? (
          <Anchor component={Link} to={paths.person.to(person.manager.id)} size="sm">
            {person.manager.name}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            No manager (top of the chart)
          </Text>
        )}
      </Detail>
      <Detail label="Reports">
        {reports.length === 0 ? (
          <Text size="sm" c="dimmed">
            No reports
          </Text>
        ) : (
          <Stack gap={4}>
            {reports.map((report) => (
              <Group key={report.id} gap={6} wrap="nowrap">
                <Anchor component={Link} to={paths.person.to(report.id)} size="sm">
                  {report.name}
                </Anchor>
                <Text size="xs" c="dimmed" truncate>
                  {report.title ?? levelLabel(report.level)}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Detail>
    </Stack>
  );
}
