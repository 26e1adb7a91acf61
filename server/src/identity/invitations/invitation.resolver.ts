import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context, Viewer } from '../../core/context';
import { AcceptInvitationInput } from '../accounts/auth.inputs';
import { ViewerType } from '../accounts/viewer.type';
import { loadVisiblePerson } from '../people/people.service';
import { Person } from '../people/person.entity';
import { Invitation } from './invitation.entity';
import { acceptInvitation, invitePerson } from './invitation.service';

@Resolver(() => Invitation)
export class InvitationResolver {
  @Mutation(() => ViewerType)
  acceptInvitation(@Arg('input') input: AcceptInvitationInput, @Ctx() ctx: Context): Promise<Viewer> {
    return acceptInvitation(ctx, input);
  }

  @Mutation(() => Invitation)
  invitePerson(@Arg('personId', () => ID) personId: string, @Ctx() ctx: Context): Promise<Invitation> {
    return invitePerson(ctx, personId);
  }

  @FieldResolver(() => Person)
  person(@Root() invitation: Invitation, @Ctx() ctx: Context): Promise<Person> {
    return loadVisiblePerson(ctx, invitation.personId);
  }
}
