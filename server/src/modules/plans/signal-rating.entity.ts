import { RatingSide, SignalKey, SignalRating } from '@fulcrum/shared';
import { Column, Entity, UpdateDateColumn } from 'typeorm';
import { TenantRow } from '../../db/base.entity';

/** One side's rating of one signal of a plan (unique per plan, signal and side). */
@Entity({ name: 'signal_rating' })
export class SignalRatingRow extends TenantRow {
  @Column({ name: 'plan_id', type: 'uuid' })
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
  ratedById: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
