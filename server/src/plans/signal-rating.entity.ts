import { RatingSide, SignalKey, SignalRating } from '@fulcrum/shared';
import { Check, Column, Entity, ForeignKey, Index, Unique, UpdateDateColumn } from 'typeorm';
import { TenantRow } from '../core/db/base.entity';
import { Organization } from '../identity/organizations/organization.entity';
import { Person } from '../identity/people/person.entity';
import { GrowthPlan } from './plan.entity';

/** One side's rating of one signal of a plan (unique per plan, signal and side). */
@Entity({ name: 'signal_rating' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'signal_rating_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('signal_rating_organization_id_idx', ['organizationId'])
@Unique('signal_rating_plan_id_signal_side_key', ['planId', 'signal', 'side'])
@Check(
  'signal_rating_signal_check',
  "signal IN ('REPLACEMENT_GAP','ROTATION_DOUBT','INCONSISTENCY','DIMINISHING_RETURNS','FEEDBACK_DRIES_UP','ROLE_MODEL','CROSS_SPECIALTY_CONTACT')",
)
@Check('signal_rating_side_check', "side IN ('SELF','MANAGER')")
@Check('signal_rating_rating_check', "rating IN ('NOT_SEEN','EMERGING','CLEAR')")
export class SignalRatingRow extends TenantRow {
  @Column({ name: 'plan_id', type: 'uuid' })
  @ForeignKey(() => GrowthPlan, { name: 'signal_rating_plan_id_fkey', onDelete: 'CASCADE' })
  planId: string;

  @Column({ type: 'text' })
  signal: SignalKey;

  @Column({ type: 'text' })
  side: RatingSide;

  @Column({ type: 'text' })
  rating: SignalRating;

  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @Column({ name: 'rated_by_id', type: 'uuid' })
  @ForeignKey(() => Person, { name: 'signal_rating_rated_by_id_fkey' })
  @Index('signal_rating_rated_by_id_idx')
  ratedById: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
