import { DelegationStage, GuidanceHorizon, HelpDecision, LIMITS } from '@fulcrum/shared';
import { MaxLength } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { IdField, OptionalMultiLineText, OptionalTextField, VersionedEdit } from '../core/input-fields';
import { MultiLineText } from '../core/input-hygiene';

@InputType()
export class CreateDelegationInput {
  @IdField() planId: string;
  @IdField() activityId: string;
  @IdField() delegateeId: string;
  @Field(() => Float) hoursPerWeek: number;
  @Field() @MultiLineText() @MaxLength(LIMITS.descriptionMax) learningObjective: string;
  @IdField({ nullable: true }) goalId?: string | null;
}

@InputType()
export class AdvanceDelegationInput extends VersionedEdit {
  @Field(() => DelegationStage) stage: DelegationStage;
}

@InputType()
export class CheckInInput {
  @IdField() delegationId: string;
  @Field(() => Int) confidence: number;
  @Field(() => Float) coachingHours: number;
  @OptionalMultiLineText(LIMITS.evidenceMax) note?: string | null;
}

@InputType()
export class LogHelpRequestInput {
  @IdField() planId: string;
  @IdField({ nullable: true }) requesterId?: string | null;
  @OptionalTextField(LIMITS.nameMax) requesterName?: string | null;
  @Field() @MaxLength(LIMITS.descriptionMax) topic: string;
  @Field() uniqueSkill: boolean;
  @Field() reusableLesson: boolean;
  @Field() owningTeamExists: boolean;
  @Field(() => GuidanceHorizon) guidanceHorizon: GuidanceHorizon;
}

@InputType()
export class DecideHelpRequestInput extends VersionedEdit {
  @Field(() => HelpDecision) decision: HelpDecision;
  @OptionalTextField(LIMITS.nameMax) redirectedTo?: string | null;
  @Field(() => Float, { nullable: true }) hoursSpent?: number | null;
}
