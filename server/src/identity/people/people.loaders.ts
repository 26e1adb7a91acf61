import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context';
import { byId, listBy } from '../../core/db/batch';
import { descendantsOf } from '../../core/org-chart';
import { Person } from './person.entity';

/** People and the org chart, per request, scoped to the viewer's organization. */
export function createPeopleLoaders(db: DataSource, organizationId: string, viewer: Viewer | null) {
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

  let subtree: Promise<Set<string>> | undefined;
  const viewerSubtree = (): Promise<Set<string>> => {
    subtree ??= viewer
      ? descendantsOf(db, viewer.organizationId, viewer.personId).then((ids) => new Set(ids))
      : Promise.resolve(new Set());
    return subtree;
  };
  const forgetSubtree = (): void => {
    subtree = undefined;
    reports.clearAll();
  };
  // The owner is usually loaded already (and primed for live events): no statement of its own.
  const currentManager = async (personId: string) => (await person.load(personId))?.managerId;

  return { person, reports, hasAccount, viewerSubtree, forgetSubtree, currentManager };
}

type PeopleLoaders = ReturnType<typeof createPeopleLoaders>;

declare module '../../core/context' {
  interface Loaders {
    person: PeopleLoaders['person'];
    reports: PeopleLoaders['reports'];
    hasAccount: PeopleLoaders['hasAccount'];
  }
}
