import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionOf, type Connection } from '../../core/connection';
import type { Context } from '../../core/context';
import { requireActor } from '../../core/actor';
import { AddPersonInput, UpdatePersonInput } from './people.inputs';
import { seesEmail } from './people.policy';
import { addPerson, listPeople, loadVisiblePerson, updatePerson } from './people.service';
import { Person } from './person.entity';

const PersonConnection = connectionOf('Person', Person);

@Resolver(() => Person)
export class PeopleResolver {
  @Query(() => Person, { nullable: true })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Person> {
    return loadVisiblePerson(ctx, id);
  }

  @Query(() => PersonConnection)
  people(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<Person>> {
    return listPeople(ctx, { search, first: first ?? 50, after });
  }

  @Mutation(() => Person)
  addPerson(@Arg('input') input: AddPersonInput, @Ctx() ctx: Context): Promise<Person> {
    return addPerson(ctx, input);
  }

  @Mutation(() => Person)
  updatePerson(@Arg('input') input: UpdatePersonInput, @Ctx() ctx: Context): Promise<Person> {
    return updatePerson(ctx, input);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Null unless the viewer is this person, in their manager chain, or an admin.',
  })
  async email(@Root() person: Person, @Ctx() ctx: Context): Promise<string | null> {
    return (await seesEmail(ctx, person)) ? person.email : null;
  }

  @FieldResolver(() => Person, { nullable: true })
  manager(@Root() person: Person, @Ctx() ctx: Context): Promise<Person | null> | null {
    return person.managerId ? ctx.loaders.person.load(person.managerId) : null;
  }

  @FieldResolver(() => [Person])
  reports(@Root() person: Person, @Ctx() ctx: Context): Promise<Person[]> {
    return ctx.loaders.reports.load(person.id);
  }

  @FieldResolver(() => Boolean)
  hasAccount(@Root() person: Person, @Ctx() ctx: Context): Promise<boolean> {
    requireActor(ctx);
    return ctx.loaders.hasAccount.load(person.id);
  }
}
