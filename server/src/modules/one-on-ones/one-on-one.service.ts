import {
  AGENDA_TEXT_MAX,
  isId,
  LinkKind,
  OneOnOneChange,
  OneOnOneStatus,
  proposeAgenda,
  requiredTextProblem,
  SIGNAL_KEYS,
  SHARED_NOTES_MAX,
  type SignalKey,
} from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { BadUserInputError, ConflictError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { assertValid } from '../../graphql/validation';
import { requireViewer } from '../accounts/auth.service';
import { CheckIn } from '../delegations/check-in.entity';
import { Delegation } from '../delegations/delegation.entity';
import { Person } from '../people/person.entity';
import { Gap } from '../plans/gap.entity';
import { ChangeGoal } from '../plans/goal.entity';
import type { GrowthPlan } from '../plans/plan.entity';
import { assertVersion, changePlan } from '../plans/plan.service';
import { SignalRatingRow } from '../plans/signal-rating.entity';
import { RatingSide } from '@fulcrum/shared';
import { announce } from './one-on-one.events';
import { ActionItem, AgendaItem, OneOnOne, PrivateNote } from './one-on-one.entity';
import type {
  AddActionItemInput,
  AddAgendaItemInput,
  ScheduleOneOnOneInput,
  SetPrivateNoteInput,
  UpdateActionItemInput,
  UpdateAgendaItemInput,
  UpdateSharedNotesInput,
} from './one-on-one.inputs';
import { assertParticipant, assertPlanOpen, participantsOf, readableOneOnOne } from './one-on-one.policy';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Schedules the plan's next 1:1. Every open action item of the previous 1:1 is carried over
 * (the old one stays as it was), and the plan proposes agenda items: disagreements, delegations
 * at risk, overdue action items, goals that have not moved since the last 1:1.
 */
export async function scheduleOneOnOne(ctx: Context, input: ScheduleOneOnOneInput): Promise<OneOnOne> {
  const viewer = requireViewer(ctx);
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
    for (const [index, item] of openItems.entries()) {
      await em.insert(ActionItem, {
        organizationId: plan.organizationId,
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
  const delegations = await em.find(Delegation, { where: { planId: plan.id } });
  const goals = await em.find(ChangeGoal, { where: { planId: plan.id } });
  const people = await em.find(Person, { where: { organizationId: plan.organizationId } });
  const checkIns = delegations.length
    ? await em
        .getRepository(CheckIn)
        .createQueryBuilder('c')
        .where('c.delegation_id = ANY(:ids)', { ids: delegations.map((d) => d.id) })
        .getMany()
    : [];
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
      checkIns: checkIns.filter((c) => c.delegationId === d.id),
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

/**
 * Runs a change to a 1:1 as one of its two participants, in a transaction that locks the 1:1
 * row, and announces it to every instance when the transaction commits.
 */
async function changeOneOnOne<T>(
  ctx: Context,
  id: string,
  change: OneOnOneChange | null,
  work: (em: EntityManager, oneOnOne: OneOnOne, plan: GrowthPlan) => Promise<T>,
): Promise<T> {
  const viewer = requireViewer(ctx);
  const { plan, access } = await readableOneOnOne(ctx, id);
  assertParticipant(access);
  assertPlanOpen(plan);
  const result = await ctx.app.db.transaction(async (em) => {
    const oneOnOne = await em
      .getRepository(OneOnOne)
      .createQueryBuilder('o')
      .where('o.id = :id AND o.organization_id = :organizationId', {
        id,
        organizationId: plan.organizationId,
      })
      .setLock('pessimistic_write')
      .getOne();
    if (!oneOnOne) throw new NotFoundError('1:1');
    const value = await work(em, oneOnOne, plan);
    if (change)
      await announce(em, {
        organizationId: plan.organizationId,
        oneOnOneId: oneOnOne.id,
        change,
        byId: viewer.personId,
      });
    return value;
  });
  forgetOneOnOne(ctx, id);
  forgetPlanOneOnOnes(ctx, plan.id);
  return result;
}

function forgetOneOnOne(ctx: Context, id: string): void {
  const loaders = ctx.loaders.oneOnOnes;
  loaders.oneOnOne.clear(id);
  loaders.contentByOneOnOne.clear(id);
  loaders.myPrivateNote.clear(id);
}

/** Drops what this request cached about a plan's list of 1:1s: its pages, count and next one. */
function forgetPlanOneOnOnes(ctx: Context, planId: string): void {
  const loaders = ctx.loaders.oneOnOnes;
  loaders.pageByPlan.clearAll();
  loaders.countByPlan.clear(planId);
  loaders.nextByPlan.clear(planId);
}

function assertOpen(oneOnOne: OneOnOne, what: string): void {
  if (oneOnOne.status === OneOnOneStatus.DONE) {
    throw new InvalidTransitionError(`This 1:1 is done: its ${what} can no longer change. Add it to the next 1:1.`);
  }
}

/** A link must point into the same plan: a signal key, or a gap, goal or delegation of the plan. */
async function assertLink(
  em: EntityManager,
  plan: GrowthPlan,
  linkKind: LinkKind | null | undefined,
  linkId: string | null | undefined,
): Promise<void> {
  if (!linkKind && !linkId) return;
  if (!linkKind || !linkId)
    throw BadUserInputError.field(
      linkKind ? 'linkId' : 'linkKind',
      'A link needs both its kind and what it points to.',
    );
  const exists =
    linkKind === LinkKind.SIGNAL
      ? SIGNAL_KEYS.includes(linkId as SignalKey)
      : isId(linkId) &&
        (await em.existsBy(linkKind === LinkKind.GAP ? Gap : linkKind === LinkKind.GOAL ? ChangeGoal : Delegation, {
          id: linkId,
          planId: plan.id,
        }));
  if (!exists) throw BadUserInputError.field('linkId', `Link to a ${linkKind.toLowerCase()} of this plan.`);
}

function agendaTextProblem(text: string): string | null {
  return requiredTextProblem(text, AGENDA_TEXT_MAX, 'Write what to talk about.');
}

export async function addAgendaItem(ctx: Context, input: AddAgendaItemInput): Promise<AgendaItem> {
  assertValid({ text: agendaTextProblem(input.text) });
  return changeOneOnOne(ctx, input.oneOnOneId, OneOnOneChange.AGENDA, async (em, oneOnOne, plan) => {
    assertOpen(oneOnOne, 'agenda');
    await assertLink(em, plan, input.linkKind, input.linkId);
    const { max } = (await em
      .createQueryBuilder(AgendaItem, 'a')
      .select('MAX(a.position)', 'max')
      .where('a.one_on_one_id = :id', { id: oneOnOne.id })
      .getRawOne<{ max: number | null }>()) ?? { max: null };
    return em.save(
      em.create(AgendaItem, {
        organizationId: oneOnOne.organizationId,
        oneOnOneId: oneOnOne.id,
        text: input.text.trim(),
        authorId: ctx.viewer!.personId,
        position: (max ?? -1) + 1,
        linkKind: input.linkKind ?? null,
        linkId: input.linkId ?? null,
        discussed: false,
        proposed: false,
      }),
    );
  });
}

async function agendaItemOf(ctx: Context, id: string): Promise<AgendaItem> {
  requireViewer(ctx);
  const item = isId(id)
    ? await ctx.app.db.getRepository(AgendaItem).findOneBy({ id, organizationId: ctx.viewer!.organizationId })
    : null;
  if (!item) throw new NotFoundError('agenda item');
  try {
    await readableOneOnOne(ctx, item.oneOnOneId);
  } catch (error) {
    throw error instanceof NotFoundError ? new NotFoundError('agenda item') : error;
  }
  return item;
}

/** Edits, ticks or moves an agenda item; moving renumbers the others so positions stay 0..n-1. */
export async function updateAgendaItem(ctx: Context, input: UpdateAgendaItemInput): Promise<AgendaItem> {
  assertValid({ text: input.text == null ? null : agendaTextProblem(input.text) });
  const visible = await agendaItemOf(ctx, input.id);
  return changeOneOnOne(ctx, visible.oneOnOneId, OneOnOneChange.AGENDA, async (em, oneOnOne) => {
    assertOpen(oneOnOne, 'agenda');
    const items = await em.find(AgendaItem, {
      where: { oneOnOneId: oneOnOne.id },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    const item = items.find((i) => i.id === visible.id);
    if (!item) throw new NotFoundError('agenda item');
    if (input.text != null) item.text = input.text.trim();
    if (input.discussed != null) item.discussed = input.discussed;
    if (input.position != null) {
      if (!Number.isInteger(input.position) || input.position < 0)
        throw BadUserInputError.field('position', 'Use a position of 0 or more.');
      const others = items.filter((i) => i.id !== item.id);
      others.splice(Math.min(input.position, others.length), 0, item);
      for (const [index, each] of others.entries()) {
        if (each.id !== item.id && each.position !== index)
          await em.update(AgendaItem, { id: each.id }, { position: index });
        if (each.id === item.id) item.position = index;
      }
    }
    return em.save(item);
  });
}

export async function removeAgendaItem(ctx: Context, id: string): Promise<boolean> {
  const visible = await agendaItemOf(ctx, id);
  return changeOneOnOne(ctx, visible.oneOnOneId, OneOnOneChange.AGENDA, async (em, oneOnOne) => {
    assertOpen(oneOnOne, 'agenda');
    await em.delete(AgendaItem, { id: visible.id, oneOnOneId: oneOnOne.id });
    await em.query(
      `UPDATE agenda_item a SET position = n.rank - 1
         FROM (SELECT id, row_number() OVER (ORDER BY position, created_at) AS rank FROM agenda_item WHERE one_on_one_id = $1) n
        WHERE a.id = n.id AND a.position <> n.rank - 1`,
      [oneOnOne.id],
    );
    return true;
  });
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
  const viewer = requireViewer(ctx);
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

export async function addActionItem(ctx: Context, input: AddActionItemInput): Promise<ActionItem> {
  assertValid({ text: agendaTextProblem(input.text) });
  return changeOneOnOne(ctx, input.oneOnOneId, OneOnOneChange.ACTION_ITEMS, async (em, oneOnOne, plan) => {
    assertOpen(oneOnOne, 'action items');
    if (!participantsOf(plan).includes(input.ownerId))
      throw BadUserInputError.field('ownerId', 'An action item belongs to one of the two people in the 1:1.');
    return em.save(
      em.create(ActionItem, {
        organizationId: oneOnOne.organizationId,
        oneOnOneId: oneOnOne.id,
        text: input.text.trim(),
        ownerId: input.ownerId,
        dueOn: input.dueOn ?? null,
        done: false,
        carriedFromId: null,
      }),
    );
  });
}

/** Edits an action item; once the 1:1 is done, only ticking it off remains possible. */
export async function updateActionItem(ctx: Context, input: UpdateActionItemInput): Promise<ActionItem> {
  assertValid({ text: input.text == null ? null : agendaTextProblem(input.text) });
  requireViewer(ctx);
  const visible = isId(input.id) ? await ctx.loaders.oneOnOnes.actionItem.load(input.id) : null;
  if (!visible) throw new NotFoundError('action item');
  try {
    await readableOneOnOne(ctx, visible.oneOnOneId);
  } catch (error) {
    throw error instanceof NotFoundError ? new NotFoundError('action item') : error;
  }
  const saved = await changeOneOnOne(ctx, visible.oneOnOneId, OneOnOneChange.ACTION_ITEMS, async (em, oneOnOne) => {
    const item = await em.findOneByOrFail(ActionItem, {
      id: visible.id,
      oneOnOneId: oneOnOne.id,
    });
    assertVersion(item, input.version, item);
    if (input.text != null || input.dueOn !== undefined) assertOpen(oneOnOne, 'action items');
    if (input.text != null) item.text = input.text.trim();
    if (input.dueOn !== undefined) item.dueOn = input.dueOn;
    if (input.done != null) item.done = input.done;
    return em.save(item);
  });
  ctx.loaders.oneOnOnes.actionItem.clear(saved.id);
  return saved;
}

export async function completeOneOnOne(ctx: Context, id: string): Promise<OneOnOne> {
  return changeOneOnOne(ctx, id, OneOnOneChange.STATUS, async (em, oneOnOne) => {
    if (oneOnOne.status === OneOnOneStatus.DONE) throw new InvalidTransitionError('This 1:1 is already done.');
    oneOnOne.status = OneOnOneStatus.DONE;
    oneOnOne.completedAt = new Date();
    return em.save(oneOnOne);
  });
}
