import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { migrations } from '../../migrations';
import { createDataSource } from '../../server/src/app/db/data-source';
import { runMigrations } from '../../server/src/app/db/migrate';
import { createLogger } from '../../server/src/core/logger';
import { adminQuery, withDatabase } from '../setup/global-setup';
import { dropDatabase } from '../support/server';

/**
 * The entities and the migrations describe the same schema: on a database that only the
 * migrations built (an empty one, not the test template), TypeORM compares the entity metadata
 * with the tables and finds nothing to change. A column, index, default or constraint declared
 * on one side only shows up here as the SQL that would close the gap.
 */

const log = createLogger('silent');
let url: string;
let dataSource: DataSource | undefined;
let applied: string[];

beforeAll(async () => {
  const adminUrl = inject('adminUrl');
  const name = `fulcrum_drift_${inject('runId')}_${process.pid}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  url = withDatabase(adminUrl, name);
  applied = await runMigrations(url, log);
  dataSource = createDataSource({ url, log, poolSize: 1 });
  await dataSource.initialize();
});

afterAll(async () => {
  await dataSource?.destroy();
  if (url) await dropDatabase(url);
});

describe('the migrated schema', () => {
  it('is built by every migration, oldest first, on an empty database', () => {
    expect(applied).toEqual(migrations.map((m) => m.name));
  });

  it('has every table and column the entities declare, with their types and nullability, and nothing they do not', async () => {
    const up = (await dataSource!.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
    // Statements that only remove what the migrations declare and the entities leave unsaid
    // (the next test fails on those too); anything else is a table or column out of step with an entity.
    const columnDrift = up.filter((sql) => !LEFT_TO_THE_MIGRATIONS.test(sql));
    expect(columnDrift, `TypeORM would run:\n${columnDrift.join(';\n')}`).toEqual([]);
  });

  // The entities declare every foreign key, CHECK and UNIQUE constraint, index and column default
  // under the name PostgreSQL gave it (TypeORM matches them by name).
  it('matches the TypeORM entities: the schema diff has no statement to run', async () => {
    const up = (await dataSource!.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
    expect(up, `the entities differ from the migrated schema; TypeORM would run:\n${up.join(';\n')}`).toEqual([]);
  });

  // `@Index(name, { synchronize: false })` hides an index from the diff: only for what `@Index`
  // cannot state (a DESC column), and only for an index the migrations do create.
  it('leaves to the migrations only the indexes the entities cannot state, and those exist', async () => {
    const unsynchronized = dataSource!.entityMetadatas.flatMap((m) =>
      m.indices.filter((i) => !i.synchronize).map((i) => `${m.tableName}.${i.name}`),
    );
    expect(unsynchronized.sort()).toEqual([
      'help_request.help_request_plan_received_idx',
      'one_on_one.one_on_one_plan_scheduled_idx',
    ]);
    const rows = await dataSource!.query<{ indexdef: string }[]>(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexname = ANY($1) ORDER BY indexname`,
      [unsynchronized.map((i) => i.split('.')[1])],
    );
    expect(rows.map((r) => r.indexdef)).toEqual([
      'CREATE INDEX help_request_plan_received_idx ON public.help_request USING btree (plan_id, received_at DESC, id DESC)',
      'CREATE INDEX one_on_one_plan_scheduled_idx ON public.one_on_one USING btree (plan_id, scheduled_at DESC, id DESC)',
    ]);
  });
});

/** A foreign key, CHECK or UNIQUE constraint, index or column default dropped. */
const LEFT_TO_THE_MIGRATIONS =
  /^(ALTER TABLE "\w+" DROP CONSTRAINT "\w+"|DROP INDEX "\w+"\."\w+"|ALTER TABLE "\w+" ALTER COLUMN "\w+" DROP DEFAULT)$/;
