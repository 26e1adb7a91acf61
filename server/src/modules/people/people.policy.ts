import { Role } from '@fulcrum/shared';
import type { Context } from '../../graphql/context';
import { ForbiddenError, UnauthenticatedError } from '../../graphql/errors';
import type { Person } from './person.entity';

/**
 * Who may see and change people. Everyone in an organization sees its people (the org
 * chart); emails, edits and invitations are for the person themself, their manager chain
 * and admins. Callers have already checked that the person belongs to the viewer's
 * organization (otherwise it is NOT_FOUND).
 */
function viewerOf(ctx: Context) {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

/** True when `personId` is below the viewer in the manager chain. */
export async function isBelowViewer(ctx: Context, personId: string): Promise<boolean> {
  return (await ctx.loaders.viewerSubtree()).has(personId);
}

export async function canSeeEmail(ctx: Context, person: Person): Promise<boolean> {
  const viewer = viewerOf(ctx);
  return viewer.role === Role.ADMIN || viewer.personId === person.id || isBelowViewer(ctx, person.id);
}

/**
 * The same rule for a whole list: the people whose email the viewer may see, or 'everyone'.
 * Searching by email uses it, so a search can never confirm an address `email` would hide.
 */
export async function emailVisibleTo(ctx: Context): Promise<'everyone' | string[]> {
  const viewer = viewerOf(ctx);
  if (viewer.role === Role.ADMIN) return 'everyone';
  return [viewer.personId, ...(await ctx.loaders.viewerSubtree())];
}

/** Admins place a person anywhere; a manager only under themself or someone below them. */
export async function assertCanPlaceUnder(ctx: Context, managerId: string | null): Promise<void> {
  const viewer = viewerOf(ctx);
  if (viewer.role === Role.ADMIN) return;
  if (managerId !== null && (managerId === viewer.personId || (await isBelowViewer(ctx, managerId)))) return;
  throw new ForbiddenError('You can only add people under yourself or someone in your team.');
}

export async function assertCanEdit(ctx: Context, person: Person): Promise<void> {
  const viewer = viewerOf(ctx);
  if (viewer.role === Role.ADMIN || (await isBelowViewer(ctx, person.id))) return;
  throw new ForbiddenError('Only an admin or someone in their manager chain can edit this person.');
}

export async function assertCanInvite(ctx: Context, person: Person): Promise<void> {
  const viewer = viewerOf(ctx);
  if (viewer.role === Role.ADMIN || (await isBelowViewer(ctx, person.id))) return;
  throw new ForbiddenError('Only an admin or someone in their manager chain can invite this person.');
}
