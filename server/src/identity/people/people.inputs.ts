import { Level, LIMITS, Track } from '@fulcrum/shared';
import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IdField, OptionalTextField } from '../../core/input-fields';

@InputType()
export class AddPersonInput {
  @Field() @MaxLength(LIMITS.nameMax) name: string;
  @OptionalTextField(LIMITS.emailMax) email?: string | null;
  @OptionalTextField(LIMITS.titleMax) title?: string | null;
  @Field(() => Level) level: Level;
  @Field(() => Track) track: Track;
  @OptionalTextField(LIMITS.specialtyMax) specialty?: string | null;
  @IdField({ nullable: true }) managerId?: string | null;
}

@InputType()
export class UpdatePersonInput {
  @IdField() id: string;
  @OptionalTextField(LIMITS.nameMax) name?: string | null;
  @OptionalTextField(LIMITS.emailMax) email?: string | null;
  @OptionalTextField(LIMITS.titleMax) title?: string | null;
  @Field(() => Level, { nullable: true }) level?: Level | null;
  @Field(() => Track, { nullable: true }) track?: Track | null;
  @OptionalTextField(LIMITS.specialtyMax) specialty?: string | null;
  @IdField({ nullable: true }) managerId?: string | null;
}
