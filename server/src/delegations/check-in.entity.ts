import { Side } from '@fulcrum/shared';
import { Field, Float, Int } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { TenantRow } from '../core/db/base.entity';
import { Organization } from '../identity/organizations/organization.entity';
import { Person } from '../identity/people/person.entity';
import { Delegation } from './delegation.entity';
import { numericNumber } from '../core/db/transformers';

/** A check-in on a delegation by either side: confidence, coaching hours since the last one, a note. */
@ObjectType()
@Entity({ name: 'check_in' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'check_in_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('check_in_organization_id_idx', ['organizationId'])
@Index('check_in_delegation_id_idx', ['delegationId', 'at'])
@Check('check_in_side_check', "side IN ('DELEGATOR','DELEGATEE')")
@Check('check_in_confidence_check', 'confidence BETWEEN 1 AND 5')
@Check('check_in_coaching_hours_check', 'coaching_hours >= 0')
export class CheckIn extends TenantRow {
  @Column({ name: 'delegation_id', type: 'uuid' })
  @ForeignKey(() => Delegation, { name: 'check_in_delegation_id_fkey', onDelete: 'CASCADE' })
  delegationId: string;

  @Field(() => Side)
  @Column({ type: 'text' })
  side: Side;

  @Column({ name: 'author_id', type: 'uuid' })
  @ForeignKey(() => Person, { name: 'check_in_author_id_fkey' })
  @Index('check_in_author_id_idx')
  authorId: string;

  @Field()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Field(() => Int)
  @Column({ type: 'integer' })
  confidence: number;

  @Field(() => Float)
  @Column({
    name: 'coaching_hours',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: numericNumber,
  })
  coachingHours: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
