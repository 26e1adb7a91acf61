import {
  ARCHETYPES,
  isAddition,
  LEVERS,
  projectWeek,
  RatingSide,
  ratingsAgree,
  readiness,
  SIGNALS,
  freeHours,
  weekShape,
} from '@fulcrum/shared';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { all, after, type Eventually } from '../core/eventually';
import { requireActor } from '../core/actor';
import { ALL, Reads } from '../core/reads';
import { namedPerson } from '../identity/people/people.service';
import { Person } from '../identity/people/person.entity';
import { Activity } from './activity.entity';
import { Gap } from './gap.entity';
import { ChangeGoal, goalShift } from './goal.entity';
import {
  AddActivityInput,
  AddGapInput,
  AddGoalInput,
  RateSignalInput,
  StartPlanInput,
  UpdateActivityInput,
  UpdateGapInput,
  UpdateGoalInput,
  UpdatePlanInput,
} from './plan.inputs';
import { GrowthPlan } from './plan.entity';
import type { SignalRatingRow } from './signal-rating.entity';
import { planAccess } from './plan.policy';
import * as goals from './goal.service';
import * as plans from './plan.service';
import * as week from './week.service';
import { ArchetypeInfo, HoursShift, LeverInfo, Readiness, SignalAssessment, Week } from './plan.types';

/** Each of the 7 signals, in enum order, with its self and manager rating rows (if rated). */
function ratedSignals(rows: readonly SignalRatingRow[]) {
  return SIGNALS.map((info) => ({
    info,
    self: rows.find((r) => r.signal === info.key && r.side === RatingSide.SELF),
    manager: rows.find((r) => r.signal === info.key && r.side === RatingSide.MANAGER),
  }));
}

export function signalAssessments(ctx: Context, plan: GrowthPlan): Eventually<SignalAssessment[]> {
  return after(ctx.loaders.plans.signalsByPlan.get(plan.id), (rows) =>
    ratedSignals(rows).map(({ info, self, manager }) => {
      const selfRating = self?.rating ?? null;
      const managerRating = manager?.rating ?? null;
      return {
        signal: info.key,
        kind: info.kind,
        selfRating,
        selfEvidence: self?.evidence ?? null,
        managerRating,
        managerEvidence: manager?.evidence ?? null,
        agree: ratingsAgree(selfRating, managerRating),
      };
    }),
  );
}

/** Readiness reads the ratings only (the home preloads no evidence for it). */
function planReadiness(ctx: Context, plan: GrowthPlan): Eventually<Readiness> {
  return after(ctx.loaders.plans.signalsByPlan.get(plan.id), (rows) =>
    readiness(
      ratedSignals(rows).map(({ info, self, manager }) => ({
        signal: info.key,
        selfRating: self?.rating ?? null,
        managerRating: manager?.rating ?? null,
      })),
    ),
  );
}

/** What `goalShift` (the week, the anti-patterns) reads of a goal. */
export const GOAL_SHIFT = [
  'status',
  'stopHours',
  'stopActivityId',
  'stopFreedHours',
  'startActivityId',
  'startActivityName',
  'startMode',
  'startLeverage',
  'startHours',
] as const satisfies readonly (keyof ChangeGoal)[];

/**
 * The plan's mutations and fields. Its queries: `plan` (plan-query.resolver.ts) and the homes'
 * `visiblePlans` (read-models/homes), loaded before this one so the schema lists them in order.
 */
@Resolver(() => GrowthPlan)
export class PlanResolver {
  @Query(() => [LeverInfo])
  levers(): LeverInfo[] {
    return [...LEVERS];
  }

  @Query(() => [ArchetypeInfo])
  archetypes(): ArchetypeInfo[] {
    return [...ARCHETYPES];
  }

  @Mutation(() => GrowthPlan)
  startPlan(@Arg('input') input: StartPlanInput, @Ctx() ctx: Context): Promise<GrowthPlan> {
    return plans.startPlan(ctx, input);
  }

  @Mutation(() => GrowthPlan)
  updatePlan(@Arg('input') input: UpdatePlanInput, @Ctx() ctx: Context): Promise<GrowthPlan> {
    return plans.updatePlan(ctx, input);
  }

  @Mutation(() => SignalAssessment, {
    description: 'Rated as SELF or MANAGER by who the viewer is.',
  })
  async rateSignal(@Arg('input') input: RateSignalInput, @Ctx() ctx: Context): Promise<SignalAssessment> {
    const plan = await plans.rateSignal(ctx, input);
    const assessment = (await signalAssessments(ctx, plan)).find((s) => s.signal === input.signal);
    if (!assessment) throw new Error(`no assessment of the rated signal ${input.signal}`);
    return assessment;
  }

  @Mutation(() => Gap)
  addGap(@Arg('input') input: AddGapInput, @Ctx() ctx: Context): Promise<Gap> {
    return plans.addGap(ctx, input);
  }

  @Mutation(() => Gap)
  updateGap(@Arg('input') input: UpdateGapInput, @Ctx() ctx: Context): Promise<Gap> {
    return plans.updateGap(ctx, input);
  }

  @Mutation(() => Activity)
  addActivity(@Arg('input') input: AddActivityInput, @Ctx() ctx: Context): Promise<Activity> {
    return week.addActivity(ctx, input);
  }

  @Mutation(() => Activity)
  updateActivity(@Arg('input') input: UpdateActivityInput, @Ctx() ctx: Context): Promise<Activity> {
    return week.updateActivity(ctx, input);
  }

  @Mutation(() => Boolean)
  removeActivity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return week.removeActivity(ctx, id);
  }

  @Mutation(() => ChangeGoal)
  addGoal(@Arg('input') input: AddGoalInput, @Ctx() ctx: Context): Promise<ChangeGoal> {
    return goals.addGoal(ctx, input);
  }

  @Mutation(() => ChangeGoal)
  updateGoal(@Arg('input') input: UpdateGoalInput, @Ctx() ctx: Context): Promise<ChangeGoal> {
    return goals.updateGoal(ctx, input);
  }

  @Reads.nothing()
  @FieldResolver(() => Date)
  createdAt(@Root() plan: GrowthPlan): Date {
    return plan.createdAt;
  }

  @Reads({ plan: ['ownerId'] })
  @FieldResolver(() => Person)
  owner(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Eventually<Person> {
    return namedPerson(ctx, plan.ownerId);
  }

  @Reads({ plan: ['managerId'] })
  @FieldResolver(() => Person)
  manager(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Eventually<Person> {
    return namedPerson(ctx, plan.managerId);
  }

  @Reads({ signal: ALL })
  @FieldResolver(() => [SignalAssessment], { description: 'Always all 7 keys, in enum order.' })
  signals(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Eventually<SignalAssessment[]> {
    return signalAssessments(ctx, plan);
  }

  @Reads({ signal: ['signal', 'side', 'rating'] })
  @FieldResolver(() => Readiness)
  readiness(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Eventually<Readiness> {
    return planReadiness(ctx, plan);
  }

  @Reads({ gap: [] })
  @FieldResolver(() => [Gap])
  gaps(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Promise<Gap[]> {
    return ctx.loaders.plans.gapsByPlan.load(plan.id);
  }

  @Reads({ activity: ['name', 'hoursPerWeek', 'mode', 'leverage'], goal: GOAL_SHIFT })
  @FieldResolver(() => Week)
  week(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Eventually<Week> {
    const { plans } = ctx.loaders;
    return after(
      all([plans.activitiesByPlan.get(plan.id), plans.goalsByPlan.get(plan.id)] as const),
      ([activities, goals]) => ({
        budgetHours: plan.weeklyHours,
        activities,
        current: weekShape(activities),
        projected: weekShape(projectWeek(activities, goals.map(goalShift))),
        freeHours: freeHours(plan.weeklyHours, activities),
      }),
    );
  }

  /** Its goals' gap, stop and start are found in the plan's gaps and activities (GoalResolver). */
  @Reads({ goal: [], activity: [], gap: [] })
  @FieldResolver(() => [ChangeGoal])
  goals(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Eventually<ChangeGoal[]> {
    return ctx.loaders.plans.goalsByPlan.get(plan.id);
  }
}

@Resolver(() => Person)
export class PersonPlanResolver {
  @FieldResolver(() => GrowthPlan, {
    nullable: true,
    description: 'Null when there is none or the viewer may not see it.',
  })
  async activePlan(@Root() person: Person, @Ctx() ctx: Context): Promise<GrowthPlan | null> {
    requireActor(ctx);
    const plan = await ctx.loaders.plans.openPlanByOwner.load(person.id);
    return plan && (await planAccess(ctx, plan)) !== 'none' ? plan : null;
  }
}

/**
 * A goal's gap and activities are read through the plan's batches (the ones `gaps` and `week`
 * use), never by id: a list of plans costs the same statements whichever field resolves first.
 */
async function activityOfPlan(ctx: Context, planId: string, activityId: string | null): Promise<Activity | null> {
  if (!activityId) return null;
  return (await ctx.loaders.plans.activitiesByPlan.load(planId)).find((a) => a.id === activityId) ?? null;
}

@Resolver(() => ChangeGoal)
export class GoalResolver {
  @Reads({ goal: ['gapId'], gap: [] })
  @FieldResolver(() => Gap, { nullable: true })
  async gap(@Root() goal: ChangeGoal, @Ctx() ctx: Context): Promise<Gap | null> {
    if (!goal.gapId) return null;
    return (await ctx.loaders.plans.gapsByPlan.load(goal.planId)).find((g) => g.id === goal.gapId) ?? null;
  }

  @Reads({ goal: ['stopHours', 'stopActivityId', 'stopActivityName', 'stopMode', 'stopLeverage'], activity: [] })
  @FieldResolver(() => HoursShift, { nullable: true, description: 'Null for a pure addition.' })
  async stop(@Root() goal: ChangeGoal, @Ctx() ctx: Context): Promise<HoursShift | null> {
    if (goal.stopHours === null) return null;
    return {
      activity: await activityOfPlan(ctx, goal.planId, goal.stopActivityId),
      newActivityName: null,
      activityName: goal.stopActivityName ?? '',
      mode: goal.stopMode,
      leverage: goal.stopLeverage,
      hoursPerWeek: goal.stopHours,
    };
  }

  @Reads({
    goal: ['startActivityId', 'startActivityName', 'startMode', 'startLeverage', 'startHours'],
    activity: ['name', 'mode', 'leverage'],
  })
  @FieldResolver(() => HoursShift)
  async start(@Root() goal: ChangeGoal, @Ctx() ctx: Context): Promise<HoursShift> {
    const activity = await activityOfPlan(ctx, goal.planId, goal.startActivityId);
    return {
      activity,
      newActivityName: goal.startActivityId ? null : goal.startActivityName,
      activityName: activity?.name ?? goal.startActivityName ?? '',
      mode: activity?.mode ?? goal.startMode,
      leverage: activity?.leverage ?? goal.startLeverage,
      hoursPerWeek: goal.startHours,
    };
  }

  @Reads({ goal: ['stopHours'] })
  @FieldResolver(() => Boolean)
  isAddition(@Root() goal: ChangeGoal): boolean {
    return isAddition({
      stop: goal.stopHours === null ? null : { activityId: '', hours: goal.stopHours },
    });
  }
}
