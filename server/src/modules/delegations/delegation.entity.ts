import { DelegationStage } from '@fulcrum/shared';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { numericNumber } from '../../db/transformers';

/** (Part of) an activity of a plan's owner handed step by step to a delegatee (§2.5). */
@ObjectType()
@Entity({ name: 'delegation' })
export class Delegation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

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
  @Column({ name: 'hours_per_week', type: 'numeric', precision: 5, scale: 2, transformer: numericNumber })
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
