import { Level, LIMITS, Track } from '@fulcrum/shared';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class AddPersonInput {
  @Field() @MaxLength(LIMITS.nameMax) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(LIMITS.emailMax) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(LIMITS.titleMax) title?: string | null;
  @Field(() => Level) level: Level;
  @Field(() => Track) track: Track;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.specialtyMax)
  specialty?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(LIMITS.idMax) managerId?: string | null;
}

@InputType()
export class UpdatePersonInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(LIMITS.nameMax) name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(LIMITS.emailMax) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(LIMITS.titleMax) title?: string | null;
  @Field(() => Level, { nullable: true }) level?: Level | null;
  @Field(() => Track, { nullable: true }) track?: Track | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.specialtyMax)
  specialty?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(LIMITS.idMax) managerId?: string | null;
}
