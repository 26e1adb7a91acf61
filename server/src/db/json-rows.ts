import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity as compact PostgreSQL JSON and back, derived from the entity's TypeORM metadata:
 * for read paths where PostgreSQL assembles a whole tree of rows in one statement
 * (`json_build_array`, `json_agg`) and the server must not pay TypeORM's per-row hydration
 * for thousands of them.
 *
 * A row travels as a positional array (no property names repeated in every row), timestamps as
 * epoch milliseconds, numerics as JSON numbers, and without the columns the reader already
 * knows from the statement (the organization it is limited to, the parent it was selected by).
 * `read` gives back a plain object with every column the repository would have returned for
 * the same row, valued alike: timestamps as `Date`s (to the millisecond, as `pg` parses them),
 * numeric columns as numbers, `date` columns as `YYYY-MM-DD`, JSON columns parsed.
 */
export interface JsonRow<T, K extends keyof T> {
  /** `json_build_array(...)` of the row aliased `alias`: every column but the known ones. */
  sql(alias: string): string;
  /** The row from that array and the known columns' values. */
  read(values: readonly unknown[], known: Pick<T, K>): T;
}

const TIMESTAMP_TYPES = new Set(['timestamptz', 'timestamp', 'timestamp with time zone', 'timestamp without time zone']);
const NUMERIC_TYPES = new Set(['numeric', 'decimal']);

export function jsonRow<T extends ObjectLiteral, K extends keyof T & string>(db: DataSource, entity: EntityTarget<T>, known: readonly K[]): JsonRow<T, K> {
  const metadata = db.getMetadata(entity);
  for (const c of metadata.columns) {
    if (c.embeddedMetadata || c.relationMetadata) throw new Error(`jsonRow: ${metadata.name}.${c.propertyName} is not a plain column`);
  }
  for (const k of known) {
    if (!metadata.columns.some((c) => c.propertyName === k)) throw new Error(`jsonRow: ${metadata.name} has no column ${k}`);
  }
  const columns = metadata.columns
    .filter((c) => !(known as readonly string[]).includes(c.propertyName))
    .map((c) => {
      const type = typeof c.type === 'string' ? c.type : '';
      return { property: c.propertyName, column: c.databaseName, timestamp: TIMESTAMP_TYPES.has(type), numeric: NUMERIC_TYPES.has(type) };
    });
  if (columns.length > 100) throw new Error(`jsonRow: ${metadata.name} has more columns than json_build_array takes`);
  const properties = columns.map((c) => c.property);
  const timestamps = new Set(columns.flatMap((c, i) => (c.timestamp ? [i] : [])));
  const prototype: object = typeof metadata.target === 'function' ? (metadata.target.prototype as object) : Object.prototype;

  return {
    sql(alias) {
      const values = columns.map(({ column, timestamp, numeric }) => {
        const ref = `${alias}.${column}`;
        if (timestamp) return `(floor(extract(epoch FROM ${ref}) * 1000))::bigint`;
        return numeric ? `${ref}::float8` : ref;
      });
      return `json_build_array(${values.join(', ')})`;
    },
    read(values, knownValues) {
      const row: Record<string, unknown> = Object.assign(Object.create(prototype) as object, knownValues);
      for (let i = 0; i < properties.length; i++) {
        const value = values[i];
        row[properties[i]!] = timestamps.has(i) && value !== null ? new Date(value as number) : value;
      }
      return row as T;
    },
  };
}

/** `COALESCE(json_agg(...), '[]')`: an empty list rather than null when nothing matches. */
export function jsonList(element: string, from: string, orderBy: string): string {
  return `COALESCE((SELECT json_agg(${element} ORDER BY ${orderBy}) ${from}), '[]'::json)`;
}
