import { GoalStatus, Lever, Leverage, Mode, type GoalShift } from '@fulcrum/shared';
import { Field } from 'type-graphql';
import { ObjectType } from '../core/object-type';
import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { VersionedRow } from '../core/db/base.entity';
import { Organization } from '../identity/organizations/organization.entity';
import { Activity } from './activity.entity';
import { Gap } from './gap.entity';
import { GrowthPlan } from './plan.entity';
import { numericNumber } from '../core/db/transformers';

const MODES = "('DOING','MULTIPLYING')";
const LEVERAGES = "('HIGH','NEUTRAL','OVERHEAD')";

/**
 * A change goal (§2.4): stop or shrink one activity, start or grow another. The names, modes
 * and leverage of both sides are kept so the goal still reads right once its activities have
 * changed or left the week.
 */
@ObjectType()
@Entity({ name: 'change_goal' })
@ForeignKey(() => Organization, ['organizationId'], ['id'], {
  name: 'change_goal_organization_id_fkey',
  onDelete: 'CASCADE',
})
@Index('change_goal_organization_id_idx', ['organizationId'])
@Check(
  'change_goal_lever_check',
  "lever IN ('BUILD_TOOLS_AND_ASSETS','SHARE_KNOWLEDGE','PUSH_IMPROVEMENTS_WIDELY','INVEST_TO_MULTIPLY','OWN_END_TO_END','LEAD_TECHNICAL_DECISIONS','OWN_SYSTEM_STATE','EXTEND_TIME_HORIZON','DEVELOP_OTHERS_WITH_MANAGERS','REPRESENT_EXPERTISE')",
)
@Check('change_goal_status_check', "status IN ('PROPOSED','ACTIVE','DONE','DROPPED')")
@Check('change_goal_stop_mode_check', `stop_mode IN ${MODES}`)
@Check('change_goal_stop_leverage_check', `stop_leverage IN ${LEVERAGES}`)
@Check('change_goal_stop_hours_check', 'stop_hours >= 0')
@Check('change_goal_stop_freed_hours_check', 'stop_freed_hours >= 0')
@Check('change_goal_start_mode_check', `start_mode IN ${MODES}`)
@Check('change_goal_start_leverage_check', `start_leverage IN ${LEVERAGES}`)
@Check('change_goal_start_hours_check', 'start_hours > 0')
@Check('change_goal_target_quarter_check', "target_quarter ~ '^[0-9]{4}-Q[1-4]$'")
export class ChangeGoal extends VersionedRow {
  @Column({ name: 'plan_id', type: 'uuid' })
  @ForeignKey(() => GrowthPlan, { name: 'change_goal_plan_id_fkey', onDelete: 'CASCADE' })
  @Index('change_goal_plan_id_idx')
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

  @Column({ name: 'gap_id', type: 'uuid', nullable: true })
  @ForeignKey(() => Gap, { name: 'change_goal_gap_id_fkey', onDelete: 'SET NULL' })
  @Index('change_goal_gap_id_idx')
  gapId: string | null;

  @Column({ name: 'stop_activity_id', type: 'uuid', nullable: true })
  @ForeignKey(() => Activity, { name: 'change_goal_stop_activity_id_fkey', onDelete: 'SET NULL' })
  @Index('change_goal_stop_activity_id_idx')
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
    default: 0,
    transformer: numericNumber,
  })
  stopFreedHours: number;

  @Column({ name: 'start_activity_id', type: 'uuid', nullable: true })
  @ForeignKey(() => Activity, { name: 'change_goal_start_activity_id_fkey', onDelete: 'SET NULL' })
  @Index('change_goal_start_activity_id_idx')
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
    // Unset on a goal created but not saved yet (addGoal projects it first): the column's default, 0.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined until inserted
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

/** A goal as the anti-pattern rules read it (the live findings and a reflection's frozen ones). */
export function goalFindingFacts(goal: ChangeGoal) {
  return { title: goal.title, status: goal.status, stop: goalShift(goal).stop, startHours: goal.startHours };
}
