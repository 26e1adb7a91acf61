import { DelegationStage } from '@fulcrum/shared';
import { Field, Float } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { VersionedRow } from '../core/db/base.entity';
import { Organization } from '../identity/organizations/organization.entity';
import { Person } from '../identity/people/person.entity';
import { Activity } from '../plans/activity.entity';
import { ChangeGoal } from '../plans/goal.entity';
import { GrowthPlan } from '../plans/plan.entity';
import { numericNumber } from '../core/db/transformers';

/** (Part of) an activity of a plan's owner handed step by step to a delegatee (§2.5). */
@ObjectType()
@Entity({ name: 'delegation' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'delegation_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('delegation_organization_id_idx', ['organizationId'])
@Check('delegation_hours_per_week_check', 'hours_per_week > 0')
@Check('delegation_stage_check', "stage IN ('PLANNED','SHADOWING','PAIRING','REVIEWING','OWNED','RECLAIMED')")
@Check('delegation_check', 'delegatee_id <> delegator_id')
export class Delegation extends VersionedRow {
  @Column({ name: 'plan_id', type: 'uuid' })
  @ForeignKey(() => GrowthPlan, { name: 'delegation_plan_id_fkey', onDelete: 'CASCADE' })
  @Index('delegation_plan_id_idx')
  planId: string;

  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  @ForeignKey(() => Activity, { name: 'delegation_activity_id_fkey', onDelete: 'SET NULL' })
  @Index('delegation_activity_id_idx')
  activityId: string | null;

  /** Kept so the delegation still reads right once the hours have left the week. */
  @Field()
  @Column({ name: 'activity_name', type: 'text' })
  activityName: string;

  @Column({ name: 'delegator_id', type: 'uuid' })
  @ForeignKey(() => Person, { name: 'delegation_delegator_id_fkey' })
  @Index('delegation_delegator_id_idx')
  delegatorId: string;

  @Column({ name: 'delegatee_id', type: 'uuid' })
  @ForeignKey(() => Person, { name: 'delegation_delegatee_id_fkey' })
  @Index('delegation_delegatee_id_idx')
  delegateeId: string;

  @Field(() => Float)
  @Column({
    name: 'hours_per_week',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: numericNumber,
  })
  hoursPerWeek: number;

  @Field()
  @Column({ name: 'learning_objective', type: 'text' })
  learningObjective: string;

  @Column({ name: 'goal_id', type: 'uuid', nullable: true })
  @ForeignKey(() => ChangeGoal, { name: 'delegation_goal_id_fkey', onDelete: 'SET NULL' })
  @Index('delegation_goal_id_idx')
  goalId: string | null;

  @Field(() => DelegationStage)
  @Column({ type: 'text', default: 'PLANNED' })
  stage: DelegationStage;

  @Field(() => Date, { nullable: true, description: 'When REVIEWING was first reached.' })
  @Column({ name: 'handed_over_at', type: 'timestamptz', nullable: true })
  handedOverAt: Date | null;
}
