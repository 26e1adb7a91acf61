import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, Viewer } from '../../core/context';
import { NotFoundError } from '../../core/errors';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { ChangePasswordInput, ResetPasswordInput, SignInInput, SignUpInput } from './auth.inputs';
import { signIn, signOut, signUp } from './auth.service';
import { changePassword, requestPasswordReset, resetPassword } from './password.service';
import { ViewerType } from './viewer.type';

@Resolver(() => ViewerType)
export class AuthResolver {
  @Query(() => ViewerType, {
    nullable: true,
    description: 'The signed-in account; null when signed out.',
  })
  viewer(@Ctx() ctx: Context): Viewer | null {
    return ctx.viewer;
  }

  @Mutation(() => ViewerType)
  signUp(@Arg('input') input: SignUpInput, @Ctx() ctx: Context): Promise<Viewer> {
    return signUp(ctx, input);
  }

  @Mutation(() => ViewerType)
  signIn(@Arg('input') input: SignInInput, @Ctx() ctx: Context): Promise<Viewer> {
    return signIn(ctx, input);
  }

  @Mutation(() => Boolean)
  signOut(@Ctx() ctx: Context): Promise<boolean> {
    return signOut(ctx);
  }

  @Mutation(() => Boolean, {
    description: 'Emails a single-use reset link (an hour) when the address has an account; always true.',
  })
  requestPasswordReset(@Arg('email') email: string, @Ctx() ctx: Context): Promise<boolean> {
    return requestPasswordReset(ctx, email);
  }

  @Mutation(() => ViewerType, {
    description: 'Sets the password from a reset link, signs in, ends every other session.',
  })
  resetPassword(
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @Ctx() ctx: Context,
  ): Promise<Viewer> {
    return resetPassword(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Ends every other session of the account.' })
  changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return changePassword(ctx, input);
  }

  @FieldResolver(() => Person)
  async person(@Root() viewer: Viewer, @Ctx() ctx: Context): Promise<Person> {
    const person = await ctx.loaders.person.load(viewer.personId);
    if (!person) throw new NotFoundError('person');
    return person;
  }

  @FieldResolver(() => Organization)
  async organization(@Root() viewer: Viewer, @Ctx() ctx: Context): Promise<Organization> {
    const organization = await ctx.loaders.organization.load(viewer.organizationId);
    if (!organization) throw new NotFoundError('organization');
    return organization;
  }
}
