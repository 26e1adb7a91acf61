import { LinkKind, SIGNALS } from '@fulcrum/shared';
import { isPlanTab, paths } from '@/config/paths';
import { LABELS } from '@/lib/palette';
import type { OneOnOneDetailFragment } from '../api/gql/graphql';

type Plan = OneOnOneDetailFragment['plan'];

export function linkKindLabel(kind: LinkKind): string {
  return LABELS.linkKind[kind];
}

/**
 * Where an agenda item's link leads: the plan tab that shows the item, with the item's anchor
 * (`/plans/:planId/gaps#gap-<id>`). Delegations open their tab when the plan has one.
 */
export function linkTarget(planId: string, kind: LinkKind, id: string): string {
  const tab = (name: string) => paths.plan.to(planId, isPlanTab(name) ? name : 'current');
  switch (kind) {
    case LinkKind.SIGNAL:
      return `${tab('current')}#signal-${id}`;
    case LinkKind.GAP:
      return `${tab('gaps')}#gap-${id}`;
    case LinkKind.GOAL:
      return `${tab('goals')}#goal-${id}`;
    case LinkKind.DELEGATION:
      return isPlanTab('delegations') ? `${tab('delegations')}#delegation-${id}` : tab('current');
    default:
      return tab('current');
  }
}

/** What the link points to, in words; null when it is gone from the plan. */
export function linkTitle(plan: Plan, kind: LinkKind, id: string): string | null {
  switch (kind) {
    case LinkKind.SIGNAL:
      return SIGNALS.find((s) => (s.key as string) === id)?.title ?? null;
    case LinkKind.GAP:
      return plan.gaps.find((g) => g.id === id)?.title ?? null;
    case LinkKind.GOAL:
      return plan.goals.find((g) => g.id === id)?.title ?? null;
    case LinkKind.DELEGATION: {
      const d = plan.delegations.find((x) => x.id === id);
      return d ? `${d.activityName} → ${d.delegatee.name}` : null;
    }
    default:
      return null;
  }
}

/** The options of the "Link to" select, grouped by kind; values are `KIND:id`. */
export function linkOptions(plan: Plan) {
  const signals = SIGNALS.map((s) => ({ value: `${LinkKind.SIGNAL}:${s.key}`, label: s.title }));
  const groups = [
    { group: 'Signals', items: signals },
    {
      group: 'Gaps',
      items: plan.gaps.map((g) => ({ value: `${LinkKind.GAP}:${g.id}`, label: g.title })),
    },
    {
      group: 'Change goals',
      items: plan.goals.map((g) => ({ value: `${LinkKind.GOAL}:${g.id}`, label: g.title })),
    },
    {
      group: 'Delegations',
      items: plan.delegations.map((d) => ({
        value: `${LinkKind.DELEGATION}:${d.id}`,
        label: `${d.activityName} → ${d.delegatee.name}`,
      })),
    },
  ];
  return groups.filter((g) => g.items.length > 0);
}

export function parseLinkOption(value: string | null): { linkKind: LinkKind; linkId: string } | null {
  if (!value) return null;
  const at = value.indexOf(':');
  const linkKind = Object.values(LinkKind).find((kind) => (kind as string) === value.slice(0, at));
  return linkKind ? { linkKind, linkId: value.slice(at + 1) } : null;
}
