import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { hook } from '../../core/hooks';
import type { Person } from './person.entity';

/**
 * What a change of a person asks of the features above identity, wired by app/hooks.ts.
 * `managerChanged` runs inside the move's transaction (the open plan is handed over there).
 */
export const peopleHooks = {
  managerChanged:
    hook<(em: EntityManager, person: Person, newManagerId: string | null) => Promise<void>>('people.managerChanged'),
  /** In the edit's transaction: a person who signs in keeps their sign-in email in step (or the edit is refused). */
  emailChanging:
    hook<(ctx: Context, em: EntityManager, person: Person, email: string | null) => Promise<void>>(
      'people.emailChanging',
    ),
  /** After the edit committed: what this request cached about the person elsewhere is dropped. */
  personChanged: hook<(ctx: Context, personId: string) => void>('people.personChanged'),
};
