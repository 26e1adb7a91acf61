import { GapKind, GapStatus } from '@fulcrum/shared';
import { Field } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type';
import { Column, Entity } from 'typeorm';
import { VersionedRow } from '../../db/base.entity';

/** What limits a strength (§2.2), with the quarters it was opened and closed. */
@ObjectType()
@Entity({ name: 'gap' })
export class Gap extends VersionedRow {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Field(() => GapKind)
  @Column({ type: 'text' })
  kind: GapKind;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => GapStatus)
  @Column({ type: 'text' })
  status: GapStatus;

  @Field()
  @Column({ name: 'opened_quarter', type: 'text' })
  openedQuarter: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'closed_quarter', type: 'text', nullable: true })
  closedQuarter: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  evidence: string | null;
}
