import { Field, ID, Int } from 'type-graphql';
import { ObjectType } from '../object-type';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** `created_at timestamptz`, set on insert. */
export const CreatedAtColumn = (): PropertyDecorator => CreateDateColumn({ name: 'created_at', type: 'timestamptz' });

/** `updated_at timestamptz`, set on every save. */
export const UpdatedAtColumn = (): PropertyDecorator => UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' });

/** A row identified by a UUID the database generates. */
// Decorated so subclasses inherit its fields; never referenced, so never in the schema.
@ObjectType()
export abstract class UuidRow {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;
}

/**
 * A tenant-owned row: a UUID and the organization it belongs to. Every table indexes
 * `organization_id` and references `organization` ON DELETE CASCADE; each entity declares both
 * with `@TenantEntity` (identity/organizations, over ./constraints.ts's `@InOrganization`) under its
 * table's own names, the ones PostgreSQL gave them.
 */
// Decorated so subclasses inherit its fields; never referenced, so never in the schema.
@ObjectType()
export abstract class TenantRow extends UuidRow {
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;
}

/** A tenant-owned row that records when it was created and last changed. */
// Decorated so subclasses inherit its fields; never referenced, so never in the schema.
@ObjectType()
export abstract class TimestampedRow extends TenantRow {
  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}

/** A row updated with optimistic concurrency: a stale `version` is CONFLICT. */
// Decorated so subclasses inherit its fields; never referenced, so never in the schema.
@ObjectType()
export abstract class VersionedRow extends TimestampedRow {
  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;
}
