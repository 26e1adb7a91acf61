import {
  DelegationStage,
  GoalStatus,
  isOpenGoal,
  promotionCaseMarkdown,
  quarterOf,
  quarterPoint,
  readiness,
  trend,
  hoursShiftedThisQuarter,
  GapStatus,
  type Lever,
  type QuarterPoint as Point,
} from '@fulcrum/shared';
import { Arg, Ctx, FieldResolver, Float, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { all, after, type Eventually } from '../../graphql/eventually';
import { NotFoundError } from '../../graphql/errors';
import { Gap } from '../plans/gap.entity';
import { GrowthPlan } from '../plans/plan.entity';
import { signalAssessments } from '../plans/plan.resolver';
import { StartReflectionInput, UpdatePromotionNarrativeInput, UpdateReflectionInput } from './reflection.inputs';
import { QuarterPoint, Reflection } from './reflection.entity';
import * as reflections from './reflection.service';

/** The current quarter computed live from the plan's batches. */
export function livePoint(ctx: Context, plan: GrowthPlan): Eventually<Point> {
  const { plans, delegations: batches } = ctx.loaders;
  const rows = all([
    plans.activitiesByPlan.get(plan.id),
    plans.gapsByPlan.get(plan.id),
    batches.delegationsByPlan.get(plan.id),
  ] as const);
  return after(rows, ([activities, gaps, delegations]) =>
    after(all(delegations.map((d) => batches.checkInsByDelegation.get(d.id))), (checkIns) =>
      quarterPoint({
        quarter: quarterOf(new Date()),
        activities,
        gaps,
        delegations: delegations.map((d, i) => ({ ...d, checkIns: checkIns[i]! })),
      }),
    ),
  );
}

/** The frozen points of the plan's reflections, oldest quarter first. */
function snapshotsOf(ctx: Context, plan: GrowthPlan): Eventually<Point[]> {
  return after(ctx.loaders.reflections.reflectionsByPlan.get(plan.id), (frozen) => frozen.map((r) => r.snapshot.point));
}

@Resolver(() => Reflection)
export class ReflectionResolver {
  @Mutation(() => Reflection, { description: 'Freezes the snapshot.' })
  startReflection(
    @Arg('input', () => StartReflectionInput) input: StartReflectionInput,
    @Ctx() ctx: Context,
  ): Promise<Reflection> {
    return reflections.startReflection(ctx, input);
  }

  @Mutation(() => Reflection, { description: "Text goes to the viewer's side." })
  updateReflection(
    @Arg('input', () => UpdateReflectionInput) input: UpdateReflectionInput,
    @Ctx() ctx: Context,
  ): Promise<Reflection> {
    return reflections.updateReflection(ctx, input);
  }

  @Mutation(() => Reflection)
  shareReflection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Reflection> {
    return reflections.shareReflection(ctx, id);
  }

  @Mutation(() => Reflection)
  signOffReflection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Reflection> {
    return reflections.signOffReflection(ctx, id);
  }

  @FieldResolver(() => QuarterPoint)
  snapshot(@Root() reflection: Reflection): Point {
    return reflection.snapshot.point;
  }

  @FieldResolver(() => Gap, { nullable: true })
  async nextGap(@Root() reflection: Reflection, @Ctx() ctx: Context): Promise<Gap | null> {
    if (!reflection.nextGapId) return null;
    return (
      (await ctx.loaders.plans.gapsByPlan.load(reflection.planId)).find((g) => g.id === reflection.nextGapId) ?? null
    );
  }
}

@Resolver(() => GrowthPlan)
export class PlanReflectionsResolver {
  @FieldResolver(() => [Reflection], { description: 'Oldest quarter first.' })
  reflections(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Promise<Reflection[]> {
    return ctx.loaders.reflections.reflectionsByPlan.load(plan.id);
  }

  @FieldResolver(() => [QuarterPoint], {
    description: 'The frozen snapshots, with the current quarter computed live.',
  })
  trend(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Eventually<Point[]> {
    return after(all([snapshotsOf(ctx, plan), livePoint(ctx, plan)] as const), ([snapshots, live]) =>
      trend(snapshots, live),
    );
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Hours moved from DOING to MULTIPLYING since the last snapshot of an earlier quarter; null before the first one.',
  })
  shiftedThisQuarter(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Eventually<number | null> {
    return after(all([snapshotsOf(ctx, plan), livePoint(ctx, plan)] as const), ([snapshots, live]) =>
      hoursShiftedThisQuarter(snapshots, live),
    );
  }

  @FieldResolver(() => String, {
    description: 'Markdown built from the evidence, under the narrative; never private notes.',
  })
  async promotionCase(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Promise<string> {
    const [owner, manager, signals, gaps, goals, delegations, series] = await Promise.all([
      ctx.loaders.person.load(plan.ownerId),
      ctx.loaders.person.load(plan.managerId),
      signalAssessments(ctx, plan),
      ctx.loaders.plans.gapsByPlan.load(plan.id),
      ctx.loaders.plans.goalsByPlan.load(plan.id),
      ctx.loaders.delegations.delegationsByPlan.load(plan.id),
      this.trend(plan, ctx),
    ]);
    if (!owner || !manager) throw new NotFoundError('person');
    const owned = delegations.filter((d) => d.stage === DelegationStage.OWNED);
    const delegatees = await Promise.all(owned.map((d) => ctx.loaders.person.load(d.delegateeId)));
    const done = goals.filter((g) => g.status === GoalStatus.DONE);
    return promotionCaseMarkdown({
      ownerName: owner.name,
      managerName: manager.name,
      currentLevel: plan.currentLevel,
      targetLevel: plan.targetLevel,
      targetArchetype: plan.targetArchetype,
      readiness: readiness(signals),
      signals,
      closedGaps: gaps.filter((g) => g.status === GapStatus.CLOSED),
      ownedDelegations: owned.map((d, i) => ({
        ...d,
        delegateeName: delegatees[i]?.name ?? 'someone',
      })),
      doneGoals: done.map((g) => ({
        title: g.title,
        lever: g.lever,
        stopHours: g.stopHours,
        stopName: g.stopActivityName,
        startHours: g.startHours,
        startName: g.startActivityName ?? '',
      })),
      leversUsed: [
        ...new Set(goals.filter((g) => g.status === GoalStatus.DONE || isOpenGoal(g.status)).map((g) => g.lever)),
      ] as Lever[],
      trend: series,
      narrative: plan.promotionNarrative,
    });
  }

  @Mutation(() => GrowthPlan, {
    description: 'Both sides edit the narrative on top of the promotion case (versioned).',
  })
  updatePromotionNarrative(
    @Arg('input', () => UpdatePromotionNarrativeInput) input: UpdatePromotionNarrativeInput,
    @Ctx() ctx: Context,
  ): Promise<GrowthPlan> {
    return reflections.updatePromotionNarrative(ctx, input);
  }
}
