import { PlanStatus, Role, Track } from '@fulcrum/shared';
import type { DataSource } from 'typeorm';
import type { Context } from '../../core/context';
import { loadActor, requireActor, type Actor } from '../../core/actor';
import { ForbiddenError } from '../../core/errors';
import { BELOW_CTE, descendantsOf } from '../../core/org-chart';
import type { Person } from './person.entity';

/**
 * Who may see and change people. Everyone in an organization sees its people (the org
 * chart). An email is seen by the person, their manager chain and admins; edits and
 * invitations are for the manager chain and admins (nobody edits their own level or
 * manager); a sign-in email is changed by admins only. Callers have already checked that
 * the person belongs to the viewer's organization (otherwise it is NOT_FOUND).
 *
 * The synchronous predicates decide on an `Actor` (core/actor.ts); the async functions below
 * load the actor's facts first and throw the answer.
 */
export function canSeeEmail(actor: Actor, person: Pick<Person, 'id'>): boolean {
  return actor.role === Role.ADMIN || actor.personId === person.id || actor.below.has(person.id);
}

/**
 * The same rule for a whole list: the people whose email the viewer may see, or 'everyone'.
 * Searching by email uses it, so a search can never confirm an address `email` would hide.
 */
export function emailsVisibleTo(actor: Actor): 'everyone' | string[] {
  return actor.role === Role.ADMIN ? 'everyone' : [actor.personId, ...actor.below];
}

/** Admins and the person's manager chain edit a person (never the person themself). */
export function canEditPerson(actor: Actor, person: Pick<Person, 'id'>): boolean {
  return actor.role === Role.ADMIN || actor.below.has(person.id);
}

/** Invitations follow the edit rule. */
export const canInvitePerson = canEditPerson;

/** The email someone signs in with is an admin's to change, never a manager's. */
export function canChangeSignInEmail(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === Role.ADMIN;
}

/**
 * Admins place a person anywhere; a manager (on the manager track or with people reporting to
 * them) only under themself or someone below them. A move of someone who is already there is
 * also checked by `assertMoveRevealsNoPlan`.
 */
export function canPlaceUnder(actor: Actor, managerId: string | null, actorIsManager: boolean): boolean {
  if (actor.role === Role.ADMIN) return true;
  if (managerId !== null && actor.below.has(managerId)) return true;
  return managerId === actor.personId && actorIsManager;
}

async function subtreeActor(ctx: Context): Promise<Actor> {
  return loadActor(ctx, { subtree: requireActor(ctx).role !== Role.ADMIN });
}

export async function isBelowViewer(ctx: Context, personId: string): Promise<boolean> {
  return (await loadActor(ctx, { subtree: true })).below.has(personId);
}

/** `canSeeEmail` for the viewer: the subtree is read only when the role and identity do not decide. */
export async function seesEmail(ctx: Context, person: Pick<Person, 'id'>): Promise<boolean> {
  const viewer = requireActor(ctx);
  const decided = viewer.role === Role.ADMIN || viewer.personId === person.id;
  return canSeeEmail(await loadActor(ctx, { subtree: !decided }), person);
}

export async function emailVisibleTo(ctx: Context): Promise<'everyone' | string[]> {
  return emailsVisibleTo(await subtreeActor(ctx));
}

export async function assertCanPlaceUnder(ctx: Context, managerId: string | null): Promise<void> {
  const actor = await subtreeActor(ctx);
  const placesUnderSelf = actor.role !== Role.ADMIN && managerId === actor.personId;
  const self = placesUnderSelf ? await ctx.loaders.person.load(actor.personId) : null;
  if (canPlaceUnder(actor, managerId, self?.track === Track.MANAGER || actor.below.size > 0)) return;
  throw new ForbiddenError('Only admins and managers add people, and managers only into their own team.');
}

/**
 * §4b, issue 12: nobody moves a person into their own reporting line to read plan content. When
 * the new manager is the actor or below them and the actor was not already above the person,
 * the move is refused if it would put any plan in the actor's view that they cannot read today:
 * the person's open plan (the hand-over gives it to the new manager), and any plan of the
 * person's team, or stored under someone of it, that the plan policy would then show them. A
 * person with no such plan (e.g. someone just added) may still be placed anywhere. Non-admin
 * managers only edit people already below them, so for them this never fires. Runs in the
 * move's transaction, after the organization's lock.
 */
export async function assertMoveRevealsNoPlan(
  ctx: Context,
  db: Pick<DataSource, 'query'>,
  person: Pick<Person, 'id' | 'name'>,
  newManagerId: string | null,
): Promise<void> {
  const viewer = requireActor(ctx);
  if (newManagerId === null || person.id === viewer.personId) return;
  const actorBelow = await descendantsOf(db, viewer.organizationId, viewer.personId);
  if (actorBelow.includes(person.id)) return; // already above them: the move shows nothing new
  if (newManagerId !== viewer.personId && !actorBelow.includes(newManagerId)) return; // not into the actor's line
  const rows: { reveals: boolean }[] = await db.query(
    `WITH RECURSIVE ${BELOW_CTE},
     moved AS (SELECT $2::uuid AS id UNION SELECT id FROM below)
     SELECT EXISTS (
       SELECT 1 FROM growth_plan p
       WHERE p.organization_id = $1 AND (
         (p.owner_id IN (SELECT id FROM moved)
           AND (p.status <> '${PlanStatus.ARCHIVED}' OR p.manager_id IN (SELECT id FROM moved) OR p.manager_id = $3 OR p.manager_id = ANY($4::uuid[])))
         OR (p.owner_id = ANY($4::uuid[]) AND p.manager_id IN (SELECT id FROM moved))
       )
     ) AS reveals`,
    [viewer.organizationId, person.id, viewer.personId, actorBelow],
  );
  if (!rows.at(0)?.reveals) return;
  throw new ForbiddenError(
    `Moving ${person.name} into your own team would show you growth plans you cannot see today (theirs or their team's). ` +
      `Ask another admin, or someone in ${person.name}'s current manager chain, to make this move.`,
  );
}

export function assertCanChangeSignInEmail(ctx: Context, person: Person): void {
  if (canChangeSignInEmail(requireActor(ctx))) return;
  throw new ForbiddenError(`${person.name} signs in with this email; only an admin can change it.`);
}

export async function assertCanEdit(ctx: Context, person: Person): Promise<void> {
  if (canEditPerson(await subtreeActor(ctx), person)) return;
  throw new ForbiddenError('Only an admin or someone in their manager chain can edit this person.');
}

export async function assertCanInvite(ctx: Context, person: Person): Promise<void> {
  if (canInvitePerson(await subtreeActor(ctx), person)) return;
  throw new ForbiddenError('Only an admin or someone in their manager chain can invite this person.');
}
