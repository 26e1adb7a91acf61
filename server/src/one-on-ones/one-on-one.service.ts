import { OneOnOneChange, OneOnOneStatus, proposeAgenda, SIGNAL_KEYS, SHARED_NOTES_MAX } from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import { newestFirstPage, type Connection, type PageArgs } from '../core/connection';
import type { Context } from '../core/context';
import { BadUserInputError, ConflictError, InvalidTransitionError } from '../core/errors';
import { assertValid } from '../core/validation';
import { requireActor } from '../core/actor';
import { Person } from '../identity/people/person.entity';
import { ChangeGoal } from '../plans/goal.entity';
import type { GrowthPlan } from '../plans/plan.entity';
import { changePlan } from '../plans/plan-change';
import { SignalRatingRow } from '../plans/signal-rating.entity';
import { RatingSide } from '@fulcrum/shared';
import { oneOnOneHooks } from './one-on-one.hooks';
import { ActionItem, AgendaItem, OneOnOne, PrivateNote } from './one-on-one.entity';
import type { ScheduleOneOnOneInput, SetPrivateNoteInput, UpdateSharedNotesInput } from './one-on-one.inputs';
import { changeOneOnOne, forgetPlanOneOnOnes, assertOpen } from './one-on-one-change';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Copies open action items of an earlier 1:1 into `oneOnOne`, open, in the order given. */
export async function carryActionItems(
  em: EntityManager,
  oneOnOne: Pick<OneOnOne, 'id' | 'organizationId'>,
  items: readonly ActionItem[],
): Promise<void> {
  for (const [index, item] of items.entries()) {
    await em.insert(ActionItem, {
      organizationId: oneOnOne.organizationId,
      oneOnOneId: oneOnOne.id,
      text: item.text,
      ownerId: item.ownerId,
      dueOn: item.dueOn,
      done: false,
      carriedFromId: item.id,
      // One transaction, one now(): a microsecond apart, the carried items keep their order.
      createdAt: () => `now() + make_interval(secs => ${index} * 0.000001)`,
    });
  }
}

/**
 * Schedules the plan's next 1:1. Every open action item of the previous 1:1 is carried over
 * (the old one stays as it was), and the plan proposes agenda items: disagreements, delegations
 * at risk, overdue action items, goals that have not moved since the last 1:1.
 */
export async function scheduleOneOnOne(ctx: Context, input: ScheduleOneOnOneInput): Promise<OneOnOne> {
  const viewer = requireActor(ctx);
  if (Number.isNaN(input.scheduledAt.getTime()))
    throw BadUserInputError.field('scheduledAt', 'Choose a date and time.');
  const scheduled = await changePlan(ctx, input.planId, async (em, plan) => {
    const previous = await em.findOne(OneOnOne, {
      where: { planId: plan.id },
      order: { scheduledAt: 'DESC', id: 'DESC' },
    });
    const oneOnOne = await em.save(
      em.create(OneOnOne, {
        organizationId: plan.organizationId,
        planId: plan.id,
        scheduledAt: input.scheduledAt,
        status: OneOnOneStatus.UPCOMING,
        sharedNotes: '',
        sharedNotesVersion: 1,
        completedAt: null,
      }),
    );
    const openItems = previous
      ? await em.find(ActionItem, {
          where: { oneOnOneId: previous.id, done: false },
          order: { createdAt: 'ASC', id: 'ASC' },
        })
      : [];
    await carryActionItems(em, oneOnOne, openItems);
    const proposals = proposeAgenda(await agendaSources(em, plan, openItems, previous?.scheduledAt ?? null));
    let position = 0;
    for (const proposal of proposals) {
      await em.insert(AgendaItem, {
        organizationId: plan.organizationId,
        oneOnOneId: oneOnOne.id,
        text: proposal.text,
        authorId: viewer.personId,
        position: position++,
        linkKind: proposal.linkKind,
        linkId: proposal.linkId,
        discussed: false,
        proposed: true,
      });
    }
    return oneOnOne;
  });
  forgetPlanOneOnOnes(ctx, scheduled.planId);
  return scheduled;
}

/**
 * What `proposeAgenda` reads of a plan, inside the transaction that schedules the 1:1 (the demo
 * seed proposes its agendas through it too). One statement after the other: a transaction holds
 * a single connection, which must not be sent a query while it runs another.
 */
export async function agendaSources(
  em: EntityManager,
  plan: GrowthPlan,
  openItems: ActionItem[],
  previousAt: Date | null,
) {
  const ratings = await em.find(SignalRatingRow, { where: { planId: plan.id } });
  const delegations = await oneOnOneHooks.delegationsOf(em, plan);
  const goals = await em.find(ChangeGoal, { where: { planId: plan.id } });
  const people = await em.find(Person, { where: { organizationId: plan.organizationId } });
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? 'someone';
  return {
    signals: SIGNAL_KEYS.map((signal) => ({
      signal,
      selfRating: ratings.find((r) => r.signal === signal && r.side === RatingSide.SELF)?.rating ?? null,
      managerRating: ratings.find((r) => r.signal === signal && r.side === RatingSide.MANAGER)?.rating ?? null,
    })),
    delegations: delegations.map((d) => ({
      id: d.id,
      activityName: d.activityName,
      delegateeName: nameOf(d.delegateeId),
      stage: d.stage,
      createdAt: d.createdAt,
      checkIns: d.checkIns,
    })),
    actionItems: openItems.map((a) => ({
      id: a.id,
      text: a.text,
      done: a.done,
      dueOn: a.dueOn,
      ownerName: nameOf(a.ownerId),
    })),
    goals,
    previousAt,
    today: today(),
  };
}

/** Saves the shared notes only over the version the writer saw: a stale save is CONFLICT with the current text. */
export async function updateSharedNotes(ctx: Context, input: UpdateSharedNotesInput): Promise<OneOnOne> {
  assertValid({
    notes: input.notes.length > SHARED_NOTES_MAX ? `Notes are limited to ${SHARED_NOTES_MAX} characters.` : null,
  });
  return changeOneOnOne(ctx, input.oneOnOneId, OneOnOneChange.NOTES, async (em, oneOnOne) => {
    assertOpen(oneOnOne, 'notes');
    if (oneOnOne.sharedNotesVersion !== input.version) {
      throw new ConflictError(
        {
          version: oneOnOne.sharedNotesVersion,
          sharedNotesVersion: oneOnOne.sharedNotesVersion,
          sharedNotes: oneOnOne.sharedNotes,
        },
        'The other person saved the notes first. Their text is attached: merge your changes into it and save again.',
      );
    }
    oneOnOne.sharedNotes = input.notes;
    oneOnOne.sharedNotesVersion += 1;
    return em.save(oneOnOne);
  });
}

/** The viewer's own note on a 1:1. Not announced: nobody else may learn of it. */
export async function setPrivateNote(ctx: Context, input: SetPrivateNoteInput): Promise<OneOnOne> {
  const viewer = requireActor(ctx);
  return changeOneOnOne(ctx, input.oneOnOneId, null, async (em, oneOnOne) => {
    await em
      .createQueryBuilder()
      .insert()
      .into(PrivateNote)
      .values({
        organizationId: oneOnOne.organizationId,
        oneOnOneId: oneOnOne.id,
        authorId: viewer.personId,
        text: input.text,
      })
      .orUpdate(['text', 'updated_at'], ['one_on_one_id', 'author_id'])
      .execute();
    return oneOnOne;
  });
}

export async function completeOneOnOne(ctx: Context, id: string): Promise<OneOnOne> {
  return changeOneOnOne(ctx, id, OneOnOneChange.STATUS, async (em, oneOnOne) => {
    if (oneOnOne.status === OneOnOneStatus.DONE) throw new InvalidTransitionError('This 1:1 is already done.');
    oneOnOne.status = OneOnOneStatus.DONE;
    oneOnOne.completedAt = new Date();
    return em.save(oneOnOne);
  });
}

/** A plan's 1:1s, newest first. The caller has checked that the viewer reads the plan. */
export function listOneOnOnes(ctx: Context, planId: string, page: PageArgs): Promise<Connection<OneOnOne>> {
  const { pageByPlan, countByPlan } = ctx.loaders.oneOnOnes;
  return newestFirstPage({ page: pageByPlan, count: countByPlan }, planId, page, '1:1s');
}
