import { DelegationStage } from '@fulcrum/shared';
import { Field, Float } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column } from 'typeorm';
import { EnumCheck, ReferenceColumn } from '../core/db/constraints';
import { VersionedRow } from '../core/db/base.entity';
import { TenantEntity } from '../identity/organizations/organization.entity';
import { Person } from '../identity/people/person.entity';
import { Activity } from '../plans/activity.entity';
import { ChangeGoal } from '../plans/goal.entity';
import { PlanColumn } from '../plans/plan.entity';
import { HoursColumn } from '../core/db/transformers';

/** (Part of) an activity of a plan's owner handed step by step to a delegatee (§2.5). */
@ObjectType()
@TenantEntity('delegation')
@Check('delegation_hours_per_week_check', 'hours_per_week > 0')
@EnumCheck('delegation', 'stage', DelegationStage)
@Check('delegation_check', 'delegatee_id <> delegator_id')
export class Delegation extends VersionedRow {
  @PlanColumn('delegation')
  planId: string;

  @ReferenceColumn('delegation', 'activity_id', () => Activity, { onDelete: 'SET NULL' })
  activityId: string | null;

  /** Kept so the delegation still reads right once the hours have left the week. */
  @Field()
  @Column({ name: 'activity_name', type: 'text' })
  activityName: string;

  @ReferenceColumn('delegation', 'delegator_id', () => Person)
  delegatorId: string;

  @ReferenceColumn('delegation', 'delegatee_id', () => Person)
  delegateeId: string;

  @Field(() => Float)
  @HoursColumn('hours_per_week')
  hoursPerWeek: number;

  @Field()
  @Column({ name: 'learning_objective', type: 'text' })
  learningObjective: string;

  @ReferenceColumn('delegation', 'goal_id', () => ChangeGoal, { onDelete: 'SET NULL' })
  goalId: string | null;

  @Field(() => DelegationStage)
  @Column({ type: 'text', default: 'PLANNED' })
  stage: DelegationStage;

  @Field(() => Date, { nullable: true, description: 'When REVIEWING was first reached.' })
  @Column({ name: 'handed_over_at', type: 'timestamptz', nullable: true })
  handedOverAt: Date | null;
}
