import { LinkKind, OneOnOneStatus } from '@fulcrum/shared';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column, Index, Unique } from 'typeorm';
import { EnumCheck, ReferenceColumn } from '../core/db/constraints';
import { CreatedAtColumn, TenantRow, TimestampedRow, UpdatedAtColumn, VersionedRow } from '../core/db/base.entity';
import { TenantEntity } from '../identity/organizations/organization.entity';
import { Person } from '../identity/people/person.entity';
import { PlanColumn } from '../plans/plan.entity';

/** A 1:1 of a plan's owner and manager. Private notes live apart and are never on this row. */
@ObjectType()
@TenantEntity('one_on_one')
// (plan_id, scheduled_at DESC, id DESC): @Index cannot state a column's sort order, so TypeORM
// leaves this index to the migration that creates it.
@Index('one_on_one_plan_scheduled_idx', { synchronize: false })
@EnumCheck('one_on_one', 'status', OneOnOneStatus)
@Check('one_on_one_shared_notes_check', 'length(shared_notes) <= 100000')
export class OneOnOne extends TimestampedRow {
  // Not indexed alone: one_on_one_plan_scheduled_idx serves the lookups.
  @PlanColumn('one_on_one', { index: false })
  planId: string;

  @Field()
  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt: Date;

  @Field(() => OneOnOneStatus)
  @Column({ type: 'text', default: 'UPCOMING' })
  status: OneOnOneStatus;

  @Field()
  @Column({ name: 'shared_notes', type: 'text', default: '' })
  sharedNotes: string;

  @Field(() => Int)
  @Column({ name: 'shared_notes_version', type: 'integer', default: 1 })
  sharedNotesVersion: number;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}

@ObjectType()
@TenantEntity('agenda_item')
@Index('agenda_item_one_on_one_idx', ['oneOnOneId', 'position'])
@EnumCheck('agenda_item', 'link_kind', LinkKind)
@Check('agenda_item_check', '(link_kind IS NULL) = (link_id IS NULL)')
export class AgendaItem extends TenantRow {
  // Not indexed alone: agenda_item_one_on_one_idx serves the lookups.
  @ReferenceColumn('agenda_item', 'one_on_one_id', () => OneOnOne, { onDelete: 'CASCADE', index: false })
  oneOnOneId: string;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @ReferenceColumn('agenda_item', 'author_id', () => Person)
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
  @Column({ type: 'boolean', default: false })
  discussed: boolean;

  @Field({ description: 'Suggested from the plan when the 1:1 was scheduled.' })
  @Column({ type: 'boolean', default: false })
  proposed: boolean;

  @CreatedAtColumn()
  createdAt: Date;
}

/** A participant's own note on a 1:1: read by its author and nobody else, through every path. */
@TenantEntity('private_note')
@Unique('private_note_one_on_one_id_author_id_key', ['oneOnOneId', 'authorId'])
export class PrivateNote extends TenantRow {
  // Not indexed alone: private_note_one_on_one_id_author_id_key serves the lookups.
  @ReferenceColumn('private_note', 'one_on_one_id', () => OneOnOne, { onDelete: 'CASCADE', index: false })
  oneOnOneId: string;

  @ReferenceColumn('private_note', 'author_id', () => Person, { onDelete: 'CASCADE' })
  authorId: string;

  @Column({ type: 'text' })
  text: string;

  @UpdatedAtColumn()
  updatedAt: Date;
}

@ObjectType()
@TenantEntity('action_item')
@Index('action_item_one_on_one_idx', ['oneOnOneId', 'createdAt'])
export class ActionItem extends VersionedRow {
  // Not indexed alone: action_item_one_on_one_idx serves the lookups.
  @ReferenceColumn('action_item', 'one_on_one_id', () => OneOnOne, { onDelete: 'CASCADE', index: false })
  oneOnOneId: string;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @ReferenceColumn('action_item', 'owner_id', () => Person)
  ownerId: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  done: boolean;

  @ReferenceColumn('action_item', 'carried_from_id', () => ActionItem, { onDelete: 'SET NULL' })
  carriedFromId: string | null;
}
