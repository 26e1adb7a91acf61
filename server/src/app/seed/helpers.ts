import {
  type DelegationStage,
  GoalStatus,
  GuidanceHorizon,
  HelpDecision,
  Level,
  Leverage,
  Mode,
  overBudget,
  PlanStatus,
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
import { GrowthPlan } from '../../plans/plan.entity';
import { Gap } from '../../plans/gap.entity';
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

/** How a request was triaged: the three questions, the horizon of the guidance, the decision and where it went. */
export type Triage = Pick<
  HelpRequest,
  'uniqueSkill' | 'reusableLesson' | 'owningTeamExists' | 'guidanceHorizon' | 'decision' | 'redirectedTo'
>;

export const triage = (
  uniqueSkill: boolean,
  reusableLesson: boolean,
  owningTeamExists: boolean,
  guidanceHorizon: GuidanceHorizon,
  decision: HelpDecision,
  redirectedTo: string | null = null,
): Triage => ({ uniqueSkill, reusableLesson, owningTeamExists, guidanceHorizon, decision, redirectedTo });

/** A request another team owns, sent there. */
export const redirectTo = (where: string) =>
  triage(false, false, true, GuidanceHorizon.ONE_OFF, HelpDecision.REDIRECT, where);

/** The triages the demo's requests share. */
export const TRIAGE = {
  teachForMonths: triage(true, true, false, GuidanceHorizon.MONTHS, HelpDecision.TEACH),
  teachForWeeks: triage(true, true, false, GuidanceHorizon.WEEKS, HelpDecision.TEACH),
  help: triage(true, false, false, GuidanceHorizon.WEEKS, HelpDecision.HELP),
} satisfies Record<string, Triage>;

/** [requester id, requester name, topic, triage, hours spent, days ago] */
export type HelpRequestRow = [string | null, string, string, Triage, number, number];

export async function addHelpRequests(em: EntityManager, plan: GrowthPlan, requests: HelpRequestRow[]): Promise<void> {
  for (const [requesterId, requesterName, topic, triaged, hoursSpent, days] of requests) {
    await em.insert(HelpRequest, {
      organizationId: plan.organizationId,
      planId: plan.id,
      requesterId,
      requesterName,
      topic,
      receivedAt: daysAgo(days),
      ...triaged,
      hoursSpent,
    });
  }
}

/** A past quarter's reflection: its point on the trend, both sides' texts and what its snapshot froze. */
export interface ReflectionSpec {
  quarter: string;
  point: Omit<QuarterPoint, 'quarter'>;
  self: string;
  manager: string;
  gapsOpened: number;
  delegationsByStage: Partial<Record<DelegationStage, number>>;
}

/** A past quarter's reflection, written and signed off by both sides, with its frozen snapshot. */
export async function addSignedOffReflection(
  em: EntityManager,
  plan: GrowthPlan,
  { quarter, point, self, manager, gapsOpened, delegationsByStage }: ReflectionSpec,
): Promise<void> {
  await em.insert(Reflection, {
    organizationId: plan.organizationId,
    planId: plan.id,
    quarter,
    status: ReflectionStatus.SIGNED_OFF,
    snapshot: { point: { quarter, ...point }, gapsOpened, delegationsByStage, findings: [] },
    selfText: self,
    managerText: manager,
    nextGapId: null,
    selfReportedAntiPatterns: [],
    signedOffBySelf: true,
    signedOffByManager: true,
  });
}

/** A senior's active plan toward Lead. */
export function addPlan(
  em: EntityManager,
  organizationId: string,
  fields: Pick<GrowthPlan, 'ownerId' | 'managerId' | 'targetArchetype' | 'weeklyHours'>,
): Promise<GrowthPlan> {
  return em.save(
    em.create(GrowthPlan, {
      organizationId,
      status: PlanStatus.ACTIVE,
      currentLevel: Level.SENIOR,
      targetLevel: Level.LEAD,
      ...fields,
    }),
  );
}

export type GapSpec = Pick<Gap, 'kind' | 'title' | 'description' | 'status' | 'openedQuarter' | 'evidence'>;

/** The plan's gaps, none closed yet, in the order given. */
export async function addGaps(em: EntityManager, plan: GrowthPlan, gaps: GapSpec[]): Promise<Gap[]> {
  const saved: Gap[] = [];
  for (const gap of gaps) {
    saved.push(
      await em.save(
        em.create(Gap, { organizationId: plan.organizationId, planId: plan.id, ...gap, closedQuarter: null }),
      ),
    );
  }
  return saved;
}

/**
 * A change goal that stops [activity of the week, hours] (null: it only adds) and starts multiplying,
 * high-leverage work. A done goal's started activity is in the week, and the one it stopped may have
 * left it: `stopped` names that one instead.
 */
export interface GoalSpec extends Pick<ChangeGoal, 'title' | 'lever' | 'status' | 'successMeasure' | 'targetQuarter'> {
  gapId: string | null;
  stop: [activity: string, hours: number] | null;
  stopped?: ActivityRow;
  start: [activity: string, hours: number];
}

const NO_STOP = { stopActivityId: null, stopActivityName: null, stopMode: null, stopLeverage: null, stopHours: null };

/** The `stop` side of a goal: an activity of the week, one that has left it, or none. */
function stopSide(activities: Map<string, Activity>, { stop, stopped }: Pick<GoalSpec, 'stop' | 'stopped'>) {
  if (stop) return stopOf(activities, ...stop);
  if (!stopped) return NO_STOP;
  const [stopActivityName, stopHours, stopMode, stopLeverage] = stopped;
  return { stopActivityId: null, stopActivityName, stopMode, stopLeverage, stopHours };
}

export function addGoal(
  em: EntityManager,
  plan: GrowthPlan,
  activities: Map<string, Activity>,
  { stop, stopped, start: [startActivityName, startHours], ...fields }: GoalSpec,
): Promise<ChangeGoal> {
  const started =
    fields.status === GoalStatus.DONE ? seeded(activities, startActivityName, 'activity in the week') : null;
  return em.save(
    em.create(ChangeGoal, {
      organizationId: plan.organizationId,
      planId: plan.id,
      ...fields,
      ...stopSide(activities, { stop, stopped }),
      startActivityId: started?.id ?? null,
      startActivityName,
      startMode: Mode.MULTIPLYING,
      startLeverage: Leverage.HIGH,
      startHours,
    }),
  );
}

/** A delegation of (part of) an activity of the week, or of one that has left it (`leftTheWeek`). */
export interface DelegationSpec extends Pick<Delegation, 'delegateeId' | 'stage' | 'learningObjective'> {
  activity: string;
  hoursPerWeek: number;
  leftTheWeek?: boolean;
  goalId?: string | null;
  handedOverDaysAgo?: number;
  createdDaysAgo: number;
  checkIns: CheckInRow[];
}

/** The plan owner's delegations, in the order given. */
export async function addDelegations(
  em: EntityManager,
  plan: GrowthPlan,
  activities: Map<string, Activity>,
  delegations: DelegationSpec[],
): Promise<void> {
  for (const spec of delegations) {
    const { activity, hoursPerWeek, leftTheWeek, goalId = null, handedOverDaysAgo, createdDaysAgo, checkIns } = spec;
    const taken = leftTheWeek
      ? { activityId: null, activityName: activity, hoursPerWeek }
      : delegationOf(activities.get(activity), hoursPerWeek);
    await addDelegation(
      em,
      plan,
      {
        ...taken,
        delegateeId: spec.delegateeId,
        stage: spec.stage,
        learningObjective: spec.learningObjective,
        goalId,
        handedOverAt: handedOverDaysAgo === undefined ? null : daysAgo(handedOverDaysAgo),
      },
      createdDaysAgo,
      checkIns,
    );
  }
}
