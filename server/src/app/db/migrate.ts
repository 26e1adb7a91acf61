import { Client } from 'pg';
import type { Logger } from '../../core/logger';
import { createMigrationDataSource } from './data-source';

// An arbitrary constant shared by every Fulcrum instance: only one of them migrates at a time.
export const MIGRATION_LOCK = 4_701_202_611;

/** Runs every pending migration, each in its own transaction, under a cluster-wide advisory lock. */
export async function runMigrations(url: string, log: Logger): Promise<string[]> {
  const lock = new Client({ connectionString: url, application_name: 'fulcrum-migrate-lock' });
  lock.on('error', (error) => log.warn({ err: error }, 'migration lock connection lost'));
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const dataSource = createMigrationDataSource(url, log);
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.end().catch(() => undefined);
  }
}
