import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byId, listBy } from '../db/batch';
import { Organization } from '../modules/organizations/organization.entity';
import { Person } from '../modules/people/person.entity';
import { createDelegationLoaders } from '../modules/delegations/delegation.loaders';
import { createOneOnOneLoaders } from '../modules/one-on-ones/one-on-one.loaders';
import { createPlanLoaders } from '../modules/plans/plan.loaders';
import { createReflectionLoaders } from '../modules/reflections/reflection.loaders';
import type { Viewer } from './context';

/**
 * Per-request batching and caching of every relation the schema exposes. Each loader is
 * scoped to the viewer's organization, so an id of another tenant simply resolves to null.
 */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  const organizationId = viewer?.organizationId ?? '00000000-0000-0000-0000-000000000000';

  const person = byId(db, Person, organizationId);
  const reports = listBy(db, Person, organizationId, {
    column: 'manager_id',
    key: (p) => p.managerId ?? '',
    orderBy: ['x.name'],
    prime: person,
  });

  const hasAccount = new DataLoader<string, boolean>(async (personIds) => {
    const rows: { person_id: string }[] = await db.query(
      'SELECT person_id FROM account WHERE organization_id = $1 AND person_id = ANY($2)',
      [organizationId, [...personIds]],
    );
    const withAccount = new Set(rows.map((r) => r.person_id));
    return personIds.map((id) => withAccount.has(id));
  });

  const organization = new DataLoader<string, Organization | null>(async (ids) => {
    const rows = await db
      .getRepository(Organization)
      .createQueryBuilder('o')
      .where('o.id = ANY(:ids) AND o.id = :organizationId', { ids: [...ids], organizationId })
      .getMany();
    return ids.map((id) => rows.find((o) => o.id === id) ?? null);
  });

  let subtree: Promise<Set<string>> | undefined;
  /** Ids of everyone below the viewer in the manager chain, loaded once per request. */
  const viewerSubtree = (): Promise<Set<string>> => {
    subtree ??= viewer
      ? descendantsOf(db, viewer.organizationId, viewer.personId).then((ids) => new Set(ids))
      : Promise.resolve(new Set());
    return subtree;
  };
  /** After the org chart changed in this request, the next call reloads the subtree. */
  const forgetSubtree = (): void => {
    subtree = undefined;
    reports.clearAll();
  };

  return {
    person,
    reports,
    hasAccount,
    organization,
    viewerSubtree,
    forgetSubtree,
    plans: createPlanLoaders(db, organizationId),
    delegations: createDelegationLoaders(db, organizationId),
    oneOnOnes: createOneOnOneLoaders(db, organizationId, viewer?.personId ?? null),
    reflections: createReflectionLoaders(db, organizationId),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * The recursive CTE `below`: everyone below person $2 in organization $1's manager chain (not
 * including the person). For statements that need it inline (the plans preload).
 */
export const BELOW_CTE = `below AS (
  SELECT id FROM person WHERE organization_id = $1 AND manager_id = $2
  UNION
  SELECT p.id FROM person p JOIN below b ON p.manager_id = b.id WHERE p.organization_id = $1
)`;

/** Everyone below `personId` in the manager chain (not including the person). */
export async function descendantsOf(
  db: Pick<DataSource, 'query'>,
  organizationId: string,
  personId: string,
): Promise<string[]> {
  const rows: { id: string }[] = await db.query(`WITH RECURSIVE ${BELOW_CTE} SELECT id FROM below`, [
    organizationId,
    personId,
  ]);
  return rows.map((r) => r.id);
}
