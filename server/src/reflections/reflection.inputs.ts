import { AntiPattern } from '@fulcrum/shared';
import { MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdField, OptionalMultiLineText, VersionedEdit } from '../core/input-fields';
import { MultiLineText } from '../core/input-hygiene';

export const REFLECTION_TEXT_MAX = 20_000;

@InputType()
export class StartReflectionInput {
  @IdField() planId: string;
  @Field() @MaxLength(16) quarter: string;
}

@InputType()
export class UpdateReflectionInput extends VersionedEdit {
  @OptionalMultiLineText(REFLECTION_TEXT_MAX, { description: "Goes to the viewer's side." })
  text?: string | null;
  @IdField({ nullable: true }) nextGapId?: string | null;
  @Field(() => [AntiPattern], { nullable: true }) selfReportedAntiPatterns?: AntiPattern[] | null;
}

@InputType()
export class UpdatePromotionNarrativeInput {
  @IdField() planId: string;
  @Field(() => Int) version: number;
  @Field() @MultiLineText() @MaxLength(REFLECTION_TEXT_MAX) text: string;
}
