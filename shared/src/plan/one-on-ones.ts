import { enumOf, type ValueOf } from '../enumeration';
import { isAtRisk, type DelegationStage } from './delegation';
import { GoalStatus } from './goals';
import { RATING_LABELS, signalInfo, type SignalKey, type SignalRating } from './signals';

/** 1:1 sessions of §3. */
export const OneOnOneStatus = enumOf('UPCOMING', 'DONE');
export type OneOnOneStatus = ValueOf<typeof OneOnOneStatus>;

/** What in the plan an agenda item is about. */
export const LinkKind = enumOf('SIGNAL', 'GAP', 'GOAL', 'DELEGATION');
export type LinkKind = ValueOf<typeof LinkKind>;

/** What a live event of a 1:1 says changed. */
export const OneOnOneChange = enumOf('AGENDA', 'NOTES', 'ACTION_ITEMS', 'STATUS');
export type OneOnOneChange = ValueOf<typeof OneOnOneChange>;

export const SHARED_NOTES_MAX = 100_000;
export const PRIVATE_NOTE_MAX = 20_000;
export const AGENDA_TEXT_MAX = 500;

export interface AgendaProposal {
  text: string;
  /** What in the plan the item is about; null for items that are not about the plan (action items). */
  linkKind: LinkKind | null;
  linkId: string | null;
}

export interface AgendaSources {
  signals: readonly {
    signal: SignalKey;
    selfRating: SignalRating | null;
    managerRating: SignalRating | null;
  }[];
  delegations: readonly {
    id: string;
    activityName: string;
    delegateeName: string;
    stage: DelegationStage;
    createdAt: Date;
    checkIns: readonly { at: Date; confidence: number }[];
  }[];
  actionItems: readonly {
    id: string;
    text: string;
    done: boolean;
    dueOn: string | null;
    ownerName: string;
  }[];
  goals: readonly { id: string; title: string; status: GoalStatus; updatedAt: Date }[];
  /** When the previous 1:1 of the plan took place; null for the first one. */
  previousAt: Date | null;
  /** Today as YYYY-MM-DD, in the organization's calendar. */
  today: string;
  now?: Date;
}

/**
 * What the plan suggests discussing when a 1:1 is scheduled, in this order: signals where self
 * and manager disagree, delegations at risk, overdue action items, and active goals that have
 * not changed since the last 1:1.
 */
export function proposeAgenda(sources: AgendaSources): AgendaProposal[] {
  const now = sources.now ?? new Date();
  const proposals: AgendaProposal[] = [];
  for (const s of sources.signals) {
    if (s.selfRating && s.managerRating && s.selfRating !== s.managerRating) {
      proposals.push({
        linkKind: LinkKind.SIGNAL,
        linkId: s.signal,
        text: `${signalInfo(s.signal).title}: self says ${RATING_LABELS[s.selfRating].toLowerCase()}, manager says ${RATING_LABELS[s.managerRating].toLowerCase()}.`,
      });
    }
  }
  for (const d of sources.delegations) {
    if (!isAtRisk(d, d.checkIns, now)) continue;
    const last = [...d.checkIns].sort((a, b) => b.at.getTime() - a.at.getTime()).at(0);
    const why = last && last.confidence <= 2 ? `last confidence ${last.confidence}/5` : 'no check-in for 14 days';
    proposals.push({
      linkKind: LinkKind.DELEGATION,
      linkId: d.id,
      text: `Delegation at risk: ${d.activityName} with ${d.delegateeName} (${why}).`,
    });
  }
  for (const a of sources.actionItems) {
    if (!a.done && a.dueOn !== null && a.dueOn < sources.today) {
      proposals.push({
        linkKind: null,
        linkId: null,
        text: `Overdue since ${a.dueOn}: ${a.text} (${a.ownerName}).`,
      });
    }
  }
  if (sources.previousAt) {
    for (const g of sources.goals) {
      if (g.status === GoalStatus.ACTIVE && g.updatedAt.getTime() <= sources.previousAt.getTime()) {
        proposals.push({
          linkKind: LinkKind.GOAL,
          linkId: g.id,
          text: `No change since the last 1:1: ${g.title}.`,
        });
      }
    }
  }
  return proposals;
}
