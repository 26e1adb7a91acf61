import {
  Archetype,
  GapKind,
  GapStatus,
  GoalStatus,
  Level,
  Lever,
  Leverage,
  LIMITS,
  Mode,
  PlanStatus,
  SignalKey,
  SignalRating,
} from '@fulcrum/shared';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { IdField, OptionalMultiLineText, OptionalTextField, VersionedEdit } from '../core/input-fields';

@InputType()
export class StartPlanInput {
  @IdField() ownerId: string;
  @Field(() => Level, { nullable: true, defaultValue: Level.LEAD }) targetLevel?: Level | null;
  @Field(() => Archetype, { nullable: true }) targetArchetype?: Archetype | null;
  @Field(() => Float, { nullable: true }) weeklyHours?: number | null;
}

@InputType()
export class UpdatePlanInput extends VersionedEdit {
  @Field(() => PlanStatus, { nullable: true }) status?: PlanStatus | null;
  @Field(() => Level, { nullable: true }) targetLevel?: Level | null;
  @Field(() => Archetype, { nullable: true }) targetArchetype?: Archetype | null;
  @Field(() => Float, { nullable: true }) weeklyHours?: number | null;
}

@InputType()
export class RateSignalInput {
  @IdField() planId: string;
  @Field(() => SignalKey) signal: SignalKey;
  @Field(() => SignalRating) rating: SignalRating;
  @OptionalMultiLineText(LIMITS.evidenceMax) evidence?: string | null;
}

@InputType()
export class AddGapInput {
  @IdField() planId: string;
  @Field(() => GapKind) kind: GapKind;
  @Field() @MaxLength(LIMITS.titleMax) title: string;
  @OptionalMultiLineText(LIMITS.descriptionMax) description?: string | null;
  @OptionalMultiLineText(LIMITS.evidenceMax) evidence?: string | null;
}

@InputType()
export class UpdateGapInput extends VersionedEdit {
  @OptionalTextField(LIMITS.titleMax) title?: string | null;
  @OptionalMultiLineText(LIMITS.descriptionMax) description?: string | null;
  @Field(() => GapStatus, { nullable: true }) status?: GapStatus | null;
  @OptionalMultiLineText(LIMITS.evidenceMax) evidence?: string | null;
}

@InputType()
export class AddActivityInput {
  @IdField() planId: string;
  @Field() @MaxLength(LIMITS.titleMax) name: string;
  @Field(() => Float) hoursPerWeek: number;
  @Field(() => Mode) mode: Mode;
  @Field(() => Leverage) leverage: Leverage;
}

@InputType()
export class UpdateActivityInput extends VersionedEdit {
  @OptionalTextField(LIMITS.titleMax) name?: string | null;
  @Field(() => Float, { nullable: true }) hoursPerWeek?: number | null;
  @Field(() => Mode, { nullable: true }) mode?: Mode | null;
  @Field(() => Leverage, { nullable: true }) leverage?: Leverage | null;
}

@InputType()
export class HoursShiftInput {
  @IdField({ nullable: true, description: 'An existing activity, or:' }) activityId?: string | null;
  @OptionalTextField(LIMITS.titleMax) newActivityName?: string | null;
  @Field(() => Mode, { nullable: true }) mode?: Mode | null;
  @Field(() => Leverage, { nullable: true }) leverage?: Leverage | null;
  @Field(() => Float) hoursPerWeek: number;
}

/** A quarter like 2026-Q4 (the services check the form). */
const QUARTER_MAX = 16;

@InputType()
export class AddGoalInput {
  @IdField() planId: string;
  @Field() @MaxLength(LIMITS.titleMax) title: string;
  @Field(() => Lever) lever: Lever;
  @IdField({ nullable: true }) gapId?: string | null;
  @Field(() => HoursShiftInput, { nullable: true, description: 'Must name an existing activity.' })
  @IsOptional()
  @ValidateNested()
  stop?: HoursShiftInput | null;
  @Field(() => HoursShiftInput) @ValidateNested() start: HoursShiftInput;
  @OptionalMultiLineText(LIMITS.descriptionMax) successMeasure?: string | null;
  @OptionalTextField(QUARTER_MAX) targetQuarter?: string | null;
}

@InputType()
export class UpdateGoalInput extends VersionedEdit {
  @OptionalTextField(LIMITS.titleMax) title?: string | null;
  @Field(() => GoalStatus, { nullable: true }) status?: GoalStatus | null;
  @OptionalMultiLineText(LIMITS.descriptionMax) successMeasure?: string | null;
  @OptionalTextField(QUARTER_MAX) targetQuarter?: string | null;
  @Field(() => Float, { nullable: true }) stopHours?: number | null;
  @Field(() => Float, { nullable: true }) startHours?: number | null;
}
