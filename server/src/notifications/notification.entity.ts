import { NotificationKind } from '@fulcrum/shared';
import { Field } from 'type-graphql';
import { Check, Column, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { ObjectType } from '../core/object-type';
import { EnumCheck, ReferenceColumn } from '../core/db/constraints';
import { CreatedAtColumn, TenantRow, UpdatedAtColumn } from '../core/db/base.entity';
import { TenantEntity } from '../identity/organizations/organization.entity';
import { Person } from '../identity/people/person.entity';

/**
 * One message to one person: the inbox item, written when its job runs (after the access
 * check), and whether its email left. Links are absolute (PUBLIC_URL) and never carry a secret:
 * an invitation's or a reset's token goes only into the email.
 */
@ObjectType()
@TenantEntity('notification')
@Index('notification_inbox_idx', ['recipientId', 'createdAt', 'id'])
@Index('notification_unread_idx', ['recipientId'], { where: 'read_at IS NULL' })
@Unique('notification_job_id_key', ['jobId'])
@EnumCheck('notification', 'kind', NotificationKind)
export class Notification extends TenantRow {
  @ReferenceColumn('notification', 'recipient_id', () => Person, { onDelete: 'CASCADE', index: false })
  recipientId: string;

  @Field(() => NotificationKind)
  @Column({ type: 'text' })
  kind: NotificationKind;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'Absolute, from PUBLIC_URL: what the notification is about.' })
  @Column({ type: 'text' })
  url: string;

  @Column({ name: 'subject_type', type: 'text', nullable: true })
  subjectType: string | null;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  /** The job that wrote it (graphile-worker's id): a retry of that job finds this row. */
  @Column({ name: 'job_id', type: 'bigint', nullable: true })
  jobId: string | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  @Field()
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}

/** A person's choices: which kinds come by email, when the weekly brief comes, their time zone. */
@TenantEntity('notification_preference')
@Check('notification_preference_weekly_brief_day_check', 'weekly_brief_day >= 1 AND weekly_brief_day <= 7')
@Check('notification_preference_weekly_brief_hour_check', 'weekly_brief_hour >= 0 AND weekly_brief_hour <= 23')
export class NotificationPreference {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  @ForeignKey(() => Person, { name: 'notification_preference_person_id_fkey', onDelete: 'CASCADE' })
  personId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** Kinds not sent by email (still in the inbox). */
  @Column({ name: 'email_off', type: 'text', array: true, default: () => "'{}'" })
  emailOff: NotificationKind[];

  /** ISO weekday, 1 = Monday. */
  @Column({ name: 'weekly_brief_day', type: 'integer', default: 1 })
  weeklyBriefDay: number;

  @Column({ name: 'weekly_brief_hour', type: 'integer', default: 8 })
  weeklyBriefHour: number;

  /** IANA; null until chosen (UTC meanwhile). */
  @Column({ name: 'time_zone', type: 'text', nullable: true })
  timeZone: string | null;

  @UpdatedAtColumn()
  updatedAt: Date;
}
