import { GapKind, GapStatus } from '@fulcrum/shared';
import { Field } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column } from 'typeorm';
import { EnumCheck, QuarterCheck } from '../core/db/constraints';
import { VersionedRow } from '../core/db/base.entity';
import { TenantEntity } from '../identity/organizations/organization.entity';
import { PlanColumn } from './plan.entity';

/** What limits a strength (§2.2), with the quarters it was opened and closed. */
@ObjectType()
@TenantEntity('gap')
@EnumCheck('gap', 'kind', GapKind)
@EnumCheck('gap', 'status', GapStatus)
@QuarterCheck('gap', 'opened_quarter')
@QuarterCheck('gap', 'closed_quarter')
@Check('gap_check', "(status = 'CLOSED') = (closed_quarter IS NOT NULL)")
export class Gap extends VersionedRow {
  @PlanColumn('gap')
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
