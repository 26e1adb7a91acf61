import { useCallback, useMemo, useState } from 'react';
import { idsWithChildren, type OrgNode, type PersonCard } from '../utils/orgTree';

/** Charts this small open fully; bigger ones start with only the top level open. */
const EXPAND_ALL_UP_TO = 60;

/**
 * Which managers of the chart are open. Until the user expands or collapses something, small
 * charts open fully and big ones show the top level plus the viewer's own chain of managers.
 */
export function useChartExpansion(
  people: readonly PersonCard[],
  tree: readonly OrgNode[],
  byId: ReadonlyMap<string, PersonCard>,
  viewerId: string,
) {
  const [expanded, setExpanded] = useState<Set<string> | null>(null);

  const defaultExpanded = useMemo(() => {
    const open = new Set(
      people.length <= EXPAND_ALL_UP_TO ? idsWithChildren(tree) : tree.map((node) => node.person.id),
    );
    let current = byId.get(viewerId)?.manager?.id;
    while (current && !open.has(current)) {
      open.add(current);
      current = byId.get(current)?.manager?.id;
    }
    return open;
  }, [people.length, tree, byId, viewerId]);

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

  return {
    expanded: expanded ?? defaultExpanded,
    toggle,
    expandAll: () => setExpanded(new Set(idsWithChildren(tree))),
    collapseAll: () => setExpanded(new Set()),
    /** Opens a manager, e.g. the one a new person was added under. */
    open: (managerId: string) => setExpanded((current) => new Set([...(current ?? defaultExpanded), managerId])),
  };
}
