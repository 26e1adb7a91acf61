import { Archetype, Level, PlanStatus } from '@fulcrum/shared';
import { Field, Float, Int } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column, Index } from 'typeorm';
import { EnumCheck, ReferenceColumn, type ReferenceOptions } from '../core/db/constraints';
import { VersionedRow } from '../core/db/base.entity';
import { TenantEntity } from '../identity/organizations/organization.entity';
import { Person } from '../identity/people/person.entity';
import { HoursColumn } from '../core/db/transformers';

/** A growth plan: the shared workspace of a report (owner) and their manager. */
@ObjectType('GrowthPlan')
@TenantEntity('growth_plan')
// One plan per person that is not archived.
@Index('growth_plan_one_open_per_owner', ['ownerId'], { unique: true, where: "status <> 'ARCHIVED'" })
@EnumCheck('growth_plan', 'status', PlanStatus)
@EnumCheck('growth_plan', 'current_level', Level)
@EnumCheck('growth_plan', 'target_level', Level)
@EnumCheck('growth_plan', 'target_archetype', Archetype)
@Check('growth_plan_weekly_hours_check', 'weekly_hours >= 1 AND weekly_hours <= 80')
export class GrowthPlan extends VersionedRow {
  @ReferenceColumn('growth_plan', 'owner_id', () => Person, { onDelete: 'CASCADE' })
  ownerId: string;

  /** The owner's manager when the plan was started (kept in step with manager changes). */
  @ReferenceColumn('growth_plan', 'manager_id', () => Person)
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
  @HoursColumn('weekly_hours')
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

/**
 * The plan a row belongs to: `plan_id` references `growth_plan` and goes with it (ON DELETE
 * CASCADE); indexed alone unless `index: false`.
 */
export function PlanColumn(table: string, { index }: Pick<ReferenceOptions, 'index'> = {}): PropertyDecorator {
  return ReferenceColumn(table, 'plan_id', () => GrowthPlan, { onDelete: 'CASCADE', index });
}
