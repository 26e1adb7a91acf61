import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { BadUserInputError } from '../../core/errors';
import { assertCanChangeSignInEmail } from '../people/people.policy';
import type { Person } from '../people/person.entity';
import { Account } from './account.entity';

/**
 * A person's email changes (in the edit's transaction): when they sign in with it, the account
 * follows, and only an admin may change it; it can never be removed.
 */
export async function syncSignInEmail(
  ctx: Context,
  em: EntityManager,
  person: Person,
  email: string | null,
): Promise<void> {
  const account = await em.findOneBy(Account, { personId: person.id });
  if (account && email === null) {
    throw BadUserInputError.field('email', `${person.name} signs in with this email; it cannot be removed.`);
  }
  if (account && email !== null && email !== account.email) {
    assertCanChangeSignInEmail(ctx, person);
    await em.update(Account, { id: account.id }, { email });
  }
}
