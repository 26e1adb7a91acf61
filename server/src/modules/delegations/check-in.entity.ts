import { Side } from '@fulcrum/shared';
import { Field, Float, Int } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type';
import { Column, Entity } from 'typeorm';
import { TenantRow } from '../../db/base.entity';
import { numericNumber } from '../../db/transformers';

/** A check-in on a delegation by either side: confidence, coaching hours since the last one, a note. */
@ObjectType()
@Entity({ name: 'check_in' })
export class CheckIn extends TenantRow {
  @Column({ name: 'delegation_id', type: 'uuid' })
  delegationId: string;

  @Field(() => Side)
  @Column({ type: 'text' })
  side: Side;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Field()
  @Column({ type: 'timestamptz' })
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
