import {
  type DelegationStage,
  type GuidanceHorizon,
  type HelpDecision,
  type Leverage,
  type Mode,
  overBudget,
  projectWeek,
  type QuarterPoint,
  RatingSide,
  ReflectionStatus,
  Side,
  type SignalKey,
  type SignalRating,
  totalHours,
} from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import { CheckIn } from '../../delegations/check-in.entity';
import { Delegation } from '../../delegations/delegation.entity';
import { HelpRequest } from '../../delegations/help-request.entity';
import { Activity } from '../../plans/activity.entity';
import { ChangeGoal, goalShift } from '../../plans/goal.entity';
import type { GrowthPlan } from '../../plans/plan.entity';
import { SignalRatingRow } from '../../plans/signal-rating.entity';
import { Reflection } from '../../reflections/reflection.entity';

/** Building blocks of the demo's plans, written straight into the tables (dates relative to now). */

export const DAY_MS = 24 * 60 * 60 * 1000;
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
/** YYYY-MM-DD, `days` before today (negative: after). */
export const dateDaysAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);

/** [signal, self rating, self evidence, manager rating, manager evidence] */
export type RatingRow = [SignalKey, SignalRating, string | null, SignalRating, string | null];

/** Both sides' ratings: the owner rates SELF, the plan's manager rates MANAGER. */
export async function rateSignals(em: EntityManager, plan: GrowthPlan, ratings: RatingRow[]): Promise<void> {
  const base = { organizationId: plan.organizationId, planId: plan.id };
  for (const [signal, selfRating, selfEvidence, managerRating, managerEvidence] of ratings) {
    await em.insert(SignalRatingRow, {
      ...base,
      signal,
      side: RatingSide.SELF,
      rating: selfRating,
      evidence: selfEvidence,
      ratedById: plan.ownerId,
    });
    await em.insert(SignalRatingRow, {
      ...base,
      signal,
      side: RatingSide.MANAGER,
      rating: managerRating,
      evidence: managerEvidence,
      ratedById: plan.managerId,
    });
  }
}

/** [name, hours per week, mode, leverage] */
export type ActivityRow = [string, number, Mode, Leverage];

/** The plan's week, by activity name. */
export async function addWeek(
  em: EntityManager,
  plan: GrowthPlan,
  week: ActivityRow[],
): Promise<Map<string, Activity>> {
  const activities = new Map<string, Activity>();
  for (const [name, hoursPerWeek, mode, leverage] of week) {
    activities.set(
      name,
      await em.save(
        em.create(Activity, {
          organizationId: plan.organizationId,
          planId: plan.id,
          name,
          hoursPerWeek,
          mode,
          leverage,
        }),
      ),
    );
  }
  return activities;
}

/** What the demo put under `key` earlier: a missing one is a mistake in the demo itself. */
export function seeded<V>(map: ReadonlyMap<string, V>, key: string, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo seed: no ${what} "${key}"`);
  return value;
}

/** The `stop` side of a change goal: shrink the named activity of the week by `hours`. */
export function stopOf(activities: Map<string, Activity>, name: string, hours: number) {
  const activity = seeded(activities, name, 'activity in the week');
  return {
    stopActivityId: activity.id,
    stopActivityName: activity.name,
    stopMode: activity.mode,
    stopLeverage: activity.leverage,
    stopHours: hours,
  };
}

/** The product's budget rule (§2.3, §2.4): the week and the projected week fit the weekly hours. */
export async function assertWithinBudget(em: EntityManager, plan: GrowthPlan): Promise<void> {
  const activities = await em.find(Activity, { where: { planId: plan.id } });
  const goals = await em.find(ChangeGoal, { where: { planId: plan.id } });
  const current = totalHours(activities);
  const projected = totalHours(projectWeek(activities, goals.map(goalShift)));
  if (overBudget(plan.weeklyHours, current) > 0 || overBudget(plan.weeklyHours, projected) > 0) {
    throw new Error(
      `demo seed: plan ${plan.id} is over its ${plan.weeklyHours} h budget (week ${current} h, projected ${projected} h)`,
    );
  }
}

/** [side, days ago, confidence 1–5, coaching hours since the last one, note] */
export type CheckInRow = [side: Side, daysAgo: number, confidence: number, coachingHours: number, note: string];

/** A delegation of the plan's owner, created `createdDaysAgo`, with its check-ins from either side. */
export async function addDelegation(
  em: EntityManager,
  plan: GrowthPlan,
  fields: Pick<
    Delegation,
    | 'activityId'
    | 'activityName'
    | 'delegateeId'
    | 'hoursPerWeek'
    | 'learningObjective'
    | 'goalId'
    | 'stage'
    | 'handedOverAt'
  >,
  createdDaysAgo: number,
  checkIns: CheckInRow[],
): Promise<Delegation> {
  const delegation = await em.save(
    em.create(Delegation, {
      organizationId: plan.organizationId,
      planId: plan.id,
      delegatorId: plan.ownerId,
      ...fields,
      createdAt: daysAgo(createdDaysAgo),
    }),
  );
  for (const [side, days, confidence, coachingHours, note] of checkIns) {
    await em.insert(CheckIn, {
      organizationId: plan.organizationId,
      delegationId: delegation.id,
      side,
      authorId: side === Side.DELEGATOR ? plan.ownerId : fields.delegateeId,
      at: daysAgo(days),
      confidence,
      coachingHours,
      note,
    });
  }
  return delegation;
}

/** The delegation's fields for (part of) an activity still in the week. */
export function delegationOf(activity: Activity | undefined, hoursPerWeek: number) {
  if (!activity) throw new Error('demo seed: delegating an activity that is not in the week');
  if (hoursPerWeek > activity.hoursPerWeek)
    throw new Error(`demo seed: "${activity.name}" only takes ${activity.hoursPerWeek} h a week`);
  return { activityId: activity.id, activityName: activity.name, hoursPerWeek };
}

/** [requester id, requester name, topic, unique skill, reusable lesson, owning team exists, horizon, decision, redirected to, hours spent, days ago] */
export type HelpRequestRow = [
  string | null,
  string,
  string,
  boolean,
  boolean,
  boolean,
  GuidanceHorizon,
  HelpDecision,
  string | null,
  number,
  number,
];

export async function addHelpRequests(em: EntityManager, plan: GrowthPlan, requests: HelpRequestRow[]): Promise<void> {
  for (const [
    requesterId,
    requesterName,
    topic,
    uniqueSkill,
    reusableLesson,
    owningTeamExists,
    guidanceHorizon,
    decision,
    redirectedTo,
    hoursSpent,
    days,
  ] of requests) {
    await em.insert(HelpRequest, {
      organizationId: plan.organizationId,
      planId: plan.id,
      requesterId,
      requesterName,
      topic,
      receivedAt: daysAgo(days),
      uniqueSkill,
      reusableLesson,
      owningTeamExists,
      guidanceHorizon,
      decision,
      redirectedTo,
      hoursSpent,
    });
  }
}

/** A past quarter's reflection, written and signed off by both sides, with its frozen snapshot. */
export async function addSignedOffReflection(
  em: EntityManager,
  plan: GrowthPlan,
  quarter: string,
  point: Omit<QuarterPoint, 'quarter'>,
  texts: { self: string; manager: string },
  snapshot: { gapsOpened: number; delegationsByStage: Partial<Record<DelegationStage, number>> },
): Promise<void> {
  await em.insert(Reflection, {
    organizationId: plan.organizationId,
    planId: plan.id,
    quarter,
    status: ReflectionStatus.SIGNED_OFF,
    snapshot: { point: { quarter, ...point }, ...snapshot, findings: [] },
    selfText: texts.self,
    managerText: texts.manager,
    nextGapId: null,
    selfReportedAntiPatterns: [],
    signedOffBySelf: true,
    signedOffByManager: true,
  });
}
