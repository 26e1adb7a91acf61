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
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { OptionalMultiLineText } from '../core/input-hygiene';

const id = () => ID;

@InputType()
export class StartPlanInput {
  @Field(id) @MaxLength(LIMITS.idMax) ownerId: string;
  @Field(() => Level, { nullable: true, defaultValue: Level.LEAD }) targetLevel?: Level | null;
  @Field(() => Archetype, { nullable: true }) targetArchetype?: Archetype | null;
  @Field(() => Float, { nullable: true }) weeklyHours?: number | null;
}

@InputType()
export class UpdatePlanInput {
  @Field(id) @MaxLength(LIMITS.idMax) id: string;
  @Field(() => Int) version: number;
  @Field(() => PlanStatus, { nullable: true }) status?: PlanStatus | null;
  @Field(() => Level, { nullable: true }) targetLevel?: Level | null;
  @Field(() => Archetype, { nullable: true }) targetArchetype?: Archetype | null;
  @Field(() => Float, { nullable: true }) weeklyHours?: number | null;
}

@InputType()
export class RateSignalInput {
  @Field(id) @MaxLength(LIMITS.idMax) planId: string;
  @Field(() => SignalKey) signal: SignalKey;
  @Field(() => SignalRating) rating: SignalRating;
  @OptionalMultiLineText(LIMITS.evidenceMax)
  evidence?: string | null;
}

@InputType()
export class AddGapInput {
  @Field(id) @MaxLength(LIMITS.idMax) planId: string;
  @Field(() => GapKind) kind: GapKind;
  @Field() @MaxLength(LIMITS.titleMax) title: string;
  @OptionalMultiLineText(LIMITS.descriptionMax)
  description?: string | null;
  @OptionalMultiLineText(LIMITS.evidenceMax)
  evidence?: string | null;
}

@InputType()
export class UpdateGapInput {
  @Field(id) @MaxLength(LIMITS.idMax) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(LIMITS.titleMax) title?: string | null;
  @OptionalMultiLineText(LIMITS.descriptionMax)
  description?: string | null;
  @Field(() => GapStatus, { nullable: true }) status?: GapStatus | null;
  @OptionalMultiLineText(LIMITS.evidenceMax)
  evidence?: string | null;
}

@InputType()
export class AddActivityInput {
  @Field(id) @MaxLength(LIMITS.idMax) planId: string;
  @Field() @MaxLength(LIMITS.titleMax) name: string;
  @Field(() => Float) hoursPerWeek: number;
  @Field(() => Mode) mode: Mode;
  @Field(() => Leverage) leverage: Leverage;
}

@InputType()
export class UpdateActivityInput {
  @Field(id) @MaxLength(LIMITS.idMax) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(LIMITS.titleMax) name?: string | null;
  @Field(() => Float, { nullable: true }) hoursPerWeek?: number | null;
  @Field(() => Mode, { nullable: true }) mode?: Mode | null;
  @Field(() => Leverage, { nullable: true }) leverage?: Leverage | null;
}

@InputType()
export class HoursShiftInput {
  @Field(() => ID, { nullable: true, description: 'An existing activity, or:' })
  @IsOptional()
  @MaxLength(LIMITS.idMax)
  activityId?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.titleMax)
  newActivityName?: string | null;
  @Field(() => Mode, { nullable: true }) mode?: Mode | null;
  @Field(() => Leverage, { nullable: true }) leverage?: Leverage | null;
  @Field(() => Float) hoursPerWeek: number;
}

@InputType()
export class AddGoalInput {
  @Field(id) @MaxLength(LIMITS.idMax) planId: string;
  @Field() @MaxLength(LIMITS.titleMax) title: string;
  @Field(() => Lever) lever: Lever;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(LIMITS.idMax) gapId?: string | null;
  @Field(() => HoursShiftInput, { nullable: true, description: 'Must name an existing activity.' })
  @IsOptional()
  @ValidateNested()
  stop?: HoursShiftInput | null;
  @Field(() => HoursShiftInput) @ValidateNested() start: HoursShiftInput;
  @OptionalMultiLineText(LIMITS.descriptionMax)
  successMeasure?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(16) targetQuarter?: string | null;
}

@InputType()
export class UpdateGoalInput {
  @Field(id) @MaxLength(LIMITS.idMax) id: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(LIMITS.titleMax) title?: string | null;
  @Field(() => GoalStatus, { nullable: true }) status?: GoalStatus | null;
  @OptionalMultiLineText(LIMITS.descriptionMax)
  successMeasure?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(16) targetQuarter?: string | null;
  @Field(() => Float, { nullable: true }) stopHours?: number | null;
  @Field(() => Float, { nullable: true }) startHours?: number | null;
}
