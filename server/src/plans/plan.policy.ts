import { PlanStatus, RatingSide } from '@fulcrum/shared';
import { loadActor, requireActor, type Actor } from '../core/actor';
import type { Context } from '../core/context';
import { ForbiddenError, NotFoundError } from '../core/errors';
import type { GrowthPlan } from './plan.entity';

/**
 * Who may see and change a growth plan (PRODUCT.md §1, §4b: the record belongs to the report).
 * The plan has its owner and its stored manager (the manager when it was started, moved with
 * the open plan when the owner's manager changes). Access follows the CURRENT org chart:
 *
 * - the owner reads and writes;
 * - the stored manager, and anyone above them, reads, but only while the owner is below the
 *   viewer today: a former manager the owner no longer reports to sees nothing, and a new
 *   manager does not see the archived plans stored under someone who is not below them;
 * - the stored manager writes while they are the owner's direct manager (the hand-over keeps
 *   the open plan so); nobody writes an archived plan (`canWritePlan`);
 * - everyone else, admins included, sees nothing.
 *
 * The one place these rules live: the synchronous predicates below decide on an `Actor`
 * (`planActor` loads what they read), and `planReadableSql` / `planParticipantSql` say the
 * same in SQL for the statements that read plans in bulk. 1:1s, delegations and reflections
 * take the access of their plan (their policies build on these predicates).
 */
export type PlanAccess = 'write' | 'read' | 'none';

export type PlanFacts = Pick<GrowthPlan, 'organizationId' | 'ownerId' | 'managerId' | 'status'>;

export function planAccessOf(actor: Actor, plan: Omit<PlanFacts, 'status'>): PlanAccess {
  if (plan.organizationId !== actor.organizationId) return 'none';
  if (actor.personId === plan.ownerId) return 'write';
  if (actor.personId === plan.managerId && actor.managerOf.get(plan.ownerId) === actor.personId) return 'write';
  if (!actor.below.has(plan.ownerId)) return 'none';
  return plan.managerId === actor.personId || actor.below.has(plan.managerId) ? 'read' : 'none';
}

export function canReadPlan(actor: Actor, plan: PlanFacts): boolean {
  return planAccessOf(actor, plan) !== 'none';
}

/** The owner and the direct manager change an open plan; nobody changes an archived one. */
export function canWritePlan(actor: Actor, plan: PlanFacts): boolean {
  return planAccessOf(actor, plan) === 'write' && plan.status !== PlanStatus.ARCHIVED;
}

/** The side a writer rates and writes on: the owner is SELF, the direct manager MANAGER. */
export function planSideOf(actor: Pick<Actor, 'personId'>, plan: Pick<GrowthPlan, 'ownerId'>): RatingSide {
  return actor.personId === plan.ownerId ? RatingSide.SELF : RatingSide.MANAGER;
}

/** The report, their manager or anyone above may start a plan for the report. */
export function canStartPlan(actor: Actor, ownerId: string): boolean {
  return actor.personId === ownerId || actor.below.has(ownerId);
}

/**
 * Loads what `planAccessOf` reads for this plan, and only that: nothing for the owner (or
 * another organization), the owner's current manager for the stored manager, the viewer's
 * subtree otherwise (once per request). With every fact loaded it decides the same.
 */
export async function planActor(ctx: Context, plan: Omit<PlanFacts, 'status'>): Promise<Actor> {
  const viewer = requireActor(ctx);
  if (plan.organizationId !== viewer.organizationId || viewer.personId === plan.ownerId) return loadActor(ctx);
  const managersOf = viewer.personId === plan.managerId ? [plan.ownerId] : [];
  const actor = await loadActor(ctx, { managersOf });
  if (actor.managerOf.get(plan.ownerId) === viewer.personId) return actor;
  return loadActor(ctx, { managersOf, subtree: true });
}

export async function planAccess(ctx: Context, plan: Omit<PlanFacts, 'status'>): Promise<PlanAccess> {
  return planAccessOf(await planActor(ctx, plan), plan);
}

/**
 * `planAccessOf` in SQL, for statements that read plans in bulk (the homes' preload): true when
 * the viewer may read plan `plan`. `viewer` is the viewer's id (a parameter), `below` a relation
 * holding everyone below the viewer (`BELOW_CTE`).
 */
export function planReadableSql(plan: string, viewer: string, below = 'below'): string {
  const isBelow = (column: string) => `${plan}.${column} IN (SELECT id FROM ${below})`;
  return `(${plan}.owner_id = ${viewer} OR (${isBelow('owner_id')} AND (${plan}.manager_id = ${viewer} OR ${isBelow('manager_id')})))`;
}

/**
 * The two people who meet in a plan's 1:1s, in SQL (the calendar feed): the owner, and the
 * stored manager while they are the owner's direct manager (`planAccessOf` 'write'). `owner`
 * is the alias of the owner's person row.
 */
export function planParticipantSql(plan: string, owner: string, viewer: string): string {
  return `(${plan}.owner_id = ${viewer} OR (${plan}.manager_id = ${viewer} AND ${owner}.manager_id = ${viewer}))`;
}

/** The plan when the viewer may read it; NOT_FOUND otherwise (also for other organizations). */
export async function readablePlan(ctx: Context, planId: string): Promise<GrowthPlan> {
  requireActor(ctx);
  const plan = await ctx.loaders.plans.plan.load(planId);
  if (!plan || (await planAccess(ctx, plan)) === 'none') throw new NotFoundError('plan');
  return plan;
}

/** Throws unless the viewer may change this plan's content (it must be readable already). */
export async function assertCanWritePlan(ctx: Context, plan: GrowthPlan): Promise<void> {
  const actor = await planActor(ctx, plan);
  if (canWritePlan(actor, plan)) return;
  if (!canReadPlan(actor, plan)) throw new NotFoundError('plan');
  if (planAccessOf(actor, plan) === 'read')
    throw new ForbiddenError('Only the report and their direct manager can change this plan.');
  throw new ForbiddenError('This plan is archived and can no longer be changed.');
}

/** The side the viewer writes on (see `planSideOf`). */
export function sideOf(ctx: Context, plan: GrowthPlan): RatingSide {
  return planSideOf(requireActor(ctx), plan);
}

export async function assertCanStartPlan(ctx: Context, ownerId: string): Promise<void> {
  const viewer = requireActor(ctx);
  if (viewer.personId === ownerId || canStartPlan(await loadActor(ctx, { subtree: true }), ownerId)) return;
  throw new ForbiddenError('Only the person, their manager or someone above in the chain can start their plan.');
}
