import { antiPatternFindings } from '@fulcrum/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { all, after, type Eventually } from '../../core/eventually';
import { Reads } from '../../core/reads';
import { goalFindingFacts } from '../../plans/goal.entity';
import { GrowthPlan } from '../../plans/plan.entity';
import { GOAL_SHIFT } from '../../plans/plan.resolver';
import { AntiPatternFinding } from '../../plans/plan.types';

/** A plan's anti-patterns: its goals, the help requests of its delegations side, its reflections. */
@Resolver(() => GrowthPlan)
export class PlanAntiPatternsResolver {
  @Reads({
    goal: [...GOAL_SHIFT, 'title'],
    helpRequest: ['receivedAt', 'hoursSpent'],
    reflection: ['snapshot', 'selfReportedAntiPatterns'],
  })
  @FieldResolver(() => [AntiPatternFinding])
  antiPatterns(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Eventually<AntiPatternFinding[]> {
    const { plans, delegations, reflections } = ctx.loaders;
    const inputs = all([
      plans.goalsByPlan.get(plan.id),
      delegations.recentRequestsByPlan.get(plan.id),
      reflections.reflectionsByPlan.get(plan.id),
    ] as const);
    return after(inputs, ([goals, requests, frozen]) =>
      antiPatternFindings({
        goals: goals.map(goalFindingFacts),
        requests: { items: requests, weeklyHours: plan.weeklyHours },
        snapshots: frozen.map((r) => r.snapshot.point),
        selfReported: frozen.at(-1)?.selfReportedAntiPatterns ?? [],
      }),
    );
  }
}
