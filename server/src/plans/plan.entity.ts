import { Archetype, Level, PlanStatus } from '@fulcrum/shared';
import { Field, Float, Int } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { VersionedRow } from '../core/db/base.entity';
import { Organization } from '../identity/organizations/organization.entity';
import { Person } from '../identity/people/person.entity';
import { numericNumber } from '../core/db/transformers';

const LEVELS = "('JUNIOR','MID','SENIOR','LEAD','STAFF','PRINCIPAL')";

/** A growth plan: the shared workspace of a report (owner) and their manager. */
@ObjectType('GrowthPlan')
@Entity({ name: 'growth_plan' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'growth_plan_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('growth_plan_organization_id_idx', ['organizationId'])
// One plan per person that is not archived.
@Index('growth_plan_one_open_per_owner', ['ownerId'], { unique: true, where: "status <> 'ARCHIVED'" })
@Check('growth_plan_status_check', "status IN ('DRAFT','ACTIVE','ARCHIVED')")
@Check('growth_plan_current_level_check', `current_level IN ${LEVELS}`)
@Check('growth_plan_target_level_check', `target_level IN ${LEVELS}`)
@Check('growth_plan_target_archetype_check', "target_archetype IN ('TECH_LEAD','SOLVER','ARCHITECT','RIGHT_HAND')")
@Check('growth_plan_weekly_hours_check', 'weekly_hours >= 1 AND weekly_hours <= 80')
export class GrowthPlan extends VersionedRow {
  @Column({ name: 'owner_id', type: 'uuid' })
  @ForeignKey(() => Person, { name: 'growth_plan_owner_id_fkey', onDelete: 'CASCADE' })
  @Index('growth_plan_owner_id_idx')
  ownerId: string;

  /** The owner's manager when the plan was started (kept in step with manager changes). */
  @Column({ name: 'manager_id', type: 'uuid' })
  @ForeignKey(() => Person, { name: 'growth_plan_manager_id_fkey' })
  @Index('growth_plan_manager_id_idx')
  managerId: string;

  @Field(() => PlanStatus)
  @Column({ type: 'text', default: 'DRAFT' })
  status: PlanStatus;

  @Field(() => Level)
  @Column({ name: 'current_level', type: 'text' })
  currentLevel: Level;

  @Field(() => Level)
  @Column({ name: 'target_level', type: 'text' })
  targetLevel: Level;

  @Field(() => Archetype, { nullable: true })
  @Column({ name: 'target_archetype', type: 'text', nullable: true })
  targetArchetype: Archetype | null;

  @Field(() => Float)
  @Column({
    name: 'weekly_hours',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: numericNumber,
  })
  weeklyHours: number;

  /** The narrative both sides write on top of the generated promotion case. */
  @Field({
    description: 'The narrative both sides write on top of the generated promotion case (Markdown).',
  })
  @Column({ name: 'promotion_narrative', type: 'text', default: '' })
  promotionNarrative: string;

  @Field(() => Int)
  @Column({ name: 'promotion_narrative_version', type: 'integer', default: 1 })
  promotionNarrativeVersion: number;
}
