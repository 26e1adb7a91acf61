import { Alert, Button, Drawer, Group, Loader, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LIMITS, Role } from '@fulcrum/shared';
import { useMemo, useState } from 'react';
import { useMatch, useNavigate } from 'react-router';
import { IconSearch, IconSitemap, IconUserPlus } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { paths } from '@/config/paths';
import { notifySuccess } from '@/lib/notify';
import { useViewer, type SignedInViewer } from '@/lib/viewer/useViewer';
import { OrgChart } from '../components/OrgChart';
import { PersonDrawer } from '../components/PersonDrawer';
import { PersonForm } from '../components/PersonForm';
import { PAGE_SIZE, useAllPeople, usePeopleSearch } from '../hooks/useAllPeople';
import { useChartExpansion } from '../hooks/useChartExpansion';
import { buildOrgTree, idsWithChildren, pruneOrgTree, type OrgNode, type PersonCard } from '../utils/orgTree';
import { canAddPeople } from '../utils/permissions';

export function PeoplePage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const personMatch = useMatch(paths.person.pattern);
  const selectedId = personMatch?.params.personId ?? null;

  const allPeople = useAllPeople();
  const { people, byId, totalCount, loading, reload } = allPeople;
  const [adding, setAdding] = useState<{ managerId: string | null } | null>(null);
  const tree = useMemo(() => buildOrgTree(people), [people]);
  const expansion = useChartExpansion(people, tree, byId, viewer.person.id);

  const mayAdd = canAddPeople(viewer);

  const onAdded = (person: PersonCard) => {
    setAdding(null);
    notifySuccess(`${person.name} was added. Invite them when you are ready.`);
    if (person.manager) expansion.open(person.manager.id);
    void reload();
    void navigate(paths.person.to(person.id));
  };

  return (
    <Stack gap="lg">
      <PeopleHeader
        viewer={viewer}
        loading={loading}
        totalCount={totalCount}
        withAccount={people.filter((person) => person.hasAccount).length}
        onAdd={mayAdd ? () => setAdding({ managerId: viewer.role === Role.ADMIN ? null : viewer.person.id }) : null}
      />

      <ChartPanel people={allPeople} tree={tree} expansion={expansion} selectedId={selectedId} mayAdd={mayAdd} />

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
            onSaved={onAdded}
          />
        )}
      </Drawer>
    </Stack>
  );
}

/** Search, expand and collapse, and the chart itself (pruned to the matches while searching). */
function ChartPanel({
  people: { people, totalCount, loading, loadingMore, error, reload },
  tree,
  expansion,
  selectedId,
  mayAdd,
}: {
  people: ReturnType<typeof useAllPeople>;
  tree: readonly OrgNode[];
  expansion: ReturnType<typeof useChartExpansion>;
  selectedId: string | null;
  mayAdd: boolean;
}) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const searchResult = usePeopleSearch(debouncedSearch);
  const searching = debouncedSearch.length > 0;
  const matchIds = useMemo(() => new Set(searchResult.matches.map((person) => person.id)), [searchResult.matches]);
  const shownTree = useMemo(() => (searching ? pruneOrgTree(tree, matchIds) : tree), [searching, tree, matchIds]);
  const shownExpanded = useMemo(
    () => (searching ? new Set(idsWithChildren(shownTree)) : expansion.expanded),
    [searching, shownTree, expansion.expanded],
  );
  return (
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
              <Button variant="subtle" size="xs" onClick={expansion.expandAll}>
                Expand all
              </Button>
              <Button variant="subtle" size="xs" onClick={expansion.collapseAll}>
                Collapse all
              </Button>
            </Group>
          )}
        </Group>

        {searching && <SearchSummary search={debouncedSearch} result={searchResult} />}

        {error != null && !loading && <ProblemAlert error={error} onRetry={() => void reload()} />}
        {loading && <ChartSkeleton />}
        {!loading && error == null && people.length === 0 && <NoPeopleYet mayAdd={mayAdd} />}
        {!loading && shownTree.length > 0 && (
          <OrgChart
            roots={shownTree}
            expanded={shownExpanded}
            onToggle={expansion.toggle}
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
  );
}

/** The title, how many people (and accounts) the organization has, and "Add person". */
function PeopleHeader({
  viewer,
  loading,
  totalCount,
  withAccount,
  onAdd,
}: {
  viewer: SignedInViewer;
  loading: boolean;
  totalCount: number;
  withAccount: number;
  /** Null when the viewer may not add people. */
  onAdd: (() => void) | null;
}) {
  return (
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
      {onAdd && (
        <Button leftSection={<IconUserPlus size={16} />} onClick={onAdd}>
          Add person
        </Button>
      )}
    </Group>
  );
}

/** How many people match the search, or why the search failed. */
function SearchSummary({ search, result }: { search: string; result: ReturnType<typeof usePeopleSearch> }) {
  if (result.error) return <ProblemAlert error={result.error} />;
  if (result.searching) return null;
  return (
    <Text size="sm" c="dimmed" aria-live="polite">
      {result.totalCount === 0
        ? `Nobody matches “${search}”. Check the spelling, or search by title or specialty.`
        : `${result.totalCount} ${result.totalCount === 1 ? 'person matches' : 'people match'} “${search}”${result.hasMore ? ` (showing the first ${PAGE_SIZE})` : ''}. Their managers are shown dimmed for context.`}
    </Text>
  );
}

function NoPeopleYet({ mayAdd }: { mayAdd: boolean }) {
  return (
    <Stack align="center" py="xl" gap="xs">
      <IconSitemap size={32} />
      <Text fw={600}>No people yet</Text>
      <Text size="sm" c="dimmed">
        {mayAdd ? 'Add your team with “Add person”, then invite them.' : 'Ask an admin to add your team.'}
      </Text>
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
