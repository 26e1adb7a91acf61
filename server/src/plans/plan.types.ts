import {
  AntiPattern,
  Archetype,
  Lever,
  Leverage,
  Mode,
  ReadinessStage,
  SignalKey,
  SignalKind,
  SignalRating,
} from '@fulcrum/shared';
import { Field, Float } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Activity } from './activity.entity';

@ObjectType()
export class SignalAssessment {
  @Field(() => SignalKey) signal: SignalKey;
  @Field(() => SignalKind) kind: SignalKind;
  @Field(() => SignalRating, { nullable: true }) selfRating: SignalRating | null;
  @Field(() => String, { nullable: true }) selfEvidence: string | null;
  @Field(() => SignalRating, { nullable: true }) managerRating: SignalRating | null;
  @Field(() => String, { nullable: true }) managerEvidence: string | null;
  @Field({ description: 'False when both sides rated and the ratings differ.' }) agree: boolean;
}

@ObjectType()
export class Readiness {
  @Field(() => ReadinessStage) stage: ReadinessStage;
  @Field(() => [String]) reasons: string[];
}

@ObjectType()
export class HoursBy {
  @Field({ description: 'A Mode or Leverage value.' }) key: string;
  @Field(() => Float) hours: number;
}

@ObjectType()
export class WeekShape {
  @Field(() => Float) totalHours: number;
  @Field(() => [HoursBy]) byMode: HoursBy[];
  @Field(() => [HoursBy]) byLeverage: HoursBy[];
}

@ObjectType()
export class Week {
  @Field(() => Float) budgetHours: number;
  @Field(() => [Activity]) activities: Activity[];
  @Field(() => WeekShape) current: WeekShape;
  @Field(() => WeekShape, { description: 'With every PROPOSED and ACTIVE goal applied.' })
  projected: WeekShape;
  @Field(() => Float, { description: 'budgetHours - current.totalHours' }) freeHours: number;
}

@ObjectType()
export class HoursShift {
  @Field(() => Activity, { nullable: true, description: 'An existing activity of the week.' })
  activity: Activity | null;
  @Field(() => String, { nullable: true, description: 'Or one the goal creates when DONE.' })
  newActivityName: string | null;
  @Field(() => String, { description: 'The name of the activity, also once it has left the week.' })
  activityName: string;
  @Field(() => Mode, { nullable: true }) mode: Mode | null;
  @Field(() => Leverage, { nullable: true }) leverage: Leverage | null;
  @Field(() => Float) hoursPerWeek: number;
}

@ObjectType()
export class LeverInfo {
  @Field(() => Lever) lever: Lever;
  @Field() title: string;
  @Field() explanation: string;
}

@ObjectType()
export class ArchetypeInfo {
  @Field(() => Archetype) archetype: Archetype;
  @Field() title: string;
  @Field() explanation: string;
}

@ObjectType()
export class AntiPatternFinding {
  @Field(() => AntiPattern) pattern: AntiPattern;
  @Field() detected: boolean;
  @Field() selfReported: boolean;
  @Field(() => String, { nullable: true }) evidence: string | null;
}
