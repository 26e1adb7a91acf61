import { GoalStatus, Lever, Leverage, Mode, type GoalShift } from '@fulcrum/shared';
import { Field } from 'type-graphql';
import { ObjectType } from '../../graphql/object-type';
import { Column, Entity } from 'typeorm';
import { VersionedRow } from '../../db/base.entity';
import { numericNumber } from '../../db/transformers';

/**
 * A change goal (§2.4): stop or shrink one activity, start or grow another. The names, modes
 * and leverage of both sides are kept so the goal still reads right once its activities have
 * changed or left the week.
 */
@ObjectType()
@Entity({ name: 'change_goal' })
export class ChangeGoal extends VersionedRow {
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => Lever)
  @Column({ type: 'text' })
  lever: Lever;

  @Field(() => GoalStatus)
  @Column({ type: 'text' })
  status: GoalStatus;

  @Column({ name: 'gap_id', type: 'uuid', nullable: true })
  gapId: string | null;

  @Column({ name: 'stop_activity_id', type: 'uuid', nullable: true })
  stopActivityId: string | null;

  @Column({ name: 'stop_activity_name', type: 'text', nullable: true })
  stopActivityName: string | null;

  @Column({ name: 'stop_mode', type: 'text', nullable: true })
  stopMode: Mode | null;

  @Column({ name: 'stop_leverage', type: 'text', nullable: true })
  stopLeverage: Leverage | null;

  @Column({
    name: 'stop_hours',
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: numericNumber,
  })
  stopHours: number | null;

  /** Hours of the stop already taken off the week by owned delegations serving this goal. */
  @Column({
    name: 'stop_freed_hours',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: numericNumber,
  })
  stopFreedHours: number;

  @Column({ name: 'start_activity_id', type: 'uuid', nullable: true })
  startActivityId: string | null;

  @Column({ name: 'start_activity_name', type: 'text', nullable: true })
  startActivityName: string | null;

  @Column({ name: 'start_mode', type: 'text', nullable: true })
  startMode: Mode | null;

  @Column({ name: 'start_leverage', type: 'text', nullable: true })
  startLeverage: Leverage | null;

  @Column({
    name: 'start_hours',
    type: 'numeric',
    precision: 5,
    scale: 2,
    transformer: numericNumber,
  })
  startHours: number;

  @Field(() => String, { nullable: true })
  @Column({ name: 'success_measure', type: 'text', nullable: true })
  successMeasure: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'target_quarter', type: 'text', nullable: true })
  targetQuarter: string | null;
}

/** The goal as the shared projection rules see it. */
export function goalShift(goal: ChangeGoal): GoalShift {
  return {
    id: goal.id,
    status: goal.status,
    // An activity that has since left the week matches nothing: only its hours still count.
    stop:
      goal.stopHours !== null
        ? { activityId: goal.stopActivityId ?? `left-the-week:${goal.id}`, hours: goal.stopHours }
        : null,
    stopAlreadyFreed: goal.stopFreedHours ?? 0,
    start: {
      activityId: goal.startActivityId,
      newActivityName: goal.startActivityName,
      mode: goal.startMode,
      leverage: goal.startLeverage,
      hours: goal.startHours,
    },
  };
}
