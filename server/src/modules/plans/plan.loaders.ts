import { isId, PlanStatus } from '@fulcrum/shared';
import DataLoader from 'dataloader';
import { type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { Activity } from './activity.entity';
import { Gap } from './gap.entity';
import { ChangeGoal } from './goal.entity';
import { GrowthPlan } from './plan.entity';
import { SignalRatingRow } from './signal-rating.entity';

type Owned = ObjectLiteral & { id: string; organizationId: string };

/** Rows by id, limited to the organization; unknown and malformed ids resolve to null. */
function byId<T extends Owned>(db: DataSource, entity: EntityTarget<T>, organizationId: string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const wanted = ids.filter(isId);
    const rows = wanted.length === 0 ? [] : await db.getRepository(entity).createQueryBuilder('x')
      .where('x.organization_id = :organizationId AND x.id = ANY(:ids)', { organizationId, ids: wanted })
      .getMany();
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Rows grouped by plan, in a stable order, priming the by-id loader with each row. */
function byPlan<T extends Owned & { planId: string }>(
  db: DataSource,
  entity: EntityTarget<T>,
  organizationId: string,
  order: string,
  prime?: DataLoader<string, T | null>,
) {
  return new DataLoader<string, T[]>(async (planIds) => {
    const rows = await db.getRepository(entity).createQueryBuilder('x')
      .where('x.organization_id = :organizationId AND x.plan_id = ANY(:planIds)', { organizationId, planIds: [...planIds] })
      .orderBy(order)
      .addOrderBy('x.id')
      .getMany();
    const grouped = new Map<string, T[]>();
    for (const row of rows) {
      prime?.prime(row.id, row);
      grouped.set(row.planId, [...(grouped.get(row.planId) ?? []), row]);
    }
    return planIds.map((id) => grouped.get(id) ?? []);
  });
}

export function createPlanLoaders(db: DataSource, organizationId: string) {
  const plan = byId(db, GrowthPlan, organizationId);
  const gap = byId(db, Gap, organizationId);
  const activity = byId(db, Activity, organizationId);
  const goal = byId(db, ChangeGoal, organizationId);

  /** The one non-archived plan of each person. */
  const openPlanByOwner = new DataLoader<string, GrowthPlan | null>(async (ownerIds) => {
    const rows = await db.getRepository(GrowthPlan).createQueryBuilder('p')
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
