import { Field, Float, ID } from 'type-graphql';
import { ObjectType } from '../../core/object-type';
import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../core/db/base.entity';
import { HoursColumn } from '../../core/db/transformers';

/** The tenant. Every tenant-owned row carries its id. */
@ObjectType()
@Entity({ name: 'organization' })
@Check('organization_default_weekly_hours_check', 'default_weekly_hours > 0 AND default_weekly_hours <= 80')
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => Float)
  @HoursColumn('default_weekly_hours', { default: 40 })
  defaultWeeklyHours: number;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
