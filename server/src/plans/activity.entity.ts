import { Leverage, Mode } from '@fulcrum/shared';
import { Field, Float } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { VersionedRow } from '../core/db/base.entity';
import { Organization } from '../identity/organizations/organization.entity';
import { GrowthPlan } from './plan.entity';
import { numericNumber } from '../core/db/transformers';

/** Something the plan's owner spends hours on every week (§2.3). */
@ObjectType()
@Entity({ name: 'activity' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'activity_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('activity_organization_id_idx', ['organizationId'])
@Check('activity_hours_per_week_check', 'hours_per_week > 0')
@Check('activity_mode_check', "mode IN ('DOING','MULTIPLYING')")
@Check('activity_leverage_check', "leverage IN ('HIGH','NEUTRAL','OVERHEAD')")
export class Activity extends VersionedRow {
  @Column({ name: 'plan_id', type: 'uuid' })
  @ForeignKey(() => GrowthPlan, { name: 'activity_plan_id_fkey', onDelete: 'CASCADE' })
  @Index('activity_plan_id_idx')
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
