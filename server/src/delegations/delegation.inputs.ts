import { DelegationStage, GuidanceHorizon, HelpDecision, LIMITS } from '@fulcrum/shared';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MultiLineText, OptionalMultiLineText } from '../core/input-hygiene';

@InputType()
export class CreateDelegationInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) planId: string;
  @Field(() => ID) @MaxLength(LIMITS.idMax) activityId: string;
  @Field(() => ID) @MaxLength(LIMITS.idMax) delegateeId: string;
  @Field(() => Float) hoursPerWeek: number;
  @Field() @MultiLineText() @MaxLength(LIMITS.descriptionMax) learningObjective: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(LIMITS.idMax) goalId?: string | null;
}

@InputType()
export class AdvanceDelegationInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) id: string;
  @Field(() => Int) version: number;
  @Field(() => DelegationStage) stage: DelegationStage;
}

@InputType()
export class CheckInInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) delegationId: string;
  @Field(() => Int) confidence: number;
  @Field(() => Float) coachingHours: number;
  @OptionalMultiLineText(LIMITS.evidenceMax)
  note?: string | null;
}

@InputType()
export class LogHelpRequestInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) planId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(LIMITS.idMax) requesterId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(LIMITS.nameMax) requesterName?: string | null;
  @Field() @MaxLength(LIMITS.descriptionMax) topic: string;
  @Field() uniqueSkill: boolean;
  @Field() reusableLesson: boolean;
  @Field() owningTeamExists: boolean;
  @Field(() => GuidanceHorizon) guidanceHorizon: GuidanceHorizon;
}

@InputType()
export class DecideHelpRequestInput {
  @Field(() => ID) @MaxLength(LIMITS.idMax) id: string;
  @Field(() => Int) version: number;
  @Field(() => HelpDecision) decision: HelpDecision;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(LIMITS.nameMax) redirectedTo?: string | null;
  @Field(() => Float, { nullable: true }) hoursSpent?: number | null;
}
