import type { PersonCardFragment } from '../api/gql/graphql';

export type PersonCard = PersonCardFragment;

export interface OrgNode {
  person: PersonCard;
  children: OrgNode[];
  /** Direct reports in the whole chart (a pruned search tree may show fewer). */
  reportCount: number;
  /** Number of people below this one, at any depth. */
  size: number;
}

const byName = (a: OrgNode, b: OrgNode) => a.person.name.localeCompare(b.person.name);

/**
 * People with no manager (or a manager not in the list) are roots; everyone else is
 * nested under their manager. Should the data ever hold a cycle, its members become roots
 * instead of disappearing.
 */
export function buildOrgTree(people: readonly PersonCard[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>();
  for (const person of people) nodes.set(person.id, { person, children: [], reportCount: 0, size: 0 });

  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.person.manager ? nodes.get(node.person.manager.id) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }

  const placed = new Set<string>();
  const settle = (node: OrgNode): number => {
    placed.add(node.person.id);
    node.children.sort(byName);
    node.reportCount = node.children.length;
    node.size = node.children.reduce((sum, child) => sum + 1 + settle(child), 0);
    return node.size;
  };
  roots.sort(byName).forEach(settle);

  for (const node of nodes.values()) {
    if (placed.has(node.person.id)) continue;
    // Part of a cycle: break it at this node.
    const parent = node.person.manager ? nodes.get(node.person.manager.id) : undefined;
    if (parent) parent.children = parent.children.filter((child) => child !== node);
    roots.push(node);
    settle(node);
  }
  return roots;
}

/** Keeps the matching people and the managers above them, so matches appear in context. */
export function pruneOrgTree(roots: readonly OrgNode[], keep: ReadonlySet<string>): OrgNode[] {
  const prune = (node: OrgNode): OrgNode | null => {
    const children = node.children.map(prune).filter((child): child is OrgNode => child !== null);
    if (!keep.has(node.person.id) && children.length === 0) return null;
    return { ...node, children };
  };
  return roots.map(prune).filter((node): node is OrgNode => node !== null);
}

export function idsWithChildren(roots: readonly OrgNode[]): string[] {
  const ids: string[] = [];
  const walk = (node: OrgNode) => {
    if (node.children.length > 0) ids.push(node.person.id);
    node.children.forEach(walk);
  };
  roots.forEach(walk);
  return ids;
}

type ManagerLinks = ReadonlyMap<string, { manager: { id: string } | null }>;

/** True when walking manager links up from `personId` reaches `managerId`. */
export function isUnder(personId: string, managerId: string, people: ManagerLinks): boolean {
  const seen = new Set<string>([personId]);
  let current = people.get(personId)?.manager?.id;
  while (current && !seen.has(current)) {
    if (current === managerId) return true;
    seen.add(current);
    current = people.get(current)?.manager?.id;
  }
  return false;
}

/** Everyone below `personId`; none of them may become that person's manager. */
export function peopleBelow(personId: string, people: readonly PersonCard[]): Set<string> {
  const reportsOf = new Map<string, string[]>();
  for (const person of people) {
    if (!person.manager) continue;
    const list = reportsOf.get(person.manager.id) ?? [];
    list.push(person.id);
    reportsOf.set(person.manager.id, list);
  }
  const below = new Set<string>();
  const stack = [...(reportsOf.get(personId) ?? [])];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (below.has(id) || id === personId) continue;
    below.add(id);
    stack.push(...(reportsOf.get(id) ?? []));
  }
  return below;
}
