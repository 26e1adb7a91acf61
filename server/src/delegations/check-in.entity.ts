import { Side } from '@fulcrum/shared';
import { Field, Float, Int } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column, Index } from 'typeorm';
import { EnumCheck, ReferenceColumn } from '../core/db/constraints';
import { TenantRow } from '../core/db/base.entity';
import { TenantEntity } from '../identity/organizations/organization.entity';
import { Person } from '../identity/people/person.entity';
import { Delegation } from './delegation.entity';
import { HoursColumn } from '../core/db/transformers';

/** A check-in on a delegation by either side: confidence, coaching hours since the last one, a note. */
@ObjectType()
@TenantEntity('check_in')
@Index('check_in_delegation_id_idx', ['delegationId', 'at'])
@EnumCheck('check_in', 'side', Side)
@Check('check_in_confidence_check', 'confidence BETWEEN 1 AND 5')
@Check('check_in_coaching_hours_check', 'coaching_hours >= 0')
export class CheckIn extends TenantRow {
  // Not indexed alone: check_in_delegation_id_idx (delegation_id, at) serves the lookups.
  @ReferenceColumn('check_in', 'delegation_id', () => Delegation, { onDelete: 'CASCADE', index: false })
  delegationId: string;

  @Field(() => Side)
  @Column({ type: 'text' })
  side: Side;

  @ReferenceColumn('check_in', 'author_id', () => Person)
  authorId: string;

  @Field()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Field(() => Int)
  @Column({ type: 'integer' })
  confidence: number;

  @Field(() => Float)
  @HoursColumn('coaching_hours')
  coachingHours: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
