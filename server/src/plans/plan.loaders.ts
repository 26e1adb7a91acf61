import { PlanStatus } from '@fulcrum/shared';
import { Loader } from '../core/db/loader';
import type { DataSource, EntityTarget } from 'typeorm';
import { byId, listBy, type Owned } from '../core/db/batch';
import { Activity } from './activity.entity';
import { Gap } from './gap.entity';
import { ChangeGoal } from './goal.entity';
import { GrowthPlan } from './plan.entity';
import { SignalRatingRow } from './signal-rating.entity';

/** Rows of a plan in a stable order, filling the by-id loader with each row. */
function byPlan<T extends Owned & { planId: string }>(
  db: DataSource,
  entity: EntityTarget<T>,
  organizationId: string,
  order: string,
  prime?: Loader<T | null>,
) {
  return listBy(db, entity, organizationId, {
    column: 'plan_id',
    key: (row) => row.planId,
    orderBy: [order],
    prime,
  });
}

export function createPlanLoaders(db: DataSource, organizationId: string) {
  const plan = byId(db, GrowthPlan, organizationId);
  const gap = byId(db, Gap, organizationId);
  const activity = byId(db, Activity, organizationId);
  const goal = byId(db, ChangeGoal, organizationId);

  /** The one non-archived plan of each person. */
  const openPlanByOwner = new Loader<GrowthPlan | null>(async (ownerIds) => {
    const rows = await db
      .getRepository(GrowthPlan)
      .createQueryBuilder('p')
      .where('p.organization_id = :organizationId AND p.owner_id = ANY(:ownerIds) AND p.status <> :archived', {
        organizationId,
        ownerIds: [...ownerIds],
        archived: PlanStatus.ARCHIVED,
      })
      .getMany();
    const byOwner = new Map(rows.map((row) => [row.ownerId, row]));
    for (const row of rows) plan.prime(row.id, row);
    return ownerIds.map((id) => byOwner.get(id) ?? null);
  });

  return {
    plan,
    openPlanByOwner,
    gap,
    activity,
    goal,
    signalsByPlan: byPlan(db, SignalRatingRow, organizationId, 'x.signal'),
    gapsByPlan: byPlan(db, Gap, organizationId, 'x.createdAt', gap),
    activitiesByPlan: byPlan(db, Activity, organizationId, 'x.createdAt', activity),
    goalsByPlan: byPlan(db, ChangeGoal, organizationId, 'x.createdAt', goal),
  };
}

export type PlanLoaders = ReturnType<typeof createPlanLoaders>;

declare module '../core/context' {
  interface Loaders {
    plans: PlanLoaders;
  }
}
