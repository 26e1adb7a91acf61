import { Role, Track } from '@fulcrum/shared';
import type { Context } from '../../graphql/context';
import { ForbiddenError, UnauthenticatedError } from '../../graphql/errors';
import type { Person } from './person.entity';

/**
 * Who may see and change people. Everyone in an organization sees its people (the org
 * chart). An email is seen by the person, their manager chain and admins; edits and
 * invitations are for the manager chain and admins (nobody edits their own level or
 * manager); a sign-in email is changed by admins only. Callers have already checked that
 * the person belongs to the viewer's organization (otherwise it is NOT_FOUND).
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

/** A manager is someone on the manager track or with people reporting to them. */
async function isManager(ctx: Context): Promise<boolean> {
  const viewer = viewerOf(ctx);
  const person = await ctx.loaders.person.load(viewer.personId);
  return person?.track === Track.MANAGER || (await ctx.loaders.viewerSubtree()).size > 0;
}

/** Admins place a person anywhere; a manager only under themself or someone below them. */
export async function assertCanPlaceUnder(ctx: Context, managerId: string | null): Promise<void> {
  const viewer = viewerOf(ctx);
  if (viewer.role === Role.ADMIN) return;
  if (managerId !== null && (await isBelowViewer(ctx, managerId))) return;
  if (managerId === viewer.personId && (await isManager(ctx))) return;
  throw new ForbiddenError('Only admins and managers add people, and managers only into their own team.');
}

/** The email someone signs in with is an admin's to change, never a manager's. */
export function assertCanChangeSignInEmail(ctx: Context, person: Person): void {
  if (viewerOf(ctx).role === Role.ADMIN) return;
  throw new ForbiddenError(`${person.name} signs in with this email; only an admin can change it.`);
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
