import type { DataSource } from 'typeorm';
import { byId, listBy } from '../core/db/batch';
import { Reflection } from './reflection.entity';

/** Per-request batches for reflections, scoped to one organization. */
export function createReflectionLoaders(db: DataSource, organizationId: string) {
  const reflection = byId(db, Reflection, organizationId);
  const reflectionsByPlan = listBy(db, Reflection, organizationId, {
    column: 'plan_id',
    key: (r) => r.planId,
    orderBy: ['x.quarter'],
    prime: reflection,
  });
  return { reflection, reflectionsByPlan };
}

declare module '../core/context' {
  interface Loaders {
    reflections: ReturnType<typeof createReflectionLoaders>;
  }
}
