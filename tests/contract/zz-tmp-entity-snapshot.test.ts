import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { DataSource } from 'typeorm';
import { entities } from '../../server/src/app/db/data-source';

it('snapshots entity metadata', async () => {
  const ds = new DataSource({ type: 'postgres', entities });
  await (ds as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  const out = ds.entityMetadatas
    .map((m) => ({
      table: m.tableName,
      columns: m.columns.map((c) => [c.databaseName, c.type, c.isNullable, String(c.default), c.isPrimary]),
      checks: m.checks.map((c) => [c.name, c.expression]).sort(),
      fks: m.foreignKeys
        .map((f) => [f.name, f.columnNames, f.referencedTablePath, f.referencedColumnNames, f.onDelete, f.onUpdate, f.deferrable])
        .sort(),
      indices: m.indices
        .map((i) => [i.name, i.columns.map((c) => c.databaseName), i.isUnique, i.where, i.synchronize, i.isSpatial, i.isFulltext])
        .sort(),
      uniques: m.uniques.map((u) => [u.name, u.columns.map((c) => c.databaseName)]).sort(),
      relations: m.relations.length,
    }))
    .sort((a, b) => a.table.localeCompare(b.table));
  writeFileSync(process.env.SNAP_OUT ?? '/tmp/ent/snap.json', JSON.stringify(out, null, 1));
});
