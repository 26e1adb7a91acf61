import { PlanStatus, RatingSide } from '@fulcrum/shared';
import type { Context, Viewer } from '../../graphql/context';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../graphql/errors';
import { isBelowViewer } from '../people/people.policy';
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
 *   the open plan so); nobody writes an archived plan (`assertCanWritePlan`);
 * - everyone else, admins included, sees nothing.
 *
 * The one place these rules live; `planReadableSql` and `planParticipantSql` say the same in SQL.
 */
export type PlanAccess = 'write' | 'read' | 'none';

function viewerOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

export async function planAccess(ctx: Context, plan: GrowthPlan): Promise<PlanAccess> {
  const viewer = viewerOf(ctx);
  if (plan.organizationId !== viewer.organizationId) return 'none';
  if (viewer.personId === plan.ownerId) return 'write';
  if (viewer.personId === plan.managerId) {
    // The owner is usually loaded already (and primed for live events): no statement of its own.
    const owner = await ctx.loaders.person.load(plan.ownerId);
    if (owner?.managerId === viewer.personId) return 'write';
  }
  const below = await ctx.loaders.viewerSubtree();
  if (!below.has(plan.ownerId)) return 'none';
  return plan.managerId === viewer.personId || below.has(plan.managerId) ? 'read' : 'none';
}

/**
 * `planAccess` in SQL, for statements that read plans in bulk (the homes' preload): true when
 * the viewer may read plan `plan`. `viewer` is the viewer's id (a parameter), `below` a relation
 * holding everyone below the viewer (`BELOW_CTE`).
 */
export function planReadableSql(plan: string, viewer: string, below = 'below'): string {
  const isBelow = (column: string) => `${plan}.${column} IN (SELECT id FROM ${below})`;
  return `(${plan}.owner_id = ${viewer} OR (${isBelow('owner_id')} AND (${plan}.manager_id = ${viewer} OR ${isBelow('manager_id')})))`;
}

/**
 * The two people who meet in a plan's 1:1s, in SQL (the calendar feed): the owner, and the
 * stored manager while they are the owner's direct manager (`planAccess` 'write'). `owner` is
 * the alias of the owner's person row.
 */
export function planParticipantSql(plan: string, owner: string, viewer: string): string {
  return `(${plan}.owner_id = ${viewer} OR (${plan}.manager_id = ${viewer} AND ${owner}.manager_id = ${viewer}))`;
}

/** The plan when the viewer may read it; NOT_FOUND otherwise (also for other organizations). */
export async function readablePlan(ctx: Context, planId: string): Promise<GrowthPlan> {
  viewerOf(ctx);
  const plan = await ctx.loaders.plans.plan.load(planId);
  if (!plan || (await planAccess(ctx, plan)) === 'none') throw new NotFoundError('plan');
  return plan;
}

/** Throws unless the viewer may change this plan's content (it must be readable already). */
export async function assertCanWritePlan(ctx: Context, plan: GrowthPlan): Promise<void> {
  const access = await planAccess(ctx, plan);
  if (access === 'none') throw new NotFoundError('plan');
  if (access === 'read') throw new ForbiddenError('Only the report and their direct manager can change this plan.');
  if (plan.status === PlanStatus.ARCHIVED)
    throw new ForbiddenError('This plan is archived and can no longer be changed.');
}

/** The side a viewer rates and writes on: the owner is SELF, the direct manager MANAGER. */
export function sideOf(ctx: Context, plan: GrowthPlan): RatingSide {
  return viewerOf(ctx).personId === plan.ownerId ? RatingSide.SELF : RatingSide.MANAGER;
}

/** The report, their manager or anyone above may start a plan for the report. */
export async function assertCanStartPlan(ctx: Context, ownerId: string): Promise<void> {
  const viewer = viewerOf(ctx);
  if (viewer.personId === ownerId || (await isBelowViewer(ctx, ownerId))) return;
  throw new ForbiddenError('Only the person, their manager or someone above in the chain can start their plan.');
}
