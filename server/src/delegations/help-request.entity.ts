import { GuidanceHorizon, HelpDecision } from '@fulcrum/shared';
import { Field, Float } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { VersionedRow } from '../core/db/base.entity';
import { Organization } from '../identity/organizations/organization.entity';
import { Person } from '../identity/people/person.entity';
import { GrowthPlan } from '../plans/plan.entity';
import { numericNumber } from '../core/db/transformers';

/** A request for help that reached the plan's owner, with the four triage answers (§2.6). */
@ObjectType()
@Entity({ name: 'help_request' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'help_request_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('help_request_organization_id_idx', ['organizationId'])
// (plan_id, received_at DESC, id DESC): @Index cannot state a column's sort order, so TypeORM
// leaves this index to the migration that creates it.
@Index('help_request_plan_received_idx', { synchronize: false })
@Check('help_request_guidance_horizon_check', "guidance_horizon IN ('ONE_OFF','WEEKS','MONTHS')")
@Check('help_request_decision_check', "decision IN ('HELP','TEACH','REDIRECT')")
@Check('help_request_hours_spent_check', 'hours_spent >= 0')
@Check('help_request_check', "decision IS DISTINCT FROM 'REDIRECT' OR redirected_to IS NOT NULL")
export class HelpRequest extends VersionedRow {
  @Column({ name: 'plan_id', type: 'uuid' })
  @ForeignKey(() => GrowthPlan, { name: 'help_request_plan_id_fkey', onDelete: 'CASCADE' })
  planId: string;

  @Column({ name: 'requester_id', type: 'uuid', nullable: true })
  @ForeignKey(() => Person, { name: 'help_request_requester_id_fkey', onDelete: 'SET NULL' })
  @Index('help_request_requester_id_idx')
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
  @Column({
    name: 'hours_spent',
    type: 'numeric',
    precision: 5,
    scale: 2,
    default: 0,
    transformer: numericNumber,
  })
  hoursSpent: number;
}
