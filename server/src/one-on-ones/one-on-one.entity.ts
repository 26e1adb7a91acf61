import { LinkKind, OneOnOneStatus } from '@fulcrum/shared';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, Unique, UpdateDateColumn } from 'typeorm';
import { TenantRow, TimestampedRow, VersionedRow } from '../core/db/base.entity';
import { Organization } from '../identity/organizations/organization.entity';
import { Person } from '../identity/people/person.entity';
import { GrowthPlan } from '../plans/plan.entity';

/** A 1:1 of a plan's owner and manager. Private notes live apart and are never on this row. */
@ObjectType()
@Entity({ name: 'one_on_one' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'one_on_one_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('one_on_one_organization_id_idx', ['organizationId'])
// (plan_id, scheduled_at DESC, id DESC): @Index cannot state a column's sort order, so TypeORM
// leaves this index to the migration that creates it.
@Index('one_on_one_plan_scheduled_idx', { synchronize: false })
@Check('one_on_one_status_check', "status IN ('UPCOMING','DONE')")
@Check('one_on_one_shared_notes_check', 'length(shared_notes) <= 100000')
export class OneOnOne extends TimestampedRow {
  @Column({ name: 'plan_id', type: 'uuid' })
  @ForeignKey(() => GrowthPlan, { name: 'one_on_one_plan_id_fkey', onDelete: 'CASCADE' })
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
@Entity({ name: 'agenda_item' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'agenda_item_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('agenda_item_organization_id_idx', ['organizationId'])
@Index('agenda_item_one_on_one_idx', ['oneOnOneId', 'position'])
@Check('agenda_item_link_kind_check', "link_kind IN ('SIGNAL','GAP','GOAL','DELEGATION')")
@Check('agenda_item_check', '(link_kind IS NULL) = (link_id IS NULL)')
export class AgendaItem extends TenantRow {
  @Column({ name: 'one_on_one_id', type: 'uuid' })
  @ForeignKey(() => OneOnOne, { name: 'agenda_item_one_on_one_id_fkey', onDelete: 'CASCADE' })
  oneOnOneId: string;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'author_id', type: 'uuid' })
  @ForeignKey(() => Person, { name: 'agenda_item_author_id_fkey' })
  @Index('agenda_item_author_id_idx')
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A participant's own note on a 1:1: read by its author and nobody else, through every path. */
@Entity({ name: 'private_note' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'private_note_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('private_note_organization_id_idx', ['organizationId'])
@Unique('private_note_one_on_one_id_author_id_key', ['oneOnOneId', 'authorId'])
export class PrivateNote extends TenantRow {
  @Column({ name: 'one_on_one_id', type: 'uuid' })
  @ForeignKey(() => OneOnOne, { name: 'private_note_one_on_one_id_fkey', onDelete: 'CASCADE' })
  oneOnOneId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  @ForeignKey(() => Person, { name: 'private_note_author_id_fkey', onDelete: 'CASCADE' })
  @Index('private_note_author_id_idx')
  authorId: string;

  @Column({ type: 'text' })
  text: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType()
@Entity({ name: 'action_item' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'action_item_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('action_item_organization_id_idx', ['organizationId'])
@Index('action_item_one_on_one_idx', ['oneOnOneId', 'createdAt'])
export class ActionItem extends VersionedRow {
  @Column({ name: 'one_on_one_id', type: 'uuid' })
  @ForeignKey(() => OneOnOne, { name: 'action_item_one_on_one_id_fkey', onDelete: 'CASCADE' })
  oneOnOneId: string;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  @ForeignKey(() => Person, { name: 'action_item_owner_id_fkey' })
  @Index('action_item_owner_id_idx')
  ownerId: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  done: boolean;

  @Column({ name: 'carried_from_id', type: 'uuid', nullable: true })
  @ForeignKey(() => ActionItem, { name: 'action_item_carried_from_id_fkey', onDelete: 'SET NULL' })
  @Index('action_item_carried_from_id_idx')
  carriedFromId: string | null;
}
