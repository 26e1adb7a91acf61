import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Organization } from './organization.entity';

/** The viewer's organization (another id resolves to null). */
export function createOrganizationLoader(db: DataSource, organizationId: string) {
  return new DataLoader<string, Organization | null>(async (ids) => {
    const rows = await db
      .getRepository(Organization)
      .createQueryBuilder('o')
      .where('o.id = ANY(:ids) AND o.id = :organizationId', { ids: [...ids], organizationId })
      .getMany();
    return ids.map((id) => rows.find((o) => o.id === id) ?? null);
  });
}

declare module '../../core/context' {
  interface Loaders {
    organization: ReturnType<typeof createOrganizationLoader>;
  }
}
