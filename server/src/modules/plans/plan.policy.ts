import { PlanStatus, RatingSide } from '@fulcrum/shared';
import type { Context, Viewer } from '../../graphql/context';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../graphql/errors';
import { isBelowViewer } from '../people/people.policy';
import type { GrowthPlan } from './plan.entity';

/**
 * Who may see and change a growth plan (PRODUCT.md §1): the owner and their direct manager
 * read and write; managers higher in the chain read; everyone else, admins included, sees
 * nothing. The one place these rules live.
 */
export type PlanAccess = 'write' | 'read' | 'none';

function viewerOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

export async function planAccess(ctx: Context, plan: GrowthPlan): Promise<PlanAccess> {
  const viewer = viewerOf(ctx);
  if (plan.organizationId !== viewer.organizationId) return 'none';
  if (viewer.personId === plan.ownerId || viewer.personId === plan.managerId) return 'write';
  return (await isBelowViewer(ctx, plan.ownerId)) ? 'read' : 'none';
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
  if (plan.status === PlanStatus.ARCHIVED) throw new ForbiddenError('This plan is archived and can no longer be changed.');
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
