import { OneOnOneChange } from '@fulcrum/shared';
import type { OneOnOneDetailFragment } from '../api/gql/graphql';

function quote(text: string): string {
  return text.length > 60 ? `“${text.slice(0, 57)}…”` : `“${text}”`;
}

/**
 * What the other participant just did, in a sentence ("Maya added an agenda item: …"), from
 * the kind of change and the 1:1 before and after the refetch it caused.
 */
export function describeChange(
  change: OneOnOneChange,
  who: string,
  before: OneOnOneDetailFragment | null,
  after: OneOnOneDetailFragment | null,
): string {
  switch (change) {
    case OneOnOneChange.AGENDA: {
      if (!before || !after) return `${who} changed the agenda.`;
      const old = new Map(before.agenda.map((i) => [i.id, i]));
      const added = after.agenda.filter((i) => !old.has(i.id));
      if (added.length > 0) return `${who} added an agenda item: ${quote(added[0].text)}.`;
      const now = new Set(after.agenda.map((i) => i.id));
      const removed = before.agenda.filter((i) => !now.has(i.id));
      if (removed.length > 0) return `${who} removed an agenda item: ${quote(removed[0].text)}.`;
      for (const item of after.agenda) {
        const was = old.get(item.id);
        if (!was) continue;
        if (was.discussed !== item.discussed) {
          return item.discussed
            ? `${who} marked ${quote(item.text)} as discussed.`
            : `${who} marked ${quote(item.text)} as not discussed yet.`;
        }
        if (was.text !== item.text) return `${who} edited an agenda item: ${quote(item.text)}.`;
      }
      return `${who} reordered the agenda.`;
    }
    case OneOnOneChange.NOTES:
      return `${who} saved the shared notes.`;
    case OneOnOneChange.ACTION_ITEMS: {
      if (!before || !after) return `${who} changed the action items.`;
      const old = new Map(before.actionItems.map((i) => [i.id, i]));
      const added = after.actionItems.filter((i) => !old.has(i.id));
      if (added.length > 0) return `${who} added an action item: ${quote(added[0].text)}.`;
      for (const item of after.actionItems) {
        const was = old.get(item.id);
        if (was && was.done !== item.done)
          return item.done ? `${who} ticked off ${quote(item.text)}.` : `${who} reopened ${quote(item.text)}.`;
      }
      return `${who} updated an action item.`;
    }
    case OneOnOneChange.STATUS:
      return `${who} completed the 1:1.`;
    default:
      return `${who} changed the 1:1.`;
  }
}
