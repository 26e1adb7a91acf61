import { Leverage, Mode } from '@fulcrum/shared';
import { Field, Float } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column } from 'typeorm';
import { EnumCheck } from '../core/db/constraints';
import { VersionedRow } from '../core/db/base.entity';
import { TenantEntity } from '../identity/organizations/organization.entity';
import { PlanColumn } from './plan.entity';
import { HoursColumn } from '../core/db/transformers';

/** Something the plan's owner spends hours on every week (§2.3). */
@ObjectType()
@TenantEntity('activity')
@Check('activity_hours_per_week_check', 'hours_per_week > 0')
@EnumCheck('activity', 'mode', Mode)
@EnumCheck('activity', 'leverage', Leverage)
export class Activity extends VersionedRow {
  @PlanColumn('activity')
  planId: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => Float)
  @HoursColumn('hours_per_week')
  hoursPerWeek: number;

  @Field(() => Mode)
  @Column({ type: 'text' })
  mode: Mode;

  @Field(() => Leverage)
  @Column({ type: 'text' })
  leverage: Leverage;
}
