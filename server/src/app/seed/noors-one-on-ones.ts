import { LinkKind, OneOnOneStatus, SignalKey } from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import { ActionItem, AgendaItem, OneOnOne } from '../../one-on-ones/one-on-one.entity';
import { ChangeGoal } from '../../plans/goal.entity';
import { GrowthPlan } from '../../plans/plan.entity';
import { dateDaysAgo, DAY_MS } from './helpers';
import { addUpcomingOneOnOne, atTen } from './one-on-ones';

/**
 * Maya and Noor met 13 days ago and left with three action items, one done. Their next 1:1,
 * in two days, carries the two open ones (one overdue) and the agenda the plan proposes, as
 * scheduling does, plus an item Noor added about the guild.
 */
export async function seedNoorsOneOnOnes(
  em: EntityManager,
  plan: GrowthPlan,
  id: (key: string) => string,
  guildGoal: ChangeGoal,
): Promise<void> {
  const base = { organizationId: plan.organizationId, planId: plan.id };
  const previousAt = atTen(13);
  const previous = await em.save(
    em.create(OneOnOne, {
      ...base,
      scheduledAt: previousAt,
      status: OneOnOneStatus.DONE,
      sharedNotes: [
        '## KPI pack',
        '',
        '- The refund rule goes into the metrics doc before the next pack',
        '- Ben shadows the next pack end to end',
        '',
        '## Data quality',
        '',
        '- Kenji keeps pairing on the marketing mart tests',
      ].join('\n'),
      sharedNotesVersion: 4,
      completedAt: new Date(previousAt.getTime() + 45 * 60 * 1000),
      createdAt: new Date(previousAt.getTime() - 7 * DAY_MS),
    }),
  );
  const discussed: [text: string, author: string, linkKind: LinkKind | null, linkId: string | null][] = [
    ['Inconsistency: self says emerging, manager says clear.', 'maya', LinkKind.SIGNAL, SignalKey.INCONSISTENCY],
    ['Who builds the KPI pack while I am on the guild?', 'noor', null, null],
  ];
  for (const [position, [text, author, linkKind, linkId]] of discussed.entries()) {
    await em.insert(AgendaItem, {
      organizationId: plan.organizationId,
      oneOnOneId: previous.id,
      text,
      authorId: id(author),
      position,
      linkKind,
      linkId,
      discussed: true,
      proposed: position === 0,
      createdAt: new Date(previousAt.getTime() - 7 * DAY_MS + position),
    });
  }
  const items: [text: string, owner: string, dueDaysAgo: number, done: boolean][] = [
    ['Write the refund rule into the metrics doc', 'noor', 6, false],
    ['Book a shadowing session with Ben on the KPI pack', 'noor', 10, true],
    ['Ask Jonas whether Kenji keeps the data quality checks this quarter', 'maya', -3, false],
  ];
  const open: ActionItem[] = [];
  for (const [index, [text, owner, dueDaysAgo, done]] of items.entries()) {
    const item = await em.save(
      em.create(ActionItem, {
        organizationId: plan.organizationId,
        oneOnOneId: previous.id,
        text,
        ownerId: id(owner),
        dueOn: dateDaysAgo(dueDaysAgo),
        done,
        carriedFromId: null,
        createdAt: new Date(previousAt.getTime() + (20 + index) * 60 * 1000),
      }),
    );
    if (!done) open.push(item);
  }

  // Their next 1:1, in two days, with Noor's own item about the guild.
  await addUpcomingOneOnOne(em, plan, 2, { open, at: previousAt }, [
    {
      text: 'Can the metrics guild start before the KPI pack is handed over?',
      linkKind: LinkKind.GOAL,
      linkId: guildGoal.id,
      authorId: plan.ownerId,
    },
  ]);
}
