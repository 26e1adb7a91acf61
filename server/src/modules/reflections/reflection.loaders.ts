import { isId } from '@fulcrum/shared';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Reflection } from './reflection.entity';

/** Per-request batches for reflections, scoped to one organization. */
export function createReflectionLoaders(db: DataSource, organizationId: string) {
  const reflectionsByPlan = new DataLoader<string, Reflection[]>(async (planIds) => {
    const rows = await db.getRepository(Reflection).createQueryBuilder('r')
      .where('r.organization_id = :organizationId AND r.plan_id = ANY(:planIds)', { organizationId, planIds: [...planIds] })
      .orderBy('r.quarter', 'ASC')
      .getMany();
    const byPlan = new Map<string, Reflection[]>();
    for (const row of rows) byPlan.set(row.planId, [...(byPlan.get(row.planId) ?? []), row]);
    return planIds.map((id) => byPlan.get(id) ?? []);
  });
  const reflection = new DataLoader<string, Reflection | null>(async (ids) => {
    const rows = await db.getRepository(Reflection).createQueryBuilder('r')
      .where('r.organization_id = :organizationId AND r.id = ANY(:ids)', { organizationId, ids: ids.filter(isId) })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return { reflection, reflectionsByPlan };
}
