import { Leverage, Mode } from '@fulcrum/shared';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { numericNumber } from '../../db/transformers';

/** Something the plan's owner spends hours on every week (§2.3). */
@ObjectType()
@Entity({ name: 'activity' })
export class Activity {
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

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => Float)
  @Column({ name: 'hours_per_week', type: 'numeric', precision: 5, scale: 2, transformer: numericNumber })
  hoursPerWeek: number;

  @Field(() => Mode)
  @Column({ type: 'text' })
  mode: Mode;

  @Field(() => Leverage)
  @Column({ type: 'text' })
  leverage: Leverage;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
