import { AGENDA_TEXT_MAX, LIMITS, LinkKind, PRIVATE_NOTE_MAX, SHARED_NOTES_MAX } from '@fulcrum/shared';
import { GraphQLLocalDate } from 'graphql-scalars';
import { MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdField, OptionalTextField, VersionedEdit } from '../core/input-fields';
import { MultiLineText } from '../core/input-hygiene';

@InputType()
export class ScheduleOneOnOneInput {
  @IdField() planId: string;
  @Field() scheduledAt: Date;
}

@InputType()
export class AddAgendaItemInput {
  @IdField() oneOnOneId: string;
  @Field() @MaxLength(AGENDA_TEXT_MAX) text: string;
  @Field(() => LinkKind, { nullable: true }) linkKind?: LinkKind | null;
  @OptionalTextField(LIMITS.idMax) linkId?: string | null;
}

@InputType()
export class UpdateAgendaItemInput {
  @IdField() id: string;
  @OptionalTextField(AGENDA_TEXT_MAX) text?: string | null;
  @Field(() => Boolean, { nullable: true }) discussed?: boolean | null;
  @Field(() => Int, { nullable: true }) position?: number | null;
}

@InputType()
export class UpdateSharedNotesInput {
  @IdField() oneOnOneId: string;
  @Field(() => Int) version: number;
  @Field() @MultiLineText() @MaxLength(SHARED_NOTES_MAX) notes: string;
}

@InputType()
export class SetPrivateNoteInput {
  @IdField() oneOnOneId: string;
  @Field() @MultiLineText() @MaxLength(PRIVATE_NOTE_MAX) text: string;
}

@InputType()
export class AddActionItemInput {
  @IdField() oneOnOneId: string;
  @Field() @MaxLength(AGENDA_TEXT_MAX) text: string;
  @IdField() ownerId: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) dueOn?: string | null;
}

@InputType()
export class UpdateActionItemInput extends VersionedEdit {
  @OptionalTextField(AGENDA_TEXT_MAX) text?: string | null;
  @Field(() => Boolean, { nullable: true }) done?: boolean | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) dueOn?: string | null;
}
