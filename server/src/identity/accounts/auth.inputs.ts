import { LIMITS } from '@fulcrum/shared';
import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SecretText } from '../../core/input-hygiene';

@InputType()
export class SignUpInput {
  @Field() @MaxLength(LIMITS.emailMax) email: string;
  @Field() @SecretText() @MaxLength(LIMITS.passwordMax * 4) password: string;
  @Field() @MaxLength(LIMITS.nameMax) name: string;
  @Field() @MaxLength(LIMITS.organizationNameMax) organizationName: string;
}

@InputType()
export class SignInInput {
  @Field() @MaxLength(LIMITS.emailMax) email: string;
  @Field() @SecretText() @MaxLength(LIMITS.passwordMax * 4) password: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @MaxLength(LIMITS.tokenMax) token: string;
  @Field() @SecretText() @MaxLength(LIMITS.passwordMax * 4) password: string;
}

@InputType()
export class ResetPasswordInput {
  @Field() @MaxLength(LIMITS.tokenMax) token: string;
  @Field() @SecretText() @MaxLength(LIMITS.passwordMax * 4) password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @SecretText() @MaxLength(LIMITS.passwordMax * 4) currentPassword: string;
  @Field() @SecretText() @MaxLength(LIMITS.passwordMax * 4) newPassword: string;
}
