import { type LinkKind, OneOnOneStatus, proposeAgenda } from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import { type ActionItem, AgendaItem, OneOnOne } from '../../one-on-ones/one-on-one.entity';
import { agendaSources, carryActionItems } from '../../one-on-ones/one-on-one.service';
import type { GrowthPlan } from '../../plans/plan.entity';
import { daysAgo } from './helpers';

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
