import { Field, Float, ID } from 'type-graphql';
import { ObjectType } from '../../core/object-type';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { numericNumber } from '../../core/db/transformers';

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
  @Column({
    name: 'default_weekly_hours',
    type: 'numeric',
    precision: 5,
    scale: 2,
    default: 40,
    transformer: numericNumber,
  })
  defaultWeeklyHours: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
