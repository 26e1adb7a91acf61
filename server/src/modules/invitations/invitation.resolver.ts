import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { loadVisiblePerson } from '../people/people.service';
import { Person } from '../people/person.entity';
import { Invitation } from './invitation.entity';
import { invitePerson } from './invitation.service';

@Resolver(() => Invitation)
export class InvitationResolver {
  @Mutation(() => Invitation)
  invitePerson(@Arg('personId', () => ID) personId: string, @Ctx() ctx: Context): Promise<Invitation> {
    return invitePerson(ctx, personId);
  }

  @FieldResolver(() => Person)
  person(@Root() invitation: Invitation, @Ctx() ctx: Context): Promise<Person> {
    return loadVisiblePerson(ctx, invitation.personId);
  }
}
