import { Alert, Button, Drawer, Group, Loader, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LIMITS } from '@fulcrum/shared';
import { useCallback, useMemo, useState } from 'react';
import { useMatch, useNavigate } from 'react-router';
import { IconSearch, IconSitemap, IconUserPlus } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { paths } from '@/config/paths';
import { notifySuccess } from '@/lib/notify';
import { useViewer } from '@/lib/viewer/useViewer';
import { OrgChart } from '../components/OrgChart';
import { PersonDrawer } from '../components/PersonDrawer';
import { PersonForm } from '../components/PersonForm';
import { PAGE_SIZE, useAllPeople, usePeopleSearch } from '../hooks/useAllPeople';
import { buildOrgTree, idsWithChildren, pruneOrgTree } from '../utils/orgTree';
import { canAddPeople } from '../utils/permissions';

/** Charts this small open fully; bigger ones start with only the top level open. */
const EXPAND_ALL_UP_TO = 60;

export function PeoplePage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const personMatch = useMatch(paths.person.pattern);
  const selectedId = personMatch?.params.personId ?? null;

  const { people, byId, totalCount, loading, loadingMore, error, reload } = useAllPeople();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const searchResult = usePeopleSearch(debouncedSearch);

  const [adding, setAdding] = useState<{ managerId: string | null } | null>(null);
  const [expanded, setExpanded] = useState<Set<string> | null>(null);

  const tree = useMemo(() => buildOrgTree(people), [people]);

  // Until the user expands or collapses something, small charts open fully and big ones
  // show the top level plus the viewer's own chain of managers.
  const defaultExpanded = useMemo(() => {
    const open = new Set(
      people.length <= EXPAND_ALL_UP_TO ? idsWithChildren(tree) : tree.map((node) => node.person.id),
    );
    let current = byId.get(viewer.person.id)?.manager?.id;
    while (current && !open.has(current)) {
      open.add(current);
      current = byId.get(current)?.manager?.id;
    }
    return open;
  }, [people.length, tree, byId, viewer.person.id]);
  const currentExpanded = expanded ?? defaultExpanded;

  const searching = debouncedSearch.length > 0;
  const matchIds = useMemo(() => new Set(searchResult.matches.map((person) => person.id)), [searchResult.matches]);
  const shownTree = useMemo(() => (searching ? pruneOrgTree(tree, matchIds) : tree), [searching, tree, matchIds]);
  const shownExpanded = useMemo(
    () => (searching ? new Set(idsWithChildren(shownTree)) : currentExpanded),
    [searching, shownTree, currentExpanded],
  );

  const toggle = useCallback(
    (personId: string) => {
      setExpanded((current) => {
        const next = new Set(current ?? defaultExpanded);
        if (next.has(personId)) next.delete(personId);
        else next.add(personId);
        return next;
      });
    },
    [defaultExpanded],
  );

  const withAccount = people.filter((person) => person.hasAccount).length;
  const mayAdd = canAddPeople(viewer);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={1} fz={26}>
            People
          </Title>
          <Text c="dimmed" size="sm">
            {loading
              ? `Loading ${viewer.organization.name}'s chart…`
              : `${viewer.organization.name} · ${totalCount} ${totalCount === 1 ? 'person' : 'people'} · ${withAccount} with an account`}
          </Text>
        </Stack>
        {mayAdd && (
          <Button
            leftSection={<IconUserPlus size={16} />}
            onClick={() => setAdding({ managerId: viewer.role === 'ADMIN' ? null : viewer.person.id })}
          >
            Add person
          </Button>
        )}
      </Group>

      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <TextInput
              label="Search people"
              placeholder="Name, title or specialty"
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              maxLength={LIMITS.searchMax}
              leftSection={<IconSearch size={16} />}
              rightSection={searchResult.searching ? <Loader size={14} /> : null}
              style={{ flex: '1 1 280px', maxWidth: 420 }}
              type="search"
            />
            {!searching && tree.length > 0 && (
              <Group gap="xs">
                <Button variant="subtle" size="xs" onClick={() => setExpanded(new Set(idsWithChildren(tree)))}>
                  Expand all
                </Button>
                <Button variant="subtle" size="xs" onClick={() => setExpanded(new Set())}>
                  Collapse all
                </Button>
              </Group>
            )}
          </Group>

          {searching && !searchResult.searching && !searchResult.error && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {searchResult.totalCount === 0
                ? `Nobody matches “${debouncedSearch}”. Check the spelling, or search by title or specialty.`
                : `${searchResult.totalCount} ${searchResult.totalCount === 1 ? 'person matches' : 'people match'} “${debouncedSearch}”${searchResult.hasMore ? ` (showing the first ${PAGE_SIZE})` : ''}. Their managers are shown dimmed for context.`}
            </Text>
          )}
          {searching && searchResult.error && <ProblemAlert error={searchResult.error} />}

          {error != null && !loading && <ProblemAlert error={error} onRetry={() => void reload()} />}
          {loading && <ChartSkeleton />}
          {!loading && error == null && people.length === 0 && (
            <Stack align="center" py="xl" gap="xs">
              <IconSitemap size={32} />
              <Text fw={600}>No people yet</Text>
              <Text size="sm" c="dimmed">
                {mayAdd ? 'Add your team with “Add person”, then invite them.' : 'Ask an admin to add your team.'}
              </Text>
            </Stack>
          )}
          {!loading && shownTree.length > 0 && (
            <OrgChart
              roots={shownTree}
              expanded={shownExpanded}
              onToggle={toggle}
              selectedId={selectedId}
              highlight={searching ? debouncedSearch : ''}
              matches={searching ? matchIds : undefined}
            />
          )}
          {loadingMore && (
            <Alert variant="light" color="gray" icon={<Loader size={14} />}>
              Loading more people ({people.length} of {totalCount})…
            </Alert>
          )}
        </Stack>
      </Paper>

      <PersonDrawer
        personId={selectedId}
        onClose={() => void navigate(paths.people.to())}
        people={people}
        byId={byId}
        viewer={viewer}
        onAddReport={(managerId) => setAdding({ managerId })}
      />

      <Drawer
        opened={adding !== null}
        onClose={() => setAdding(null)}
        position="right"
        size="md"
        padding="lg"
        title={<Text fw={600}>Add person</Text>}
      >
        {adding && (
          <PersonForm
            defaultManagerId={adding.managerId}
            people={people}
            byId={byId}
            viewer={viewer}
            onCancel={() => setAdding(null)}
            onSaved={(person) => {
              setAdding(null);
              notifySuccess(`${person.name} was added. Invite them when you are ready.`);
              if (person.manager) {
                const managerId = person.manager.id;
                setExpanded((current) => new Set([...(current ?? defaultExpanded), managerId]));
              }
              void reload();
              void navigate(paths.person.to(person.id));
            }}
          />
        )}
      </Drawer>
    </Stack>
  );
}

function ChartSkeleton() {
  return (
    <Stack gap="md" aria-label="Loading the organization chart">
      {[0, 1, 1, 2, 2, 1].map((depth, index) => (
        <Group key={index} gap="sm" pl={depth * 44}>
          <Skeleton circle height={36} />
          <Stack gap={6} style={{ flex: 1 }}>
            <Skeleton height={12} width={`${40 - depth * 5}%`} />
            <Skeleton height={10} width={`${28 - depth * 4}%`} />
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}
