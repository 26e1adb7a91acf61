import type { DataSource } from 'typeorm';
import type { Loaders, Viewer } from '../core/context';
import { createDelegationLoaders } from '../delegations/delegation.loaders';
import { createOrganizationLoader } from '../identity/organizations/organization.loaders';
import { createPeopleLoaders } from '../identity/people/people.loaders';
import { createOneOnOneLoaders } from '../one-on-ones/one-on-one.loaders';
import { createPlanLoaders } from '../plans/plan.loaders';
import { createReflectionLoaders } from '../reflections/reflection.loaders';

/**
 * Per-request batching and caching of every relation the schema exposes, assembled from each
 * feature's loaders. Each loader is scoped to the viewer's organization, so an id of another
 * tenant simply resolves to null.
 */
export function createLoaders(db: DataSource, viewer: Viewer | null): Loaders {
  const organizationId = viewer?.organizationId ?? '00000000-0000-0000-0000-000000000000';
  return {
    ...createPeopleLoaders(db, organizationId, viewer),
    organization: createOrganizationLoader(db, organizationId),
    plans: createPlanLoaders(db, organizationId),
    delegations: createDelegationLoaders(db, organizationId),
    oneOnOnes: createOneOnOneLoaders(db, organizationId, viewer?.personId ?? null),
    reflections: createReflectionLoaders(db, organizationId),
  };
}
