import { GuidanceHorizon, HelpDecision } from '@fulcrum/shared';
import { Field, Float } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column, Index } from 'typeorm';
import { EnumCheck, ReferenceColumn } from '../core/db/constraints';
import { VersionedRow } from '../core/db/base.entity';
import { TenantEntity } from '../identity/organizations/organization.entity';
import { Person } from '../identity/people/person.entity';
import { PlanColumn } from '../plans/plan.entity';
import { HoursColumn } from '../core/db/transformers';

/** A request for help that reached the plan's owner, with the four triage answers (§2.6). */
@ObjectType()
@TenantEntity('help_request')
// (plan_id, received_at DESC, id DESC): @Index cannot state a column's sort order, so TypeORM
// leaves this index to the migration that creates it.
@Index('help_request_plan_received_idx', { synchronize: false })
@EnumCheck('help_request', 'guidance_horizon', GuidanceHorizon)
@EnumCheck('help_request', 'decision', HelpDecision)
@Check('help_request_hours_spent_check', 'hours_spent >= 0')
@Check('help_request_check', "decision IS DISTINCT FROM 'REDIRECT' OR redirected_to IS NOT NULL")
export class HelpRequest extends VersionedRow {
  // Not indexed alone: help_request_plan_received_idx serves the lookups.
  @PlanColumn('help_request', { index: false })
  planId: string;

  @ReferenceColumn('help_request', 'requester_id', () => Person, { onDelete: 'SET NULL' })
  requesterId: string | null;

  @Field()
  @Column({ name: 'requester_name', type: 'text' })
  requesterName: string;

  @Field()
  @Column({ type: 'text' })
  topic: string;

  @Field()
  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;

  @Field()
  @Column({ name: 'unique_skill', type: 'boolean' })
  uniqueSkill: boolean;

  @Field()
  @Column({ name: 'reusable_lesson', type: 'boolean' })
  reusableLesson: boolean;

  @Field()
  @Column({ name: 'owning_team_exists', type: 'boolean' })
  owningTeamExists: boolean;

  @Field(() => GuidanceHorizon)
  @Column({ name: 'guidance_horizon', type: 'text' })
  guidanceHorizon: GuidanceHorizon;

  @Field(() => HelpDecision, { nullable: true })
  @Column({ type: 'text', nullable: true })
  decision: HelpDecision | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'redirected_to', type: 'text', nullable: true })
  redirectedTo: string | null;

  @Field(() => Float)
  @HoursColumn('hours_spent', { default: 0 })
  hoursSpent: number;
}
