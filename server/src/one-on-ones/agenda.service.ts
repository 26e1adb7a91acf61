import { AGENDA_TEXT_MAX, isId, LinkKind, OneOnOneChange, requiredTextProblem, SIGNAL_KEYS } from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import type { Context } from '../core/context';
import { BadUserInputError, NotFoundError, asNotFound } from '../core/errors';
import { assertValid } from '../core/validation';
import { requireActor } from '../core/actor';
import { Gap } from '../plans/gap.entity';
import { ChangeGoal } from '../plans/goal.entity';
import type { GrowthPlan } from '../plans/plan.entity';
import { assertVersion } from '../plans/plan-change';
import { oneOnOneHooks } from './one-on-one.hooks';
import { ActionItem, AgendaItem } from './one-on-one.entity';
import type {
  AddActionItemInput,
  AddAgendaItemInput,
  UpdateActionItemInput,
  UpdateAgendaItemInput,
} from './one-on-one.inputs';
import { participantsOf, readableOneOnOne } from './one-on-one.policy';
import { changeOneOnOne, assertOpen } from './one-on-one-change';

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
  const where = { id: linkId, planId: plan.id };
  const exists =
    linkKind === LinkKind.SIGNAL
      ? (SIGNAL_KEYS as readonly string[]).includes(linkId)
      : isId(linkId) &&
        (linkKind === LinkKind.DELEGATION
          ? await oneOnOneHooks.delegationExists(em, plan.id, linkId)
          : await em.existsBy(linkKind === LinkKind.GAP ? Gap : ChangeGoal, where));
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
        authorId: requireActor(ctx).personId,
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
  const viewer = requireActor(ctx);
  const item = isId(id)
    ? await ctx.app.db.getRepository(AgendaItem).findOneBy({ id, organizationId: viewer.organizationId })
    : null;
  if (!item) throw new NotFoundError('agenda item');
  await asNotFound('agenda item', readableOneOnOne(ctx, item.oneOnOneId));
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
  requireActor(ctx);
  const visible = isId(input.id) ? await ctx.loaders.oneOnOnes.actionItem.load(input.id) : null;
  if (!visible) throw new NotFoundError('action item');
  await asNotFound('action item', readableOneOnOne(ctx, visible.oneOnOneId));
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
