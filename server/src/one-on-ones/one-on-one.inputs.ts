import { AGENDA_TEXT_MAX, LIMITS, LinkKind, PRIVATE_NOTE_MAX, SHARED_NOTES_MAX } from '@fulcrum/shared';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MultiLineText } from '../core/input-hygiene';

@InputType()
export class ScheduleOneOnOneInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) planId: string;
  @Field() scheduledAt: Date;
}

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) oneOnOneId: string;
  @Field() @MaxLength(AGENDA_TEXT_MAX) text: string;
  @Field(() => LinkKind, { nullable: true }) linkKind?: LinkKind | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(LIMITS.idMax) linkId?: string | null;
}

@InputType()
export class UpdateAgendaItemInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(AGENDA_TEXT_MAX) text?: string | null;
  @Field(() => Boolean, { nullable: true }) discussed?: boolean | null;
  @Field(() => Int, { nullable: true }) position?: number | null;
}

@InputType()
export class UpdateSharedNotesInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) oneOnOneId: string;
  @Field(() => Int) version: number;
  @Field() @MultiLineText() @MaxLength(SHARED_NOTES_MAX) notes: string;
}

@InputType()
export class SetPrivateNoteInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) oneOnOneId: string;
  @Field() @MultiLineText() @MaxLength(PRIVATE_NOTE_MAX) text: string;
}

@InputType()
export class AddActionItemInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) oneOnOneId: string;
  @Field() @MaxLength(AGENDA_TEXT_MAX) text: string;
  @Field(() => ID) @MaxLength(LIMITS.idMax) ownerId: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) dueOn?: string | null;
}

@InputType()
export class UpdateActionItemInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(AGENDA_TEXT_MAX) text?: string | null;
  @Field(() => Boolean, { nullable: true }) done?: boolean | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) dueOn?: string | null;
}
