import {
  canTransitionPlan,
  closedQuarterAfter,
  GapStatus,
  Level,
  nameProblem,
  PlanStatus,
  projectWeek,
  quarterOf,
  weeklyHoursProblem,
  LIMITS,
} from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import { requireActor } from '../core/actor';
import type { Context } from '../core/context';
import { BadUserInputError, InvalidTransitionError } from '../core/errors';
import { assertValid, isUniqueViolation, optionalText } from '../core/validation';
import { loadVisiblePerson } from '../identity/people/people.service';
import { Gap } from './gap.entity';
import { goalShift } from './goal.entity';
import type { AddGapInput, RateSignalInput, StartPlanInput, UpdateGapInput, UpdatePlanInput } from './plan.inputs';
import { GrowthPlan } from './plan.entity';
import { planHooks } from './plan.hooks';
import { assertCanStartPlan, sideOf } from './plan.policy';
import { SignalRatingRow } from './signal-rating.entity';

import { assertVersion, changePlan, planOf } from './plan-change';
import { assertWithinBudget, weekState } from './week-budget';

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
  if (!organization) throw new Error(`the organization of person ${owner.id} is missing`);
  const weeklyHours = input.weeklyHours ?? organization.defaultWeeklyHours;
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
  await planHooks.handedOver(em, open.id);
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
        ratedById: requireActor(ctx).personId,
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

/** A person changed: drop what this request cached of their open plan. */
export function forgetOpenPlanOf(ctx: Context, ownerId: string): void {
  ctx.loaders.plans.openPlanByOwner.clear(ownerId);
}
