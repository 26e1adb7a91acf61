import {
  canAdvanceDelegation,
  CONFIDENCE_MAX,
  CONFIDENCE_MIN,
  DelegationStage,
  GoalStatus,
  handsOver,
  isId,
  isOpenGoal,
  requiredTextProblem,
  nextStages,
  roundHours,
  STAGE_LABELS,
  LIMITS,
} from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import type { Context } from '../core/context';
import { BadUserInputError, InvalidTransitionError } from '../core/errors';
import { assertValid, optionalText } from '../core/validation';
import { requireActor } from '../core/actor';
import { Person } from '../identity/people/person.entity';
import { Activity } from '../plans/activity.entity';
import { ChangeGoal } from '../plans/goal.entity';
import type { GrowthPlan } from '../plans/plan.entity';
import { assertVersion, changePlan } from '../plans/plan-change';
import { describeHours, hoursField, unfreedStopHours } from '../plans/week-budget';
import { CheckIn } from './check-in.entity';
import { Delegation } from './delegation.entity';
import type { AdvanceDelegationInput, CheckInInput, CreateDelegationInput } from './delegation.inputs';
import { assertCanAdvance, assertPlanNotArchived, checkInSide, readableDelegation } from './delegation.policy';

/** Hands (part of) an activity of the plan's owner to someone of the same organization. */
export async function createDelegation(ctx: Context, input: CreateDelegationInput): Promise<Delegation> {
  assertValid({
    learningObjective: requiredTextProblem(
      input.learningObjective,
      LIMITS.descriptionMax,
      'Say what concept the delegatee will learn and reuse.',
    ),
  });
  return changePlan(ctx, input.planId, async (em, plan) => {
    const activity = isId(input.activityId)
      ? await em.findOneBy(Activity, { id: input.activityId, planId: plan.id })
      : null;
    if (!activity) throw BadUserInputError.field('activityId', "Choose an activity of this plan's week.");
    hoursField('hoursPerWeek', input.hoursPerWeek, plan.weeklyHours);
    if (input.hoursPerWeek > activity.hoursPerWeek) {
      throw BadUserInputError.field(
        'hoursPerWeek',
        `"${activity.name}" only takes ${describeHours(activity.hoursPerWeek)} a week.`,
      );
    }
    const delegatee = isId(input.delegateeId)
      ? await em.findOneBy(Person, { id: input.delegateeId, organizationId: plan.organizationId })
      : null;
    if (!delegatee) throw BadUserInputError.field('delegateeId', 'Choose someone from your organization.');
    if (delegatee.id === plan.ownerId)
      throw BadUserInputError.field('delegateeId', 'Delegating means handing the work to someone else.');
    if (input.goalId) await assertServesGoal(em, plan, input.goalId, activity);

    return em.save(
      em.create(Delegation, {
        organizationId: plan.organizationId,
        planId: plan.id,
        activityId: activity.id,
        activityName: activity.name,
        delegatorId: plan.ownerId,
        delegateeId: delegatee.id,
        hoursPerWeek: input.hoursPerWeek,
        learningObjective: input.learningObjective.trim(),
        goalId: input.goalId ?? null,
        stage: DelegationStage.PLANNED,
        handedOverAt: null,
      }),
    );
  });
}

/** A delegation may serve an open goal of the same plan that stops the delegated activity. */
async function assertServesGoal(
  em: EntityManager,
  plan: GrowthPlan,
  goalId: string,
  activity: Activity,
): Promise<void> {
  const goal = isId(goalId) ? await em.findOneBy(ChangeGoal, { id: goalId, planId: plan.id }) : null;
  if (!goal || !isOpenGoal(goal.status))
    throw BadUserInputError.field('goalId', 'Choose a proposed or active goal of this plan.');
  if (goal.stopActivityId !== activity.id) {
    throw BadUserInputError.field(
      'goalId',
      `"${goal.title}" does not stop "${activity.name}": a delegation serves the goal whose hours it frees.`,
    );
  }
}

/**
 * Moves a delegation forward (one step or more) or to RECLAIMED. Reaching REVIEWING records
 * the hand-over; reaching OWNED takes the hours off the activity in the same transaction and,
 * for a delegation serving a goal, counts them as that goal's stop so they are never taken twice.
 */
export async function advanceDelegation(ctx: Context, input: AdvanceDelegationInput): Promise<Delegation> {
  const { delegation: visible, access } = await readableDelegation(ctx, input.id);
  assertCanAdvance(access);
  const saved = await changePlan(ctx, visible.planId, async (em, plan) => {
    const delegation = await em.findOneByOrFail(Delegation, { id: visible.id, planId: plan.id });
    assertVersion(delegation, input.version, delegation);
    const from = delegation.stage;
    if (!canAdvanceDelegation(from, input.stage)) {
      const allowed = nextStages(from);
      throw new InvalidTransitionError(
        `A delegation in ${STAGE_LABELS[from]} cannot move to ${STAGE_LABELS[input.stage]}.${allowed.length ? ` It can move to ${allowed.map((s) => STAGE_LABELS[s]).join(', ')}.` : ' It is final.'}`,
      );
    }
    if (handsOver(from, input.stage)) delegation.handedOverAt = new Date();
    delegation.stage = input.stage;
    if (input.stage === DelegationStage.OWNED) await takeHoursOffTheWeek(em, delegation);
    return em.save(delegation);
  });
  ctx.loaders.delegations.delegation.clear(saved.id);
  return saved;
}

/**
 * OWNED: the delegation's hours leave the activity (removed at 0). When it serves a goal, the
 * hours it frees count as that goal's stop (up to the stop's hours): the projected week and the
 * goal's DONE then take only the rest. A goal already DONE has taken its stop off the week: the
 * part of the delegation it covered is not taken a second time.
 */
async function takeHoursOffTheWeek(em: EntityManager, delegation: Delegation): Promise<void> {
  const goal = delegation.goalId
    ? await em.findOneBy(ChangeGoal, { id: delegation.goalId, planId: delegation.planId })
    : null;
  const stopLeft = goal && goal.status !== GoalStatus.DROPPED ? roundHours(unfreedStopHours(goal)) : 0;
  const freesOfStop = roundHours(Math.min(delegation.hoursPerWeek, stopLeft));
  const alreadyTaken = goal?.status === GoalStatus.DONE ? freesOfStop : 0;
  const hours = roundHours(delegation.hoursPerWeek - alreadyTaken);

  const activity = delegation.activityId
    ? await em.findOneBy(Activity, { id: delegation.activityId, planId: delegation.planId })
    : null;
  if (activity && hours > 0) {
    const remaining = roundHours(Math.max(0, activity.hoursPerWeek - hours));
    if (remaining === 0) {
      await em.delete(Activity, { id: activity.id });
      delegation.activityId = null;
    } else {
      await em.update(Activity, { id: activity.id }, { hoursPerWeek: remaining, version: activity.version + 1 });
    }
  }
  if (goal && freesOfStop > 0) {
    await em.update(
      ChangeGoal,
      { id: goal.id },
      { stopFreedHours: roundHours(goal.stopFreedHours + freesOfStop), version: goal.version + 1 },
    );
  }
}

/** Records a check-in; the side comes from who the viewer is. */
export async function checkIn(ctx: Context, input: CheckInInput): Promise<CheckIn> {
  const viewer = requireActor(ctx);
  const { delegation, access } = await readableDelegation(ctx, input.delegationId);
  const side = checkInSide(ctx, delegation, access);
  await assertPlanNotArchived(ctx, delegation);
  assertValid({
    confidence:
      Number.isInteger(input.confidence) && input.confidence >= CONFIDENCE_MIN && input.confidence <= CONFIDENCE_MAX
        ? null
        : `Rate confidence from ${CONFIDENCE_MIN} to ${CONFIDENCE_MAX}.`,
    coachingHours:
      Number.isFinite(input.coachingHours) && input.coachingHours >= 0 && input.coachingHours <= 168
        ? null
        : 'Coaching hours are 0 or more (and no more than a week).',
  });
  if (delegation.stage === DelegationStage.RECLAIMED)
    throw new InvalidTransitionError('This delegation was reclaimed; it takes no more check-ins.');
  const saved = await ctx.app.db.getRepository(CheckIn).save({
    organizationId: delegation.organizationId,
    delegationId: delegation.id,
    side,
    authorId: viewer.personId,
    at: new Date(),
    confidence: input.confidence,
    coachingHours: roundHours(input.coachingHours),
    note: optionalText(input.note),
  });
  ctx.loaders.delegations.checkInsByDelegation.clear(delegation.id);
  return saved;
}

/** Delegations where the viewer is the delegatee, oldest first. */
export function delegationsToMe(ctx: Context): Promise<Delegation[]> {
  const viewer = requireActor(ctx);
  return ctx.loaders.delegations.delegationsByDelegatee.load(viewer.personId);
}

export async function loadDelegation(ctx: Context, id: string): Promise<Delegation> {
  const { delegation } = await readableDelegation(ctx, id);
  return delegation;
}
