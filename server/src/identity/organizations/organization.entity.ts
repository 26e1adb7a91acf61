import { Field, Float } from 'type-graphql';
import { ObjectType } from '../../core/object-type';
import { Check, Column, Entity } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn, UuidRow } from '../../core/db/base.entity';
import { combine, InOrganization } from '../../core/db/constraints';
import { HoursColumn } from '../../core/db/transformers';

/** The tenant. Every tenant-owned row carries its id. */
@ObjectType()
@Entity({ name: 'organization' })
@Check('organization_default_weekly_hours_check', 'default_weekly_hours > 0 AND default_weekly_hours <= 80')
export class Organization extends UuidRow {
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

/**
 * The entity of a tenant-owned table (a `TenantRow`): its `organization_id` references
 * `organization` and is indexed, on `indexColumns` when given (`InOrganization`).
 */
export function TenantEntity(table: string, indexColumns?: readonly string[]): ClassDecorator {
  return combine(
    Entity({ name: table }),
    InOrganization(table, () => Organization, indexColumns),
  );
}
