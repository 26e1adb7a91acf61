import {
  AntiPattern,
  ReflectionStatus,
  type AntiPatternFinding as Finding,
  type DelegationStage,
  type QuarterPoint as Point,
} from '@fulcrum/shared';
import { Field, Float, Int } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Column, Unique } from 'typeorm';
import { EnumCheck, QuarterCheck, ReferenceColumn } from '../core/db/constraints';
import { VersionedRow } from '../core/db/base.entity';
import { TenantEntity } from '../identity/organizations/organization.entity';
import { Gap } from '../plans/gap.entity';
import { PlanColumn } from '../plans/plan.entity';

@ObjectType()
export class QuarterPoint implements Point {
  @Field() quarter: string;
  @Field(() => Float) doingHours: number;
  @Field(() => Float) multiplyingHours: number;
  @Field(() => Float) highLeverageHours: number;
  @Field(() => Float) neutralHours: number;
  @Field(() => Float) overheadHours: number;
  @Field(() => Int) gapsClosed: number;
  @Field(() => Int) delegationsOwned: number;
  @Field(() => Float, { nullable: true }) leverageRatio: number | null;
}

/** What a reflection froze when it started; later edits to the plan never change it. */
export interface Snapshot {
  point: Point;
  gapsOpened: number;
  delegationsByStage: Partial<Record<DelegationStage, number>>;
  findings: Finding[];
}

/** One quarter's look back by both sides of a plan (§4). */
@ObjectType()
@TenantEntity('reflection')
@Unique('reflection_plan_id_quarter_key', ['planId', 'quarter'])
@QuarterCheck('reflection', 'quarter')
@EnumCheck('reflection', 'status', ReflectionStatus)
export class Reflection extends VersionedRow {
  // Not indexed alone: reflection_plan_id_quarter_key serves the lookups.
  @PlanColumn('reflection', { index: false })
  planId: string;

  @Field()
  @Column({ type: 'text' })
  quarter: string;

  @Field(() => ReflectionStatus)
  @Column({ type: 'text', default: 'DRAFT' })
  status: ReflectionStatus;

  @Column({ type: 'jsonb' })
  snapshot: Snapshot;

  @Field(() => String, { nullable: true })
  @Column({ name: 'self_text', type: 'text', nullable: true })
  selfText: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'manager_text', type: 'text', nullable: true })
  managerText: string | null;

  @ReferenceColumn('reflection', 'next_gap_id', () => Gap, { onDelete: 'SET NULL' })
  nextGapId: string | null;

  @Field(() => [AntiPattern])
  @Column({ name: 'self_reported_anti_patterns', type: 'text', array: true, default: [] })
  selfReportedAntiPatterns: AntiPattern[];

  @Field()
  @Column({ name: 'signed_off_by_self', type: 'boolean', default: false })
  signedOffBySelf: boolean;

  @Field()
  @Column({ name: 'signed_off_by_manager', type: 'boolean', default: false })
  signedOffByManager: boolean;
}
