import { GoalStatus, Lever, Leverage, Mode, type GoalShift } from '@fulcrum/shared';
import { Field } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column } from 'typeorm';
import { EnumCheck, QuarterCheck, ReferenceColumn } from '../core/db/constraints';
import { VersionedRow } from '../core/db/base.entity';
import { TenantEntity } from '../identity/organizations/organization.entity';
import { Activity } from './activity.entity';
import { Gap } from './gap.entity';
import { PlanColumn } from './plan.entity';
import { HoursColumn } from '../core/db/transformers';

/**
 * A change goal (§2.4): stop or shrink one activity, start or grow another. The names, modes
 * and leverage of both sides are kept so the goal still reads right once its activities have
 * changed or left the week.
 */
@ObjectType()
@TenantEntity('change_goal')
@EnumCheck('change_goal', 'lever', Lever)
@EnumCheck('change_goal', 'status', GoalStatus)
@EnumCheck('change_goal', 'stop_mode', Mode)
@EnumCheck('change_goal', 'stop_leverage', Leverage)
@Check('change_goal_stop_hours_check', 'stop_hours >= 0')
@Check('change_goal_stop_freed_hours_check', 'stop_freed_hours >= 0')
@EnumCheck('change_goal', 'start_mode', Mode)
@EnumCheck('change_goal', 'start_leverage', Leverage)
@Check('change_goal_start_hours_check', 'start_hours > 0')
@QuarterCheck('change_goal', 'target_quarter')
export class ChangeGoal extends VersionedRow {
  @PlanColumn('change_goal')
  planId: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => Lever)
  @Column({ type: 'text' })
  lever: Lever;

  @Field(() => GoalStatus)
  @Column({ type: 'text', default: 'PROPOSED' })
  status: GoalStatus;

  @ReferenceColumn('change_goal', 'gap_id', () => Gap, { onDelete: 'SET NULL' })
  gapId: string | null;

  @ReferenceColumn('change_goal', 'stop_activity_id', () => Activity, { onDelete: 'SET NULL' })
  stopActivityId: string | null;

  @Column({ name: 'stop_activity_name', type: 'text', nullable: true })
  stopActivityName: string | null;

  @Column({ name: 'stop_mode', type: 'text', nullable: true })
  stopMode: Mode | null;

  @Column({ name: 'stop_leverage', type: 'text', nullable: true })
  stopLeverage: Leverage | null;

  @HoursColumn('stop_hours', { nullable: true })
  stopHours: number | null;

  /** Hours of the stop already taken off the week by owned delegations serving this goal. */
  @HoursColumn('stop_freed_hours', { default: 0 })
  stopFreedHours: number;

  @ReferenceColumn('change_goal', 'start_activity_id', () => Activity, { onDelete: 'SET NULL' })
  startActivityId: string | null;

  @Column({ name: 'start_activity_name', type: 'text', nullable: true })
  startActivityName: string | null;

  @Column({ name: 'start_mode', type: 'text', nullable: true })
  startMode: Mode | null;

  @Column({ name: 'start_leverage', type: 'text', nullable: true })
  startLeverage: Leverage | null;

  @HoursColumn('start_hours')
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
    stopAlreadyFreed: goal.stopFreedHours,
    start: {
      activityId: goal.startActivityId,
      newActivityName: goal.startActivityName,
      mode: goal.startMode,
      leverage: goal.startLeverage,
      hours: goal.startHours,
    },
  };
}

/** A goal as the anti-pattern rules read it (the live findings and a reflection's frozen ones). */
export function goalFindingFacts(goal: ChangeGoal) {
  return { title: goal.title, status: goal.status, stop: goalShift(goal).stop, startHours: goal.startHours };
}
