import { addQuarters, type Archetype, quarterOf } from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import type { ChangeGoal } from '../../plans/goal.entity';
import type { Gap } from '../../plans/gap.entity';
import {
  type ActivityRow,
  addDelegations,
  addGaps,
  addGoal,
  addHelpRequests,
  addPlan,
  addSignedOffReflection,
  addWeek,
  assertWithinBudget,
  type DelegationSpec,
  type GapSpec,
  type GoalSpec,
  type HelpRequestRow,
  rateSignals,
  type RatingRow,
  type ReflectionSpec,
  seeded,
} from './helpers';
import { addOneOnOnes, type OneOnOnesSeed } from './one-on-ones';

/**
 * A demo plan as data, written by `seedPlan`. People are named by their keys in demo-people.ts,
 * gaps and goals by the `key` given them here, and quarters by how many lie between them and the
 * current one (-1: last quarter; 0 where unsaid).
 */
export interface PlanSeed {
  owner: string;
  manager: string;
  targetArchetype: Archetype;
  weeklyHours: number;
  /** Both sides' ratings of every signal. */
  signals: RatingRow[];
  gaps: GapSeed[];
  /** The week as it is now. */
  week: ActivityRow[];
  goals: GoalSeed[];
  delegations: DelegationSeed[];
  /** [requester's key (null: someone outside the organization), requester's name, topic, triage, hours, days ago] */
  helpRequests: HelpRequestRow[];
  /** Past quarters' reflections, signed off by both sides. */
  reflections: ReflectionSeed[];
  /** The last 1:1, if any, and the next one. */
  oneOnOnes?: OneOnOnesSeed;
}

interface Keyed {
  /** The name the rest of the seed refers to it by. */
  key?: string;
}

export interface GapSeed extends Keyed, Omit<GapSpec, 'openedQuarter'> {
  openedQuarter?: number;
}

export interface GoalSeed extends Keyed, Omit<GoalSpec, 'gapId' | 'targetQuarter'> {
  gap?: string;
  targetQuarter?: number;
}

export interface DelegationSeed extends Omit<DelegationSpec, 'delegateeId' | 'goalId'> {
  delegatee: string;
  goal?: string;
}

export interface ReflectionSeed extends Omit<ReflectionSpec, 'quarter'> {
  quarter: number;
}

/** The rows of one plan, in the order a real plan gets them; its week and projected week must fit its hours. */
export async function seedPlan(
  em: EntityManager,
  organizationId: string,
  person: (key: string) => string,
  seed: PlanSeed,
): Promise<void> {
  const { targetArchetype, weeklyHours } = seed;
  const plan = await addPlan(em, organizationId, {
    ownerId: person(seed.owner),
    managerId: person(seed.manager),
    targetArchetype,
    weeklyHours,
  });
  await rateSignals(em, plan, seed.signals);

  const current = quarterOf(new Date());
  const quarter = (offset = 0) => addQuarters(current, offset);
  const savedGaps = await addGaps(
    em,
    plan,
    seed.gaps.map(({ key, openedQuarter, ...gap }) => ({ ...gap, openedQuarter: quarter(openedQuarter) })),
  );
  const gaps = byKey(seed.gaps, savedGaps);
  const activities = await addWeek(em, plan, seed.week);
  const savedGoals: ChangeGoal[] = [];
  for (const { key, gap, targetQuarter, ...goal } of seed.goals) {
    const gapId = gap === undefined ? null : seeded(gaps, gap, 'gap').id;
    savedGoals.push(await addGoal(em, plan, activities, { ...goal, gapId, targetQuarter: quarter(targetQuarter) }));
  }
  const goals = byKey(seed.goals, savedGoals);
  const goal = (key: string) => seeded(goals, key, 'goal');

  await addDelegations(
    em,
    plan,
    activities,
    seed.delegations.map(({ delegatee, goal: served, ...delegation }) => ({
      ...delegation,
      delegateeId: person(delegatee),
      goalId: served === undefined ? null : goal(served).id,
    })),
  );
  await addHelpRequests(
    em,
    plan,
    seed.helpRequests.map(([requester, ...request]) => [requester === null ? null : person(requester), ...request]),
  );
  for (const reflection of seed.reflections) {
    await addSignedOffReflection(em, plan, { ...reflection, quarter: quarter(reflection.quarter) });
  }
  if (seed.oneOnOnes) await addOneOnOnes(em, plan, { person, goal }, seed.oneOnOnes);

  await assertWithinBudget(em, plan);
}

/** The saved rows by the keys their seeds gave them. */
function byKey<R extends ChangeGoal | Gap>(seeds: Keyed[], saved: R[]): Map<string, R> {
  const keyed = new Map<string, R>();
  for (const [index, { key }] of seeds.entries()) if (key !== undefined) keyed.set(key, saved[index]);
  return keyed;
}
