import { PlanStatus } from '@fulcrum/shared';
import { Loader } from '../core/db/loader';
import type { DataSource } from 'typeorm';
import { byId, listOf, rowPerKey, rowsAmong, type ListSpec } from '../core/db/batch';
import { Activity } from './activity.entity';
import { Gap } from './gap.entity';
import { ChangeGoal } from './goal.entity';
import { GrowthPlan } from './plan.entity';
import { SignalRatingRow } from './signal-rating.entity';

/** A plan's lists, each in a stable order: the loaders' and the homes' preload's (`ListSpec`). */
export const SIGNALS_BY_PLAN: ListSpec<SignalRatingRow> = {
  entity: SignalRatingRow,
  parent: 'planId',
  orderBy: ['signal'],
};
export const GAPS_BY_PLAN: ListSpec<Gap> = { entity: Gap, parent: 'planId', orderBy: ['createdAt'] };
export const ACTIVITIES_BY_PLAN: ListSpec<Activity> = { entity: Activity, parent: 'planId', orderBy: ['createdAt'] };
export const GOALS_BY_PLAN: ListSpec<ChangeGoal> = { entity: ChangeGoal, parent: 'planId', orderBy: ['createdAt'] };

export function createPlanLoaders(db: DataSource, organizationId: string) {
  const plan = byId(db, GrowthPlan, organizationId);
  const gap = byId(db, Gap, organizationId);
  const activity = byId(db, Activity, organizationId);
  const goal = byId(db, ChangeGoal, organizationId);

  /** The one non-archived plan of each person. */
  const openPlanByOwner = new Loader<GrowthPlan | null>(async (ownerIds) => {
    const rows = await rowsAmong(db, GrowthPlan, organizationId, 'owner_id', ownerIds)
      .andWhere('x.status <> :archived', { archived: PlanStatus.ARCHIVED })
      .getMany();
    for (const row of rows) plan.prime(row.id, row);
    return rowPerKey(ownerIds, rows, (row) => row.ownerId);
  });

  return {
    plan,
    openPlanByOwner,
    gap,
    activity,
    goal,
    signalsByPlan: listOf(db, organizationId, SIGNALS_BY_PLAN),
    gapsByPlan: listOf(db, organizationId, GAPS_BY_PLAN, gap),
    activitiesByPlan: listOf(db, organizationId, ACTIVITIES_BY_PLAN, activity),
    goalsByPlan: listOf(db, organizationId, GOALS_BY_PLAN, goal),
  };
}

export type PlanLoaders = ReturnType<typeof createPlanLoaders>;

declare module '../core/context' {
  interface Loaders {
    plans: PlanLoaders;
  }
}

/** The plan's rows a read model may load ahead, as field resolvers name them in `@Reads`. */
declare module '../core/reads' {
  interface RowKinds {
    plan: GrowthPlan;
    signal: SignalRatingRow;
    gap: Gap;
    activity: Activity;
    goal: ChangeGoal;
  }
}
