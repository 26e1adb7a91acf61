import { LinkKind, OneOnOneStatus } from '@fulcrum/shared';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type';
import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { TenantRow, TimestampedRow, VersionedRow } from '../../db/base.entity';

/** A 1:1 of a plan's owner and manager. Private notes live apart and are never on this row. */
@ObjectType()
@Entity({ name: 'one_on_one' })
export class OneOnOne extends TimestampedRow {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Field()
  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt: Date;

  @Field(() => OneOnOneStatus)
  @Column({ type: 'text' })
  status: OneOnOneStatus;

  @Field()
  @Column({ name: 'shared_notes', type: 'text' })
  sharedNotes: string;

  @Field(() => Int)
  @Column({ name: 'shared_notes_version', type: 'integer' })
  sharedNotesVersion: number;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}

@ObjectType()
@Entity({ name: 'agenda_item' })
export class AgendaItem extends TenantRow {
  @Column({ name: 'one_on_one_id', type: 'uuid' })
  oneOnOneId: string;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  position: number;

  @Field(() => LinkKind, { nullable: true })
  @Column({ name: 'link_kind', type: 'text', nullable: true })
  linkKind: LinkKind | null;

  @Field(() => String, { nullable: true, description: 'An id, or a SignalKey for SIGNAL.' })
  @Column({ name: 'link_id', type: 'text', nullable: true })
  linkId: string | null;

  @Field()
  @Column({ type: 'boolean' })
  discussed: boolean;

  @Field({ description: 'Suggested from the plan when the 1:1 was scheduled.' })
  @Column({ type: 'boolean' })
  proposed: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A participant's own note on a 1:1: read by its author and nobody else, through every path. */
@Entity({ name: 'private_note' })
export class PrivateNote extends TenantRow {
  @Column({ name: 'one_on_one_id', type: 'uuid' })
  oneOnOneId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  text: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType()
@Entity({ name: 'action_item' })
export class ActionItem extends VersionedRow {
  @Column({ name: 'one_on_one_id', type: 'uuid' })
  oneOnOneId: string;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Field()
  @Column({ type: 'boolean' })
  done: boolean;

  @Column({ name: 'carried_from_id', type: 'uuid', nullable: true })
  carriedFromId: string | null;
}
