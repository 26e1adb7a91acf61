import { ActionIcon, Anchor, Avatar, Badge, Box, Group, Highlight, Text } from '@mantine/core';
import { Link } from 'react-router';
import { IconChevronRight } from '@/components/icons';
import { AccountBadge, LevelBadge, trackLabel } from '@/components/PersonBadges';
import { paths } from '@/config/paths';
import type { OrgNode } from '../utils/orgTree';
import classes from './OrgChart.module.css';

interface OrgChartProps {
  roots: readonly OrgNode[];
  expanded: ReadonlySet<string>;
  onToggle: (personId: string) => void;
  selectedId?: string | null;
  /** Search text to highlight in names. */
  highlight?: string;
  /** When searching: the people that matched (others are shown dimmed, for context). */
  matches?: ReadonlySet<string>;
}

/** The organization chart: managers with their reports nested below, collapsible. */
export function OrgChart({ roots, ...rest }: OrgChartProps) {
  return (
    <ul className={classes.tree} aria-label="Organization chart" data-testid="org-chart">
      {roots.map((node) => (
        <OrgChartNode key={node.person.id} node={node} depth={0} {...rest} />
      ))}
    </ul>
  );
}

function OrgChartNode({
  node,
  depth,
  expanded,
  onToggle,
  selectedId,
  highlight = '',
  matches,
}: Omit<OrgChartProps, 'roots'> & { node: OrgNode; depth: number }) {
  const { person, children } = node;
  const isOpen = expanded.has(person.id);
  const dimmed = matches !== undefined && !matches.has(person.id);

  return (
    <li className={classes.item}>
      <div
        className={classes.row}
        data-selected={selectedId === person.id || undefined}
        data-dimmed={dimmed || undefined}
        data-testid="person-row"
        data-person-id={person.id}
      >
        <Box w={28} className={classes.toggle}>
          {children.length > 0 && (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              onClick={() => onToggle(person.id)}
              aria-expanded={isOpen}
              aria-label={`${isOpen ? 'Collapse' : 'Expand'} ${person.name}'s reports`}
            >
              <IconChevronRight size={16} className={classes.chevron} data-open={isOpen || undefined} />
            </ActionIcon>
          )}
        </Box>
        <Avatar size={36} radius="xl" color="initials" name={person.name} />
        <PersonSummary person={person} reports={node.reportCount} highlight={highlight} />
      </div>
      {children.length > 0 && isOpen && (
        <ul className={classes.children} aria-label={`${person.name}'s reports`}>
          {children.map((child) => (
            <OrgChartNode
              key={child.person.id}
              node={child}
              depth={depth + 1}
              expanded={expanded}
              onToggle={onToggle}
              selectedId={selectedId}
              highlight={highlight}
              matches={matches}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Name (to the person's page), title and specialty, level, track, account and reports. */
function PersonSummary({
  person,
  reports,
  highlight,
}: {
  person: OrgNode['person'];
  reports: number;
  highlight: string;
}) {
  return (
    <>
      <div className={classes.identity}>
        <Anchor
          component={Link}
          to={paths.person.to(person.id)}
          fw={600}
          c="var(--mantine-color-text)"
          className={classes.name}
        >
          <Highlight component="span" highlight={highlight} inherit>
            {person.name}
          </Highlight>
        </Anchor>
        <Highlight component="p" size="sm" c="dimmed" lineClamp={1} highlight={highlight} m={0}>
          {`${person.title || 'No title yet'}${person.specialty ? ` · ${person.specialty}` : ''}`}
        </Highlight>
      </div>
      <Group gap={6} className={classes.badges} wrap="wrap" justify="flex-end">
        <LevelBadge level={person.level} />
        <Badge variant="default" radius="sm" tt="none" fw={500}>
          {trackLabel(person.track)}
        </Badge>
        <AccountBadge hasAccount={person.hasAccount} />
        {reports > 0 && (
          <Text size="xs" c="dimmed" w={74} ta="right">
            {reports} {reports === 1 ? 'report' : 'reports'}
          </Text>
        )}
        {reports === 0 && <Box w={74} visibleFrom="sm" />}
      </Group>
    </>
  );
}
