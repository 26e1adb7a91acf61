import {
  activityHoursProblem,
  DelegationStage,
  canTransitionGoal,
  canTransitionPlan,
  closedQuarterAfter,
  GapStatus,
  GoalStatus,
  handOffCandidates,
  isId,
  isOpenGoal,
  isQuarter,
  Level,
  nameProblem,
  nextGoalStatuses,
  overBudget,
  PlanStatus,
  projectWeek,
  applyShift,
  quarterOf,
  roundHours,
  totalHours,
  weeklyHoursProblem,
  LIMITS,
  type GoalShift,
  type WeekActivity,
} from '@fulcrum/shared';
import { In, Not, type EntityManager } from 'typeorm';
import { Delegation } from '../delegations/delegation.entity';
import type { Context } from '../../graphql/context';
import {
  BadUserInputError,
  BudgetExceededError,
  ConflictError,
  InvalidTransitionError,
  NotFoundError,
} from '../../graphql/errors';
import { assertValid, isUniqueViolation, optionalText } from '../../graphql/validation';
import { requireViewer } from '../accounts/auth.service';
import { loadVisiblePerson } from '../people/people.service';
import { Activity } from './activity.entity';
import { Gap } from './gap.entity';
import { ChangeGoal, goalShift } from './goal.entity';
import type {
  AddActivityInput,
  AddGapInput,
  AddGoalInput,
  HoursShiftInput,
  RateSignalInput,
  StartPlanInput,
  UpdateActivityInput,
  UpdateGapInput,
  UpdateGoalInput,
  UpdatePlanInput,
} from './plan.inputs';
import { GrowthPlan } from './plan.entity';
import { assertCanStartPlan, assertCanWritePlan, readablePlan, sideOf } from './plan.policy';
import { SignalRatingRow } from './signal-rating.entity';

// ---------------------------------------------------------------- transactions and checks

/**
 * Runs a change to a plan in one transaction that first locks the plan row: every check made
 * inside (the hours budget above all) holds against concurrent requests on the same plan.
 */
export async function changePlan<T>(
  ctx: Context,
  planId: string,
  change: (em: EntityManager, plan: GrowthPlan) => Promise<T>,
): Promise<T> {
  const visible = await readablePlan(ctx, planId);
  await assertCanWritePlan(ctx, visible);
  const result = await ctx.app.db.transaction(async (em) => {
    const plan = await em
      .getRepository(GrowthPlan)
      .createQueryBuilder('p')
      .where('p.id = :id AND p.organization_id = :organizationId', {
        id: visible.id,
        organizationId: visible.organizationId,
      })
      .setLock('pessimistic_write')
      .getOne();
    if (!plan) throw new NotFoundError('plan');
    // Re-checked under the lock: the plan may have been archived or handed to another manager meanwhile.
    await assertCanWritePlan(ctx, plan);
    return change(em, plan);
  });
  forgetPlan(ctx, planId);
  return result;
}

/** Drops what this request cached about a plan, so the response shows the change. */
function forgetPlan(ctx: Context, planId: string): void {
  const loaders = ctx.loaders.plans;
  loaders.plan.clear(planId);
  loaders.signalsByPlan.clear(planId);
  loaders.gapsByPlan.clear(planId);
  loaders.activitiesByPlan.clear(planId);
  loaders.goalsByPlan.clear(planId);
  ctx.loaders.delegations.delegationsByPlan.clear(planId);
  ctx.loaders.delegations.recentRequestsByPlan.clear(planId);
  ctx.loaders.delegations.helpRequestPage.clearAll();
  ctx.loaders.delegations.helpRequestCountByPlan.clear(planId);
}

export function assertVersion(current: { version: number }, given: number, snapshot: object): void {
  if (current.version !== given) {
    const { organizationId: _organization, ...fields } = snapshot as Record<string, unknown>;
    throw new ConflictError({ ...fields, version: current.version });
  }
}

/**
 * The plan of a child row (gap, activity, goal) the viewer can read, or NOT_FOUND named after
 * the row. A signed-out request is UNAUTHENTICATED before anything is looked up.
 */
export async function planOf(
  ctx: Context,
  what: string,
  load: () => Promise<{ planId: string } | null>,
): Promise<string> {
  requireViewer(ctx);
  const row = await load();
  if (!row) throw new NotFoundError(what);
  try {
    await readablePlan(ctx, row.planId);
  } catch (error) {
    throw error instanceof NotFoundError ? new NotFoundError(what) : error;
  }
  return row.planId;
}

interface WeekState {
  activities: Activity[];
  goals: ChangeGoal[];
}

/** The week in the plan's write transaction: one statement after the other on its single connection. */
async function weekState(em: EntityManager, plan: GrowthPlan): Promise<WeekState> {
  const options = {
    where: { planId: plan.id, organizationId: plan.organizationId },
    order: { createdAt: 'ASC', id: 'ASC' },
  } as const;
  const activities = await em.find(Activity, options);
  const goals = await em.find(ChangeGoal, options);
  return { activities, goals };
}

export function describeHours(hours: number): string {
  return `${roundHours(hours)} h`;
}

/** BUDGET_EXCEEDED when `week` is over the budget, naming the activities worth handing off. */
function assertWithinBudget(
  plan: GrowthPlan,
  week: readonly WeekActivity[],
  what: string,
  current: readonly WeekActivity[] = week,
  label: 'week' | 'projected week' = 'week',
): void {
  const total = totalHours(week);
  const over = overBudget(plan.weeklyHours, total);
  if (over === 0) return;
  const candidates = handOffCandidates(current.filter((a) => !a.id.startsWith('new:')));
  const suggestion = candidates.length
    ? ` Hand off or shrink first: ${candidates
        .slice(0, 3)
        .map((a) => `${a.name} (${describeHours(a.hoursPerWeek)})`)
        .join(', ')}.`
    : '';
  throw new BudgetExceededError(
    over,
    `${what} would take the ${label} to ${describeHours(total)}, ${describeHours(over)} over the ${describeHours(plan.weeklyHours)} budget.${suggestion}`,
    {
      budgetHours: plan.weeklyHours,
      totalHours: total,
      handOff: candidates.map((a) => ({
        activityId: a.id,
        name: a.name,
        hoursPerWeek: a.hoursPerWeek,
      })),
    },
  );
}

/** The week must fit the budget today and, with every open goal applied, once projected. */
function assertWeekFits(
  plan: GrowthPlan,
  week: readonly WeekActivity[],
  goals: readonly ChangeGoal[],
  what: string,
  current: readonly WeekActivity[],
): void {
  assertWithinBudget(plan, week, what, current);
  assertWithinBudget(plan, projectWeek(week, goals.map(goalShift)), what, current, 'projected week');
}

/**
 * Hours of an activity that open goals have not already claimed to stop: two goals can never
 * free the same hours.
 */
function unclaimedStopHours(activity: Activity, goals: readonly ChangeGoal[], exceptGoalId?: string): number {
  const claimed = goals
    .filter(
      (g) => g.id !== exceptGoalId && isOpenGoal(g.status) && g.stopActivityId === activity.id && g.stopHours !== null,
    )
    .reduce((sum, g) => sum + Math.max(0, g.stopHours! - g.stopFreedHours), 0);
  return roundHours(Math.max(0, activity.hoursPerWeek - claimed));
}

function assertStopAvailable(
  field: string,
  hours: number,
  activity: Activity,
  goals: readonly ChangeGoal[],
  exceptGoalId?: string,
): void {
  const left = unclaimedStopHours(activity, goals, exceptGoalId);
  if (hours <= left) return;
  throw BadUserInputError.field(
    field,
    left === activity.hoursPerWeek
      ? `"${activity.name}" only takes ${describeHours(activity.hoursPerWeek)} a week.`
      : `Other goals already stop ${describeHours(activity.hoursPerWeek - left)} of "${activity.name}"; at most ${describeHours(left)} are left to free.`,
  );
}

export function hoursField(field: string, hours: number, budget: number): void {
  assertValid({ [field]: activityHoursProblem(hours, budget) });
}

// ---------------------------------------------------------------- plans

export async function startPlan(ctx: Context, input: StartPlanInput): Promise<GrowthPlan> {
  const owner = await loadVisiblePerson(ctx, input.ownerId);
  await assertCanStartPlan(ctx, owner.id);
  if (!owner.managerId) {
    throw BadUserInputError.field(
      'ownerId',
      `${owner.name} has no manager yet. Set their manager before starting a plan.`,
    );
  }
  const organization = await ctx.loaders.organization.load(owner.organizationId);
  const weeklyHours = input.weeklyHours ?? organization!.defaultWeeklyHours;
  assertValid({ weeklyHours: weeklyHoursProblem(weeklyHours) });
  try {
    return await ctx.app.db.getRepository(GrowthPlan).save({
      organizationId: owner.organizationId,
      ownerId: owner.id,
      managerId: owner.managerId,
      status: PlanStatus.DRAFT,
      currentLevel: owner.level,
      targetLevel: input.targetLevel ?? Level.LEAD,
      targetArchetype: input.targetArchetype ?? null,
      weeklyHours,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'growth_plan_one_open_per_owner')) {
      throw BadUserInputError.field(
        'ownerId',
        `${owner.name} already has a plan. Archive it before starting a new one.`,
      );
    }
    throw error;
  }
}

export async function updatePlan(ctx: Context, input: UpdatePlanInput): Promise<GrowthPlan> {
  return changePlan(ctx, input.id, async (em, plan) => {
    assertVersion(plan, input.version, plan);
    if (input.status != null && input.status !== plan.status) {
      if (!canTransitionPlan(plan.status, input.status)) {
        throw new InvalidTransitionError(
          `A ${plan.status.toLowerCase()} plan cannot become ${input.status.toLowerCase()}.`,
        );
      }
      plan.status = input.status;
    }
    if (input.targetLevel != null) plan.targetLevel = input.targetLevel;
    if (input.targetArchetype !== undefined) plan.targetArchetype = input.targetArchetype;
    if (input.weeklyHours != null) {
      assertValid({ weeklyHours: weeklyHoursProblem(input.weeklyHours) });
      plan.weeklyHours = input.weeklyHours;
      const { activities, goals } = await weekState(em, plan);
      assertWithinBudget(plan, activities, 'A smaller budget');
      assertWithinBudget(
        plan,
        projectWeek(activities, goals.map(goalShift)),
        'A smaller budget',
        activities,
        'projected week',
      );
    }
    return em.save(plan);
  });
}

/**
 * §4b: the record belongs to the report. When their manager changes, the open plan follows in
 * the same transaction: the new manager becomes the plan's manager (and a 1:1 participant),
 * the old one loses access at once. A plan cannot be left without a manager.
 */
export async function handOverOpenPlan(
  em: EntityManager,
  owner: { id: string; name: string; organizationId: string },
  newManagerId: string | null,
): Promise<void> {
  const open = await em
    .getRepository(GrowthPlan)
    .createQueryBuilder('p')
    .where('p.owner_id = :ownerId AND p.organization_id = :organizationId AND p.status <> :archived', {
      ownerId: owner.id,
      organizationId: owner.organizationId,
      archived: PlanStatus.ARCHIVED,
    })
    .setLock('pessimistic_write')
    .getOne();
  if (!open || open.managerId === newManagerId) return;
  if (newManagerId === null) {
    throw BadUserInputError.field(
      'managerId',
      `${owner.name} has an open growth plan: choose their new manager, or archive the plan first.`,
    );
  }
  await em.update(GrowthPlan, { id: open.id }, { managerId: newManagerId, version: open.version + 1 });
  // A sign-off given by the previous manager is not the new manager's: they sign again.
  await em.query(
    `UPDATE reflection SET signed_off_by_manager = false, version = version + 1 WHERE plan_id = $1 AND status <> 'SIGNED_OFF' AND signed_off_by_manager`,
    [open.id],
  );
}

// ---------------------------------------------------------------- signals

/** Stores the rating on the viewer's side: the owner rates SELF, the direct manager MANAGER. */
export async function rateSignal(ctx: Context, input: RateSignalInput): Promise<GrowthPlan> {
  return changePlan(ctx, input.planId, async (em, plan) => {
    const side = sideOf(ctx, plan);
    await em
      .createQueryBuilder()
      .insert()
      .into(SignalRatingRow)
      .values({
        organizationId: plan.organizationId,
        planId: plan.id,
        signal: input.signal,
        side,
        rating: input.rating,
        evidence: optionalText(input.evidence),
        ratedById: ctx.viewer!.personId,
      })
      .orUpdate(['rating', 'evidence', 'rated_by_id', 'updated_at'], ['plan_id', 'signal', 'side'])
      .execute();
    return plan;
  });
}

// ---------------------------------------------------------------- gaps

export async function addGap(ctx: Context, input: AddGapInput): Promise<Gap> {
  assertValid({ title: nameProblem(input.title, LIMITS.titleMax) });
  return changePlan(ctx, input.planId, (em, plan) =>
    em.save(
      em.create(Gap, {
        organizationId: plan.organizationId,
        planId: plan.id,
        kind: input.kind,
        title: input.title.trim(),
        description: optionalText(input.description),
        evidence: optionalText(input.evidence),
        status: GapStatus.OPEN,
        openedQuarter: quarterOf(new Date()),
        closedQuarter: null,
      }),
    ),
  );
}

export async function updateGap(ctx: Context, input: UpdateGapInput): Promise<Gap> {
  assertValid({ title: input.title == null ? null : nameProblem(input.title, LIMITS.titleMax) });
  const planId = await planOf(ctx, 'gap', () => ctx.loaders.plans.gap.load(input.id));
  return changePlan(ctx, planId, async (em, plan) => {
    const gap = await em.findOneByOrFail(Gap, { id: input.id, planId: plan.id });
    assertVersion(gap, input.version, gap);
    if (input.title != null) gap.title = input.title.trim();
    if (input.description !== undefined) gap.description = optionalText(input.description);
    if (input.evidence !== undefined) gap.evidence = optionalText(input.evidence);
    if (input.status != null) {
      gap.closedQuarter = closedQuarterAfter(gap, input.status, quarterOf(new Date()));
      gap.status = input.status;
    }
    const saved = await em.save(gap);
    ctx.loaders.plans.gap.clear(saved.id);
    return saved;
  });
}

// ---------------------------------------------------------------- the week

export async function addActivity(ctx: Context, input: AddActivityInput): Promise<Activity> {
  assertValid({ name: nameProblem(input.name, LIMITS.titleMax) });
  return changePlan(ctx, input.planId, async (em, plan) => {
    hoursField('hoursPerWeek', input.hoursPerWeek, plan.weeklyHours);
    const { activities, goals } = await weekState(em, plan);
    const added = {
      id: 'new:activity',
      name: input.name.trim(),
      hoursPerWeek: input.hoursPerWeek,
      mode: input.mode,
      leverage: input.leverage,
    };
    assertWeekFits(
      plan,
      [...activities, added],
      goals,
      `Adding ${describeHours(input.hoursPerWeek)} of "${added.name}"`,
      activities,
    );
    return em.save(
      em.create(Activity, {
        organizationId: plan.organizationId,
        planId: plan.id,
        name: added.name,
        hoursPerWeek: input.hoursPerWeek,
        mode: input.mode,
        leverage: input.leverage,
      }),
    );
  });
}

export async function updateActivity(ctx: Context, input: UpdateActivityInput): Promise<Activity> {
  assertValid({ name: input.name == null ? null : nameProblem(input.name, LIMITS.titleMax) });
  const planId = await planOf(ctx, 'activity', () => ctx.loaders.plans.activity.load(input.id));
  return changePlan(ctx, planId, async (em, plan) => {
    const { activities, goals } = await weekState(em, plan);
    const activity = activities.find((a) => a.id === input.id);
    if (!activity) throw new NotFoundError('activity');
    assertVersion(activity, input.version, activity);
    if (input.hoursPerWeek != null) {
      hoursField('hoursPerWeek', input.hoursPerWeek, plan.weeklyHours);
      const changed = activities.map((a) => (a.id === activity.id ? { ...a, hoursPerWeek: input.hoursPerWeek! } : a));
      assertWeekFits(plan, changed, goals, `${describeHours(input.hoursPerWeek)} for "${activity.name}"`, activities);
      activity.hoursPerWeek = input.hoursPerWeek;
    }
    if (input.name != null) activity.name = input.name.trim();
    if (input.mode != null) activity.mode = input.mode;
    if (input.leverage != null) activity.leverage = input.leverage;
    const saved = await em.save(activity);
    ctx.loaders.plans.activity.clear(saved.id);
    return saved;
  });
}

export async function removeActivity(ctx: Context, id: string): Promise<boolean> {
  const planId = await planOf(ctx, 'activity', () => ctx.loaders.plans.activity.load(id));
  return changePlan(ctx, planId, async (em, plan) => {
    const { goals } = await weekState(em, plan);
    const usedBy = goals.find((g) => isOpenGoal(g.status) && (g.stopActivityId === id || g.startActivityId === id));
    if (usedBy) {
      throw BadUserInputError.field(
        'id',
        `The goal "${usedBy.title}" changes this activity. Finish or drop the goal first.`,
      );
    }
    const delegated = await em.findOne(Delegation, {
      where: {
        activityId: id,
        planId: plan.id,
        stage: Not(In([DelegationStage.OWNED, DelegationStage.RECLAIMED])),
      },
    });
    if (delegated) {
      throw BadUserInputError.field(
        'id',
        'This activity is being delegated. Reclaim or complete the delegation first.',
      );
    }
    await em.delete(Activity, { id, planId: plan.id });
    ctx.loaders.plans.activity.clear(id);
    return true;
  });
}

// ---------------------------------------------------------------- change goals

function shiftHours(field: string, shift: HoursShiftInput, budget: number): void {
  hoursField(`${field}.hoursPerWeek`, shift.hoursPerWeek, budget);
}

export async function addGoal(ctx: Context, input: AddGoalInput): Promise<ChangeGoal> {
  assertValid({
    title: nameProblem(input.title, LIMITS.titleMax),
    targetQuarter: input.targetQuarter && !isQuarter(input.targetQuarter) ? 'Use a quarter like 2026-Q4.' : null,
  });
  return changePlan(ctx, input.planId, async (em, plan) => {
    const { activities, goals } = await weekState(em, plan);
    const find = (activityId: string | null | undefined) =>
      activityId ? activities.find((a) => a.id === activityId) : undefined;

    if (input.gapId && !(isId(input.gapId) && (await em.existsBy(Gap, { id: input.gapId, planId: plan.id })))) {
      throw BadUserInputError.field('gapId', 'Choose a gap of this plan.');
    }
    const stop = input.stop ?? null;
    const stopActivity = find(stop?.activityId);
    if (stop) {
      if (!stopActivity)
        throw BadUserInputError.field('stop.activityId', 'Choose the activity of this week to stop or shrink.');
      shiftHours('stop', stop, plan.weeklyHours);
      assertStopAvailable('stop.hoursPerWeek', stop.hoursPerWeek, stopActivity, goals);
    }
    const { start } = input;
    shiftHours('start', start, plan.weeklyHours);
    const startActivity = find(start.activityId);
    if (start.activityId && !startActivity)
      throw BadUserInputError.field('start.activityId', 'Choose an activity of this week, or name a new one.');
    if (!start.activityId) {
      assertValid({
        'start.newActivityName': nameProblem(start.newActivityName ?? '', LIMITS.titleMax),
        'start.mode': start.mode ? null : 'Say whether the new activity is doing or multiplying.',
        'start.leverage': start.leverage ? null : 'Choose the leverage of the new activity.',
      });
    }
    if (stopActivity && startActivity && stopActivity.id === startActivity.id) {
      throw BadUserInputError.field('start.activityId', 'A goal cannot stop and start the same activity.');
    }

    const goal = em.create(ChangeGoal, {
      organizationId: plan.organizationId,
      planId: plan.id,
      title: input.title.trim(),
      lever: input.lever,
      status: GoalStatus.PROPOSED,
      gapId: input.gapId ?? null,
      stopActivityId: stopActivity?.id ?? null,
      stopActivityName: stopActivity?.name ?? null,
      stopMode: stopActivity?.mode ?? null,
      stopLeverage: stopActivity?.leverage ?? null,
      stopHours: stop?.hoursPerWeek ?? null,
      startActivityId: startActivity?.id ?? null,
      startActivityName: startActivity ? startActivity.name : start.newActivityName!.trim(),
      startMode: startActivity?.mode ?? start.mode!,
      startLeverage: startActivity?.leverage ?? start.leverage!,
      startHours: start.hoursPerWeek,
      successMeasure: optionalText(input.successMeasure),
      targetQuarter: input.targetQuarter ?? null,
    });
    const projected = projectWeek(activities, [...goals.map(goalShift), { ...goalShift(goal), id: 'proposed' }]);
    assertWithinBudget(plan, projected, `"${goal.title}"`, activities, 'projected week');
    return em.save(goal);
  });
}

export async function updateGoal(ctx: Context, input: UpdateGoalInput): Promise<ChangeGoal> {
  assertValid({
    title: input.title == null ? null : nameProblem(input.title, LIMITS.titleMax),
    targetQuarter: input.targetQuarter && !isQuarter(input.targetQuarter) ? 'Use a quarter like 2026-Q4.' : null,
  });
  const planId = await planOf(ctx, 'goal', () => ctx.loaders.plans.goal.load(input.id));
  return changePlan(ctx, planId, async (em, plan) => {
    const { activities, goals } = await weekState(em, plan);
    const goal = goals.find((g) => g.id === input.id);
    if (!goal) throw new NotFoundError('goal');
    assertVersion(goal, input.version, goal);
    const from = goal.status;
    const to = input.status ?? from;
    if (to !== from && !canTransitionGoal(from, to)) {
      const allowed = nextGoalStatuses(from);
      throw new InvalidTransitionError(
        `A ${from.toLowerCase()} goal cannot become ${to.toLowerCase()}.${allowed.length ? ` It can become ${allowed.map((s) => s.toLowerCase()).join(' or ')}.` : ' It is final.'}`,
      );
    }
    const editsHours = input.stopHours != null || input.startHours != null;
    if (editsHours && !isOpenGoal(from))
      throw new InvalidTransitionError(`The hours of a ${from.toLowerCase()} goal can no longer change.`);

    if (input.title != null) goal.title = input.title.trim();
    if (input.successMeasure !== undefined) goal.successMeasure = optionalText(input.successMeasure);
    if (input.targetQuarter !== undefined) goal.targetQuarter = input.targetQuarter;
    if (input.stopHours != null) {
      const stopActivity = activities.find((a) => a.id === goal.stopActivityId);
      if (!stopActivity) throw BadUserInputError.field('stopHours', 'This goal does not stop an activity of the week.');
      hoursField('stopHours', input.stopHours, plan.weeklyHours);
      assertStopAvailable('stopHours', input.stopHours, stopActivity, goals, goal.id);
      goal.stopHours = input.stopHours;
    }
    if (input.startHours != null) {
      hoursField('startHours', input.startHours, plan.weeklyHours);
      goal.startHours = input.startHours;
    }
    if (editsHours && isOpenGoal(to)) {
      const others = goals.filter((g) => g.id !== goal.id).map(goalShift);
      assertWithinBudget(
        plan,
        projectWeek(activities, [...others, goalShift(goal)]),
        `The new hours of "${goal.title}"`,
        activities,
        'projected week',
      );
    }
    goal.status = to;
    if (to === GoalStatus.DONE && from !== GoalStatus.DONE) await applyGoal(em, plan, activities, goal);
    return em.save(goal);
  });
}

/** DONE: the goal's shift becomes the week, in the same transaction, within the budget. */
async function applyGoal(em: EntityManager, plan: GrowthPlan, activities: Activity[], goal: ChangeGoal): Promise<void> {
  const shift: GoalShift = goalShift(goal);
  const after = applyShift(activities, shift);
  assertWithinBudget(plan, after, `Finishing "${goal.title}"`, activities);
  for (const activity of activities) {
    const next = after.find((a) => a.id === activity.id);
    if (!next) await em.delete(Activity, { id: activity.id });
    else if (next.hoursPerWeek !== activity.hoursPerWeek)
      await em.update(
        Activity,
        { id: activity.id },
        { hoursPerWeek: next.hoursPerWeek, version: activity.version + 1 },
      );
  }
  const created = after.find((a) => a.id === `new:${goal.id}`);
  if (created) {
    const activity = await em.save(
      em.create(Activity, {
        organizationId: plan.organizationId,
        planId: plan.id,
        name: created.name,
        hoursPerWeek: created.hoursPerWeek,
        mode: created.mode,
        leverage: created.leverage,
      }),
    );
    goal.startActivityId = activity.id;
  }
  if (!after.some((a) => a.id === goal.stopActivityId)) goal.stopActivityId = null;
}
