import { LinkKind, OneOnOneStatus, proposeAgenda, type SignalKey } from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import { ActionItem, AgendaItem, OneOnOne } from '../../one-on-ones/one-on-one.entity';
import { agendaSources, carryActionItems } from '../../one-on-ones/one-on-one.service';
import type { ChangeGoal } from '../../plans/goal.entity';
import type { GrowthPlan } from '../../plans/plan.entity';
import { dateDaysAgo, DAY_MS, daysAgo } from './helpers';

/** What an agenda item links to: a signal, or a goal of the plan by its key. */
export type LinkSeed = { signal: SignalKey } | { goal: string } | null;

/** An agenda item added by hand (not proposed by the plan), by its author's key. */
export interface AddedItemSeed {
  text: string;
  author: string;
  link: LinkSeed;
}

/** A 1:1 that took place `daysAgo`, scheduled a week before, with what it left behind. */
export interface PastOneOnOneSeed {
  daysAgo: number;
  lastedMinutes: number;
  sharedNotes: string[];
  sharedNotesVersion: number;
  /** [text, author's key, link, proposed by the plan] */
  discussed: [text: string, author: string, link: LinkSeed, proposed: boolean][];
  /** [text, owner's key, due days ago (negative: ahead), done] */
  actionItems: [text: string, owner: string, dueDaysAgo: number, done: boolean][];
}

/** A plan's 1:1s: the last one, if any, and the next, `nextInDays` ahead. */
export interface OneOnOnesSeed {
  previous?: PastOneOnOneSeed;
  nextInDays: number;
  added?: AddedItemSeed[];
}

/** How the seed of a plan names people and goals. */
export interface SeedNames {
  person: (key: string) => string;
  goal: (key: string) => ChangeGoal;
}

/** The last 1:1 (if any), then the next one as scheduling makes it, with the items added by hand. */
export async function addOneOnOnes(
  em: EntityManager,
  plan: GrowthPlan,
  names: SeedNames,
  { previous, nextInDays, added = [] }: OneOnOnesSeed,
): Promise<void> {
  const last = previous ? await addPastOneOnOne(em, plan, names, previous) : null;
  const own = added.map(({ text, author, link }) => ({ text, authorId: names.person(author), ...linkOf(link, names) }));
  await addUpcomingOneOnOne(em, plan, nextInDays, last, own);
}

function linkOf(link: LinkSeed, names: SeedNames): Pick<AgendaItem, 'linkKind' | 'linkId'> {
  if (link === null) return { linkKind: null, linkId: null };
  if ('signal' in link) return { linkKind: LinkKind.SIGNAL, linkId: link.signal };
  return { linkKind: LinkKind.GOAL, linkId: names.goal(link.goal).id };
}

/** A done 1:1, its agenda discussed and its action items written during it; returns the open ones. */
async function addPastOneOnOne(
  em: EntityManager,
  plan: GrowthPlan,
  names: SeedNames,
  seed: PastOneOnOneSeed,
): Promise<{ open: ActionItem[]; at: Date }> {
  const at = atTen(seed.daysAgo);
  const scheduledOn = at.getTime() - 7 * DAY_MS;
  const minutesIn = (minutes: number) => new Date(at.getTime() + minutes * 60 * 1000);
  const base = { organizationId: plan.organizationId };
  const oneOnOne = await em.save(
    em.create(OneOnOne, {
      ...base,
      planId: plan.id,
      scheduledAt: at,
      status: OneOnOneStatus.DONE,
      sharedNotes: seed.sharedNotes.join('\n'),
      sharedNotesVersion: seed.sharedNotesVersion,
      completedAt: minutesIn(seed.lastedMinutes),
      createdAt: new Date(scheduledOn),
    }),
  );
  for (const [position, [text, author, link, proposed]] of seed.discussed.entries()) {
    await em.insert(AgendaItem, {
      ...base,
      oneOnOneId: oneOnOne.id,
      text,
      authorId: names.person(author),
      position,
      ...linkOf(link, names),
      discussed: true,
      proposed,
      createdAt: new Date(scheduledOn + position),
    });
  }
  const open: ActionItem[] = [];
  for (const [index, [text, owner, dueDaysAgo, done]] of seed.actionItems.entries()) {
    const item = await em.save(
      em.create(ActionItem, {
        ...base,
        oneOnOneId: oneOnOne.id,
        text,
        ownerId: names.person(owner),
        dueOn: dateDaysAgo(dueDaysAgo),
        done,
        carriedFromId: null,
        // Written from the 20th minute on, a minute apart.
        createdAt: minutesIn(20 + index),
      }),
    );
    if (!done) open.push(item);
  }
  return { open, at };
}

/** 10:00 UTC, `days` days ago (negative: ahead). */
export function atTen(days: number): Date {
  const date = daysAgo(days);
  date.setUTCHours(10, 0, 0, 0);
  return date;
}

/** An agenda item someone added by hand. */
export interface OwnAgendaItem {
  text: string;
  linkKind: LinkKind | null;
  linkId: string | null;
  authorId: string;
}

/**
 * The plan's next 1:1, `daysAhead` from now, as scheduling makes it: the previous one's open action
 * items carried over and the agenda the plan proposes (the same shared rule), then `own` items.
 */
export async function addUpcomingOneOnOne(
  em: EntityManager,
  plan: GrowthPlan,
  daysAhead: number,
  previous: { open: ActionItem[]; at: Date } | null,
  own: OwnAgendaItem[] = [],
): Promise<void> {
  const next = await em.save(
    em.create(OneOnOne, {
      organizationId: plan.organizationId,
      planId: plan.id,
      scheduledAt: atTen(-daysAhead),
      status: OneOnOneStatus.UPCOMING,
      sharedNotes: '',
      sharedNotesVersion: 1,
      completedAt: null,
    }),
  );
  const open = previous?.open ?? [];
  await carryActionItems(em, next, open);
  const proposals = proposeAgenda(await agendaSources(em, plan, open, previous?.at ?? null));
  const agenda = [
    ...proposals.map((p) => ({ ...p, authorId: plan.managerId, proposed: true })),
    ...own.map((item) => ({ ...item, proposed: false })),
  ];
  for (const [position, item] of agenda.entries()) {
    await em.insert(AgendaItem, {
      organizationId: plan.organizationId,
      oneOnOneId: next.id,
      position,
      discussed: false,
      ...item,
    });
  }
}
