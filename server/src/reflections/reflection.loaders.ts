import type { DataSource } from 'typeorm';
import { byId, listOf, type ListSpec } from '../core/db/batch';
import { Reflection } from './reflection.entity';

/** A plan's reflections, oldest quarter first: the loader's and the homes' preload's order. */
export const REFLECTIONS_BY_PLAN: ListSpec<Reflection> = { entity: Reflection, parent: 'planId', orderBy: ['quarter'] };

/** Per-request batches for reflections, scoped to one organization. */
export function createReflectionLoaders(db: DataSource, organizationId: string) {
  const reflection = byId(db, Reflection, organizationId);
  const reflectionsByPlan = listOf(db, organizationId, REFLECTIONS_BY_PLAN, reflection);
  return { reflection, reflectionsByPlan };
}

declare module '../core/context' {
  interface Loaders {
    reflections: ReturnType<typeof createReflectionLoaders>;
  }
}

/** The rows a read model may load ahead, as field resolvers name them in `@Reads`. */
declare module '../core/reads' {
  interface RowKinds {
    reflection: Reflection;
  }
}
