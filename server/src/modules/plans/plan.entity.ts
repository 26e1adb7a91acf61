import { Archetype, Level, PlanStatus } from '@fulcrum/shared';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { numericNumber } from '../../db/transformers';

/** A growth plan: the shared workspace of a report (owner) and their manager. */
@ObjectType('GrowthPlan')
@Entity({ name: 'growth_plan' })
export class GrowthPlan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

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
  @Column({ name: 'weekly_hours', type: 'numeric', precision: 5, scale: 2, transformer: numericNumber })
  weeklyHours: number;

  /** The narrative both sides write on top of the generated promotion case. */
  @Field({ description: 'The narrative both sides write on top of the generated promotion case (Markdown).' })
  @Column({ name: 'promotion_narrative', type: 'text', default: '' })
  promotionNarrative: string;

  @Field(() => Int)
  @Column({ name: 'promotion_narrative_version', type: 'integer', default: 1 })
  promotionNarrativeVersion: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
