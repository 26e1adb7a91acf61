import { RatingSide, SignalKey, SignalRating } from '@fulcrum/shared';
import { Column, Unique } from 'typeorm';
import { EnumCheck, ReferenceColumn } from '../core/db/constraints';
import { TenantRow, UpdatedAtColumn } from '../core/db/base.entity';
import { TenantEntity } from '../identity/organizations/organization.entity';
import { Person } from '../identity/people/person.entity';
import { PlanColumn } from './plan.entity';

/** One side's rating of one signal of a plan (unique per plan, signal and side). */
@TenantEntity('signal_rating')
@Unique('signal_rating_plan_id_signal_side_key', ['planId', 'signal', 'side'])
@EnumCheck('signal_rating', 'signal', SignalKey)
@EnumCheck('signal_rating', 'side', RatingSide)
@EnumCheck('signal_rating', 'rating', SignalRating)
export class SignalRatingRow extends TenantRow {
  // Not indexed alone: signal_rating_plan_id_signal_side_key serves the lookups.
  @PlanColumn('signal_rating', { index: false })
  planId: string;

  @Column({ type: 'text' })
  signal: SignalKey;

  @Column({ type: 'text' })
  side: RatingSide;

  @Column({ type: 'text' })
  rating: SignalRating;

  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @ReferenceColumn('signal_rating', 'rated_by_id', () => Person)
  ratedById: string;

  @UpdatedAtColumn()
  updatedAt: Date;
}
