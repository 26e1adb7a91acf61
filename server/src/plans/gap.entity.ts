import { GapKind, GapStatus } from '@fulcrum/shared';
import { Field } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { VersionedRow } from '../core/db/base.entity';
import { Organization } from '../identity/organizations/organization.entity';
import { GrowthPlan } from './plan.entity';

/** What limits a strength (§2.2), with the quarters it was opened and closed. */
@ObjectType()
@Entity({ name: 'gap' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'gap_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('gap_organization_id_idx', ['organizationId'])
@Check('gap_kind_check', "kind IN ('AUTONOMY','NEXT_SCOPE')")
@Check('gap_status_check', "status IN ('OPEN','WORKING','CLOSED')")
@Check('gap_opened_quarter_check', "opened_quarter ~ '^[0-9]{4}-Q[1-4]$'")
@Check('gap_closed_quarter_check', "closed_quarter ~ '^[0-9]{4}-Q[1-4]$'")
@Check('gap_check', "(status = 'CLOSED') = (closed_quarter IS NOT NULL)")
export class Gap extends VersionedRow {
  @Column({ name: 'plan_id', type: 'uuid' })
  @ForeignKey(() => GrowthPlan, { name: 'gap_plan_id_fkey', onDelete: 'CASCADE' })
  @Index('gap_plan_id_idx')
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
  @Column({ type: 'text', default: 'OPEN' })
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
