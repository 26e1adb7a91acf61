import { Level, Track } from '@fulcrum/shared';
import { Field } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type';
import { Column, Entity } from 'typeorm';
import { VersionedRow } from '../../db/base.entity';

/**
 * A person of an organization, with or without an account. Relations (manager, reports,
 * email visibility, account) are resolved through per-request loaders, never here.
 */
@ObjectType()
@Entity({ name: 'person' })
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
  managerId: string | null;

  /** Bumped to rotate the secret in the person's calendar feed URL. */
  @Column({ name: 'calendar_feed_version', type: 'integer', default: 1 })
  calendarFeedVersion: number;
}
