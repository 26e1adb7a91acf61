import {
  DelegationStage,
  GapStatus,
  GoalStatus,
  hoursShiftedThisQuarter,
  isOpenGoal,
  promotionCaseMarkdown,
  quarterOf,
  quarterPoint,
  readiness,
  trend,
  type Lever,
  type QuarterPoint as Point,
} from '@fulcrum/shared';
import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { NotFoundError } from '../../core/errors';
import { all, after, type Eventually } from '../../core/eventually';
import { ALL, Reads } from '../../core/reads';
import { GrowthPlan } from '../../plans/plan.entity';
import { signalAssessments } from '../../plans/plan.resolver';
import { QuarterPoint } from '../../reflections/reflection.entity';

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
        delegations: delegations.map((d, i) => ({
          stage: d.stage,
          hoursPerWeek: d.hoursPerWeek,
          handedOverAt: d.handedOverAt,
          checkIns: checkIns[i],
        })),
      }),
    ),
  );
}

/** What the live point and the snapshots read (`livePoint`, `snapshotsOf`): the rules in shared/ take the rows whole. */
const TREND_READS = { activity: ALL, gap: ALL, delegation: ALL, checkIn: ALL, reflection: ALL } as const;

/** The frozen points of the plan's reflections, oldest quarter first. */
function snapshotsOf(ctx: Context, plan: GrowthPlan): Eventually<Point[]> {
  return after(ctx.loaders.reflections.reflectionsByPlan.get(plan.id), (frozen) => frozen.map((r) => r.snapshot.point));
}

/**
 * A plan's trend over the quarters and its promotion case: the reflections' frozen snapshots
 * with the current quarter computed live from the plan's week, gaps and delegations.
 */
@Resolver(() => GrowthPlan)
export class PlanTrendResolver {
  @Reads(TREND_READS)
  @FieldResolver(() => [QuarterPoint], {
    description: 'The frozen snapshots, with the current quarter computed live.',
  })
  trend(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Eventually<Point[]> {
    return after(all([snapshotsOf(ctx, plan), livePoint(ctx, plan)] as const), ([snapshots, live]) =>
      trend(snapshots, live),
    );
  }

  @Reads(TREND_READS)
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

  @Reads({ ...TREND_READS, signal: ALL, goal: ALL })
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
        activityName: d.activityName,
        delegateeName: delegatees[i]?.name ?? 'someone',
        hoursPerWeek: d.hoursPerWeek,
        learningObjective: d.learningObjective,
        stage: d.stage,
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
}
