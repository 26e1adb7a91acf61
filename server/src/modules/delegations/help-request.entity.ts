import { GuidanceHorizon, HelpDecision } from '@fulcrum/shared';
import { Field, Float } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type';
import { Column, Entity } from 'typeorm';
import { VersionedRow } from '../../db/base.entity';
import { numericNumber } from '../../db/transformers';

/** A request for help that reached the plan's owner, with the four triage answers (§2.6). */
@ObjectType()
@Entity({ name: 'help_request' })
export class HelpRequest extends VersionedRow {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'requester_id', type: 'uuid', nullable: true })
  requesterId: string | null;

  @Field()
  @Column({ name: 'requester_name', type: 'text' })
  requesterName: string;

  @Field()
  @Column({ type: 'text' })
  topic: string;

  @Field()
  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Field()
  @Column({ name: 'unique_skill', type: 'boolean' })
  uniqueSkill: boolean;

  @Field()
  @Column({ name: 'reusable_lesson', type: 'boolean' })
  reusableLesson: boolean;

  @Field()
  @Column({ name: 'owning_team_exists', type: 'boolean' })
  owningTeamExists: boolean;

  @Field(() => GuidanceHorizon)
  @Column({ name: 'guidance_horizon', type: 'text' })
  guidanceHorizon: GuidanceHorizon;

  @Field(() => HelpDecision, { nullable: true })
  @Column({ type: 'text', nullable: true })
  decision: HelpDecision | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'redirected_to', type: 'text', nullable: true })
  redirectedTo: string | null;

  @Field(() => Float)
  @Column({
    name: 'hours_spent',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: numericNumber,
  })
  hoursSpent: number;
}
