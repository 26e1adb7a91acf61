import { AntiPattern, LIMITS } from '@fulcrum/shared';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MultiLineText, OptionalMultiLineText } from '../core/input-hygiene';

export const REFLECTION_TEXT_MAX = 20_000;

@InputType()
export class StartReflectionInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) planId: string;
  @Field() @MaxLength(16) quarter: string;
}

@InputType()
export class UpdateReflectionInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) id: string;
  @Field(() => Int) version: number;
  @OptionalMultiLineText(REFLECTION_TEXT_MAX, { description: "Goes to the viewer's side." })
  text?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(LIMITS.idMax) nextGapId?: string | null;
  @Field(() => [AntiPattern], { nullable: true }) selfReportedAntiPatterns?: AntiPattern[] | null;
}

@InputType()
export class UpdatePromotionNarrativeInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) planId: string;
  @Field(() => Int) version: number;
  @Field() @MultiLineText() @MaxLength(REFLECTION_TEXT_MAX) text: string;
}
