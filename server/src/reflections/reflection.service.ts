import {
  antiPatternFindings,
  canShareReflection,
  compareQuarters,
  DelegationStage,
  isId,
  isQuarter,
  PlanStatus,
  quarterOf,
  quarterPoint,
  RatingSide,
  ReflectionStatus,
  signOff,
  type AntiPattern,
  type QuarterFacts,
} from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import type { Context } from '../core/context';
import { BadUserInputError, ConflictError, InvalidTransitionError } from '../core/errors';
import { assertValid, isUniqueViolation, optionalText } from '../core/validation';
import { Activity } from '../plans/activity.entity';
import { Gap } from '../plans/gap.entity';
import { ChangeGoal, goalFindingFacts } from '../plans/goal.entity';
import { GrowthPlan } from '../plans/plan.entity';
import { assertVersion, changePlan, planOf } from '../plans/plan-change';
import type { StartReflectionInput, UpdatePromotionNarrativeInput, UpdateReflectionInput } from './reflection.inputs';
import { Reflection, type Snapshot } from './reflection.entity';
import { reflectionHooks } from './reflection.hooks';
import { writerSide } from './reflection.policy';

/**
 * Everything the quarter's point is computed from, read in the caller's transaction: one
 * statement after the other, as its single connection must not be sent a query while it runs one.
 */
async function quarterFacts(
  em: EntityManager,
  plan: GrowthPlan,
  quarter: string,
): Promise<QuarterFacts & { gapsOpened: number }> {
  const where = { planId: plan.id, organizationId: plan.organizationId };
  const activities = await em.find(Activity, { where });
  const gaps = await em.find(Gap, { where });
  const delegations = await reflectionHooks.delegationsOf(em, plan);
  return { quarter, activities, gaps, gapsOpened: gaps.filter((g) => g.openedQuarter === quarter).length, delegations };
}

/** Starts the quarter's reflection and freezes its snapshot in the same transaction. */
export async function startReflection(ctx: Context, input: StartReflectionInput): Promise<Reflection> {
  const quarter = input.quarter.trim();
  assertValid({
    quarter: !isQuarter(quarter)
      ? 'Use a quarter like 2026-Q4.'
      : compareQuarters(quarter, quarterOf(new Date())) > 0
        ? 'A reflection looks back: choose this quarter or an earlier one.'
        : null,
  });
  try {
    return await changePlan(ctx, input.planId, async (em, plan) => {
      const facts = await quarterFacts(em, plan, quarter);
      const goals = await em.find(ChangeGoal, { where: { planId: plan.id } });
      if (plan.status !== PlanStatus.ACTIVE)
        throw new InvalidTransitionError('Activate the plan before reflecting on a quarter of it.');
      const earlier = (await em.find(Reflection, { where: { planId: plan.id }, order: { quarter: 'ASC' } })).filter(
        (r) => compareQuarters(r.quarter, quarter) < 0,
      );
      const requests = await reflectionHooks.helpRequestsOf(em, plan.id);
      const point = quarterPoint(facts);
      const snapshot: Snapshot = {
        point,
        gapsOpened: facts.gapsOpened,
        delegationsByStage: Object.fromEntries(
          Object.values(DelegationStage).map((stage) => [
            stage,
            facts.delegations.filter((d) => d.stage === stage).length,
          ]),
        ),
        findings: antiPatternFindings({
          goals: goals.map(goalFindingFacts),
          snapshots: [...earlier.map((r) => r.snapshot.point), point],
          requests: { items: requests, weeklyHours: plan.weeklyHours },
        }),
      };
      return em.save(
        em.create(Reflection, {
          organizationId: plan.organizationId,
          planId: plan.id,
          quarter,
          status: ReflectionStatus.DRAFT,
          snapshot,
          selfText: null,
          managerText: null,
          nextGapId: null,
          selfReportedAntiPatterns: [],
          signedOffBySelf: false,
          signedOffByManager: false,
        }),
      );
    });
  } catch (error) {
    if (isUniqueViolation(error, 'reflection_plan_id_quarter_key'))
      throw BadUserInputError.field('quarter', `This plan already has a reflection for ${quarter}.`);
    throw error;
  }
}

async function changeReflection(
  ctx: Context,
  id: string,
  work: (em: EntityManager, reflection: Reflection, plan: GrowthPlan) => Promise<void> | void,
): Promise<Reflection> {
  const planId = await planOf(ctx, 'reflection', () => ctx.loaders.reflections.reflection.load(id));
  const saved = await changePlan(ctx, planId, async (em, plan) => {
    const reflection = await em.findOneByOrFail(Reflection, { id, planId: plan.id });
    await work(em, reflection, plan);
    return em.save(reflection);
  });
  ctx.loaders.reflections.reflection.clear(id);
  ctx.loaders.reflections.reflectionsByPlan.clear(planId);
  return saved;
}

/**
 * Writes the viewer's side: the owner's text, next gap and self-reported anti-patterns, or
 * the manager's text. A change clears signatures already given: they were for other words.
 */
export async function updateReflection(ctx: Context, input: UpdateReflectionInput): Promise<Reflection> {
  return changeReflection(ctx, input.id, async (em, reflection, plan) => {
    const { snapshot: _snapshot, ...withoutSnapshot } = reflection;
    assertVersion(reflection, input.version, withoutSnapshot);
    if (reflection.status === ReflectionStatus.SIGNED_OFF)
      throw new InvalidTransitionError('This reflection is signed off by both sides and can no longer change.');
    const side = writerSide(ctx, plan, input.nextGapId !== undefined || input.selfReportedAntiPatterns != null);
    if (input.text !== undefined) {
      if (side === RatingSide.SELF) reflection.selfText = optionalText(input.text);
      else reflection.managerText = optionalText(input.text);
    }
    if (input.nextGapId !== undefined) {
      if (
        input.nextGapId !== null &&
        !(isId(input.nextGapId) && (await em.existsBy(Gap, { id: input.nextGapId, planId: plan.id })))
      ) {
        throw BadUserInputError.field('nextGapId', 'Choose a gap of this plan.');
      }
      reflection.nextGapId = input.nextGapId;
    }
    if (input.selfReportedAntiPatterns != null)
      reflection.selfReportedAntiPatterns = [...new Set(input.selfReportedAntiPatterns)] as AntiPattern[];
    reflection.signedOffBySelf = false;
    reflection.signedOffByManager = false;
  });
}

export async function shareReflection(ctx: Context, id: string): Promise<Reflection> {
  return changeReflection(ctx, id, (_em, reflection) => {
    if (!canShareReflection(reflection.status))
      throw new InvalidTransitionError('Only a draft reflection can be shared.');
    reflection.status = ReflectionStatus.SHARED;
  });
}

export async function signOffReflection(ctx: Context, id: string): Promise<Reflection> {
  return changeReflection(ctx, id, (_em, reflection, plan) => {
    const next = signOff(reflection, writerSide(ctx, plan, false) === RatingSide.SELF ? 'SELF' : 'MANAGER');
    if (!next) {
      throw new InvalidTransitionError(
        reflection.status === ReflectionStatus.DRAFT
          ? 'Share the reflection before signing it off.'
          : 'This reflection is already signed off.',
      );
    }
    Object.assign(reflection, next);
  });
}

/** Saves the narrative over the version the writer saw; a stale save is CONFLICT with the current text. */
export async function updatePromotionNarrative(
  ctx: Context,
  input: UpdatePromotionNarrativeInput,
): Promise<GrowthPlan> {
  return changePlan(ctx, input.planId, async (em, plan) => {
    if (plan.promotionNarrativeVersion !== input.version) {
      throw new ConflictError(
        { version: plan.promotionNarrativeVersion, promotionNarrative: plan.promotionNarrative },
        'The other person saved the narrative first. Their text is attached: merge and save again.',
      );
    }
    plan.promotionNarrative = input.text;
    plan.promotionNarrativeVersion += 1;
    // The narrative has its own version: saving it must not make the other side's edit of the
    // plan's settings stale, so the plan's version is written back unchanged.
    await em.update(
      GrowthPlan,
      { id: plan.id, organizationId: plan.organizationId },
      {
        promotionNarrative: plan.promotionNarrative,
        promotionNarrativeVersion: plan.promotionNarrativeVersion,
        version: plan.version,
      },
    );
    return plan;
  });
}

/** The hand-over: a sign-off given by the previous manager is not the new manager's; they sign again. */
export async function resetManagerSignOff(em: EntityManager, planId: string): Promise<void> {
  await em.query(
    `UPDATE reflection SET signed_off_by_manager = false, version = version + 1 WHERE plan_id = $1 AND status <> 'SIGNED_OFF' AND signed_off_by_manager`,
    [planId],
  );
}
