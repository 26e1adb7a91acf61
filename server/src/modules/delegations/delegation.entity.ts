import { DelegationStage } from '@fulcrum/shared';
import { Field, Float } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type';
import { Column, Entity } from 'typeorm';
import { VersionedRow } from '../../db/base.entity';
import { numericNumber } from '../../db/transformers';

/** (Part of) an activity of a plan's owner handed step by step to a delegatee (§2.5). */
@ObjectType()
@Entity({ name: 'delegation' })
export class Delegation extends VersionedRow {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId: string | null;

  /** Kept so the delegation still reads right once the hours have left the week. */
  @Field()
  @Column({ name: 'activity_name', type: 'text' })
  activityName: string;

  @Column({ name: 'delegator_id', type: 'uuid' })
  delegatorId: string;

  @Column({ name: 'delegatee_id', type: 'uuid' })
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
  goalId: string | null;

  @Field(() => DelegationStage)
  @Column({ type: 'text' })
  stage: DelegationStage;

  @Field(() => Date, { nullable: true, description: 'When REVIEWING was first reached.' })
  @Column({ name: 'handed_over_at', type: 'timestamptz', nullable: true })
  handedOverAt: Date | null;
}
