import { Level, Track } from '@fulcrum/shared';
import { Field } from 'type-graphql';
import { ObjectType } from '../../core/object-type';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { VersionedRow } from '../../core/db/base.entity';
import { Organization } from '../organizations/organization.entity';

/**
 * A person of an organization, with or without an account. Relations (manager, reports,
 * email visibility, account) are resolved through per-request loaders, never here.
 */
@ObjectType()
@Entity({ name: 'person' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'person_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('person_organization_id_idx', ['organizationId', 'name', 'id'])
@Index('person_organization_manager_idx', ['organizationId', 'managerId'])
@Index('person_organization_email_key', ['organizationId', 'email'], { unique: true, where: 'email IS NOT NULL' })
@Check('person_level_check', "level IN ('JUNIOR','MID','SENIOR','LEAD','STAFF','PRINCIPAL')")
@Check('person_track_check', "track IN ('INDIVIDUAL_CONTRIBUTOR','MANAGER')")
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

  @Column({ name: 'manager_id', type: 'uuid', nullable: true })
  @ForeignKey(() => Person, { name: 'person_manager_id_fkey', onDelete: 'SET NULL' })
  @Index('person_manager_id_idx')
  managerId: string | null;

  /** Bumped to rotate the secret in the person's calendar feed URL. */
  @Column({ name: 'calendar_feed_version', type: 'integer', default: 1 })
  calendarFeedVersion: number;
}
