import { Level, Track } from '@fulcrum/shared';
import { Field } from 'type-graphql';
import { ObjectType } from '../../core/object-type';
import { Check, Column, Index } from 'typeorm';
import { EnumCheck, ReferenceColumn } from '../../core/db/constraints';
import { VersionedRow } from '../../core/db/base.entity';
import { TenantEntity } from '../organizations/organization.entity';

/**
 * A person of an organization, with or without an account. Relations (manager, reports,
 * email visibility, account) are resolved through per-request loaders, never here.
 */
@ObjectType()
@TenantEntity('person', ['organizationId', 'name', 'id'])
@Index('person_organization_manager_idx', ['organizationId', 'managerId'])
@Index('person_organization_email_key', ['organizationId', 'email'], { unique: true, where: 'email IS NOT NULL' })
@EnumCheck('person', 'level', Level)
@EnumCheck('person', 'track', Track)
@Check('person_check', 'manager_id <> id')
export class Person extends VersionedRow {
  @Field()
  @Column({ type: 'text' })
  name: string;

  /** Exposed through a field resolver that applies the visibility rule. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Field(() => Level)
  @Column({ type: 'text' })
  level: Level;

  @Field(() => Track)
  @Column({ type: 'text' })
  track: Track;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  specialty: string | null;

  @ReferenceColumn('person', 'manager_id', () => Person, { onDelete: 'SET NULL' })
  managerId: string | null;

  /** Bumped to rotate the secret in the person's calendar feed URL. */
  @Column({ name: 'calendar_feed_version', type: 'integer', default: 1 })
  calendarFeedVersion: number;
}
