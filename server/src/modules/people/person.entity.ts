import { Level, Track } from '@fulcrum/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * A person of an organization, with or without an account. Relations (manager, reports,
 * email visibility, account) are resolved through per-request loaders, never here.
 */
@ObjectType()
@Entity({ name: 'person' })
export class Person {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

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

  @VersionColumn()
  version: number;

  /** Bumped to rotate the secret in the person's calendar feed URL. */
  @Column({ name: 'calendar_feed_version', type: 'integer', default: 1 })
  calendarFeedVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
