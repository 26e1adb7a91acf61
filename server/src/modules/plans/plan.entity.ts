import { Archetype, Level, PlanStatus } from '@fulcrum/shared';
import { Field, Float, Int } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type';
import { Column, Entity } from 'typeorm';
import { VersionedRow } from '../../db/base.entity';
import { numericNumber } from '../../db/transformers';

/** A growth plan: the shared workspace of a report (owner) and their manager. */
@ObjectType('GrowthPlan')
@Entity({ name: 'growth_plan' })
export class GrowthPlan extends VersionedRow {
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  /** The owner's manager when the plan was started (kept in step with manager changes). */
  @Column({ name: 'manager_id', type: 'uuid' })
  managerId: string;

  @Field(() => PlanStatus)
  @Column({ type: 'text' })
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
