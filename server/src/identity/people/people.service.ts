import { emailProblem, isId, LIMITS, nameProblem, normalizeEmail } from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import { connection, pageSizeProblem, type Connection } from '../../core/connection';
import type { Context } from '../../core/context';
import { decodeCursor, encodeCursor } from '../../core/cursor';
import { BadUserInputError, NotFoundError } from '../../core/errors';
import { after, type Eventually } from '../../core/eventually';
import { descendantsOf } from '../../core/org-chart';
import { assertValid, isUniqueViolation, optionalText } from '../../core/validation';
import { requireActor } from '../../core/actor';
import { Organization } from '../organizations/organization.entity';
import type { AddPersonInput, UpdatePersonInput } from './people.inputs';
import { peopleHooks } from './people.hooks';
import { assertCanEdit, assertCanPlaceUnder, assertMoveRevealsNoPlan, emailVisibleTo } from './people.policy';
import { Person } from './person.entity';

/** A person of the viewer's organization, or NOT_FOUND (also for other organizations). */
export async function loadVisiblePerson(ctx: Context, id: string): Promise<Person> {
  requireActor(ctx);
  const person = await ctx.loaders.person.load(id);
  if (!person) throw new NotFoundError('person');
  return person;
}

/** A person a row names (an owner, a delegatee…), from the request's loader: at once when it is there. */
export function namedPerson(ctx: Context, id: string): Eventually<Person> {
  return after(ctx.loaders.person.get(id), (person) => {
    if (!person) throw new NotFoundError('person');
    return person;
  });
}

/** Cursor over (name, id): stable while people are added or renamed elsewhere in the list. */
function encodePersonCursor(person: Person): string {
  return encodeCursor(person.name, person.id);
}

/**
 * People of the viewer's organization by name, optionally searched by name, title, or an
 * email the viewer may see.
 */
export async function listPeople(
  ctx: Context,
  args: { search?: string | null; first: number; after?: string | null },
): Promise<Connection<Person>> {
  const viewer = requireActor(ctx);
  assertValid({
    first: pageSizeProblem(args.first, 'people'),
    search: (args.search?.length ?? 0) > LIMITS.searchMax ? `Use at most ${LIMITS.searchMax} characters.` : null,
  });
  const base = ctx.app.db
    .getRepository(Person)
    .createQueryBuilder('p')
    .where('p.organization_id = :org', { org: viewer.organizationId });
  const search = args.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const emails = await emailVisibleTo(ctx);
    const emailMatch =
      emails === 'everyone' ? 'p.email ILIKE :pattern' : '(p.email ILIKE :pattern AND p.id = ANY(:emails))';
    base.andWhere(`(p.name ILIKE :pattern OR ${emailMatch} OR p.title ILIKE :pattern)`, {
      pattern,
      emails,
    });
  }
  const totalCount = await base.clone().getCount();
  const page = base
    .clone()
    .orderBy('p.name', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .limit(args.first + 1);
  if (args.after) {
    const { key: name, id } = decodeCursor(args.after);
    page.andWhere('(p.name, p.id) > (:name, :id)', { name, id });
  }
  const rows = await page.getMany();
  const people = rows.slice(0, args.first);
  for (const person of people) ctx.loaders.person.prime(person.id, person);
  const edges = people.map((node) => ({ cursor: encodePersonCursor(node), node }));
  return connection(edges, rows.length > args.first, totalCount);
}

/**
 * Org-chart changes of one organization are serialised by locking its row, so two
 * concurrent moves can never close a cycle between them.
 */
async function lockOrganization(em: EntityManager, organizationId: string): Promise<void> {
  await em
    .getRepository(Organization)
    .createQueryBuilder('o')
    .where('o.id = :organizationId', { organizationId })
    .setLock('pessimistic_write')
    .getOne();
}

async function assertManagerExists(em: EntityManager, organizationId: string, managerId: string): Promise<void> {
  const exists = isId(managerId) && (await em.existsBy(Person, { id: managerId, organizationId }));
  if (!exists) throw BadUserInputError.field('managerId', 'Choose a manager from your organization.');
}

function validatePersonFields(input: { name?: string | null; email?: string | null }): void {
  assertValid({
    name: input.name === undefined || input.name === null ? null : nameProblem(input.name),
    email: input.email == null || optionalText(input.email) === null ? null : emailProblem(input.email),
  });
}

function emailTaken(): BadUserInputError {
  return BadUserInputError.field('email', 'Someone else already uses this email address.');
}

export async function addPerson(ctx: Context, input: AddPersonInput): Promise<Person> {
  const viewer = requireActor(ctx);
  validatePersonFields(input);
  const managerId = input.managerId ?? null;
  await assertCanPlaceUnder(ctx, managerId);
  try {
    const added = await ctx.app.db.transaction(async (em) => {
      await lockOrganization(em, viewer.organizationId);
      if (managerId !== null) await assertManagerExists(em, viewer.organizationId, managerId);
      const email = optionalText(input.email);
      return em.save(
        em.create(Person, {
          organizationId: viewer.organizationId,
          name: input.name.trim(),
          email: email === null ? null : normalizeEmail(email),
          title: optionalText(input.title),
          level: input.level,
          track: input.track,
          specialty: optionalText(input.specialty),
          managerId,
        }),
      );
    });
    ctx.loaders.forgetSubtree();
    return added;
  } catch (error) {
    if (isUniqueViolation(error, 'person_organization_email_key')) throw emailTaken();
    throw error;
  }
}

/**
 * Edits a person. Absent fields stay as they are; an explicit null clears email, title,
 * specialty or manager. A new manager must be of the same organization and not below the
 * person (that would close a cycle), and the move must not put the actor above plans they
 * cannot read today (`assertMoveRevealsNoPlan`). A person with an account keeps the same sign-in email.
 */
export async function updatePerson(ctx: Context, input: UpdatePersonInput): Promise<Person> {
  const viewer = requireActor(ctx);
  const current = await loadVisiblePerson(ctx, input.id);
  await assertCanEdit(ctx, current);
  validatePersonFields(input);
  if (input.managerId !== undefined && input.managerId !== current.managerId)
    await assertCanPlaceUnder(ctx, input.managerId);
  try {
    const updated = await ctx.app.db.transaction(async (em) => {
      await lockOrganization(em, viewer.organizationId);
      const person = await em.findOneByOrFail(Person, {
        id: current.id,
        organizationId: viewer.organizationId,
      });
      if (input.managerId !== undefined && input.managerId !== person.managerId) {
        if (input.managerId !== null) {
          await assertManagerExists(em, viewer.organizationId, input.managerId);
          const below = await descendantsOf(em, viewer.organizationId, person.id);
          if (input.managerId === person.id || below.includes(input.managerId)) {
            throw BadUserInputError.field(
              'managerId',
              `${person.name} cannot report to themself or to someone in their own team.`,
            );
          }
          await assertMoveRevealsNoPlan(ctx, em, person, input.managerId);
        }
        person.managerId = input.managerId;
        await peopleHooks.managerChanged(em, person, input.managerId);
      }
      if (input.name != null) person.name = input.name.trim();
      if (input.level != null) person.level = input.level;
      if (input.track != null) person.track = input.track;
      if (input.title !== undefined) person.title = optionalText(input.title);
      if (input.specialty !== undefined) person.specialty = optionalText(input.specialty);
      if (input.email !== undefined) {
        const email = optionalText(input.email);
        const normalized = email === null ? null : normalizeEmail(email);
        await peopleHooks.emailChanging(ctx, em, person, normalized);
        person.email = normalized;
      }
      return em.save(person);
    });
    ctx.loaders.person.clear(updated.id).prime(updated.id, updated);
    ctx.loaders.forgetSubtree();
    peopleHooks.personChanged(ctx, updated.id);
    return updated;
  } catch (error) {
    if (isUniqueViolation(error, 'person_organization_email_key') || isUniqueViolation(error, 'account_email_key'))
      throw emailTaken();
    throw error;
  }
}
