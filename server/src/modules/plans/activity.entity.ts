import { Leverage, Mode } from '@fulcrum/shared';
import { Field, Float } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type';
import { Column, Entity } from 'typeorm';
import { VersionedRow } from '../../db/base.entity';
import { numericNumber } from '../../db/transformers';

/** Something the plan's owner spends hours on every week (§2.3). */
@ObjectType()
@Entity({ name: 'activity' })
export class Activity extends VersionedRow {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => Float)
  @Column({
    name: 'hours_per_week',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: numericNumber,
  })
  hoursPerWeek: number;

  @Field(() => Mode)
  @Column({ type: 'text' })
  mode: Mode;

  @Field(() => Leverage)
  @Column({ type: 'text' })
  leverage: Leverage;
}
