import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Info, Query, Resolver } from 'type-graphql';
import { requireActor } from '../../core/actor';
import type { Context } from '../../core/context';
import { GrowthPlan } from '../../plans/plan.entity';
import { loadVisiblePlans } from './plan.preload';

/** The homes: every plan the viewer reads, with what the query asks of them, in one statement. */
@Resolver(() => GrowthPlan)
export class HomesResolver {
  @Query(() => [GrowthPlan], {
    description: "Own, direct reports', and reports' reports' (active ones).",
  })
  visiblePlans(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<GrowthPlan[]> {
    return loadVisiblePlans(ctx, info, requireActor(ctx));
  }
}
