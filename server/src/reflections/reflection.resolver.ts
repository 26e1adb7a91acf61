import type { QuarterPoint as Point } from '@fulcrum/shared';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { Reads } from '../core/reads';
import { Gap } from '../plans/gap.entity';
import { GrowthPlan } from '../plans/plan.entity';
import { StartReflectionInput, UpdatePromotionNarrativeInput, UpdateReflectionInput } from './reflection.inputs';
import { QuarterPoint, Reflection } from './reflection.entity';
import * as reflections from './reflection.service';

@Resolver(() => Reflection)
export class ReflectionResolver {
  @Mutation(() => Reflection, { description: 'Freezes the snapshot.' })
  startReflection(@Arg('input') input: StartReflectionInput, @Ctx() ctx: Context): Promise<Reflection> {
    return reflections.startReflection(ctx, input);
  }

  @Mutation(() => Reflection, { description: "Text goes to the viewer's side." })
  updateReflection(@Arg('input') input: UpdateReflectionInput, @Ctx() ctx: Context): Promise<Reflection> {
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

  @Reads({ reflection: ['snapshot'] })
  @FieldResolver(() => QuarterPoint)
  snapshot(@Root() reflection: Reflection): Point {
    return reflection.snapshot.point;
  }

  @Reads({ reflection: ['nextGapId'], gap: [] })
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
  /** Their next gap is found in the plan's gaps. */
  @Reads({ reflection: [], gap: [] })
  @FieldResolver(() => [Reflection], { description: 'Oldest quarter first.' })
  reflections(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Promise<Reflection[]> {
    return ctx.loaders.reflections.reflectionsByPlan.load(plan.id);
  }

  @Mutation(() => GrowthPlan, {
    description: 'Both sides edit the narrative on top of the promotion case (versioned).',
  })
  updatePromotionNarrative(
    @Arg('input') input: UpdatePromotionNarrativeInput,
    @Ctx() ctx: Context,
  ): Promise<GrowthPlan> {
    return reflections.updatePromotionNarrative(ctx, input);
  }
}
