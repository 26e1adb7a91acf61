import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../core/context';
import { GrowthPlan } from './plan.entity';
import { readablePlan } from './plan.policy';

@Resolver(() => GrowthPlan)
export class PlanQueryResolver {
  @Query(() => GrowthPlan, { nullable: true })
  plan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<GrowthPlan> {
    return readablePlan(ctx, id);
  }
}
