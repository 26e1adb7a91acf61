import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity as PostgreSQL JSON and back, derived from the entity's TypeORM metadata: for read
 * paths where PostgreSQL assembles a whole tree of rows in one statement (`json_build_object`,
 * `json_agg`) and the server must not pay TypeORM's per-row hydration for thousands of them.
 * `read(json)` gives what the repository would have returned for the same row: an instance
 * of the entity class, timestamps as `Date`, numeric columns as numbers, `date` columns as
 * `YYYY-MM-DD` strings, JSON columns parsed.
 */
export interface JsonRow<T> {
  /** `json_build_object(...)` of the row aliased `alias`, keyed by the entity's property names. */
  sql(alias: string): string;
  read(json: unknown): T;
}

const TIMESTAMP_TYPES = new Set(['timestamptz', 'timestamp', 'timestamp with time zone', 'timestamp without time zone']);
const NUMERIC_TYPES = new Set(['numeric', 'decimal']);

interface ColumnPlan {
  property: string;
  column: string;
  timestamp: boolean;
  numeric: boolean;
}

export function jsonRow<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>): JsonRow<T> {
  const metadata = db.getMetadata(entity);
  const columns: ColumnPlan[] = metadata.columns.map((c) => {
    const type = typeof c.type === 'string' ? c.type : '';
    if (c.embeddedMetadata || c.relationMetadata) throw new Error(`jsonRow: ${metadata.name}.${c.propertyName} is not a plain column`);
    return { property: c.propertyName, column: c.databaseName, timestamp: TIMESTAMP_TYPES.has(type), numeric: NUMERIC_TYPES.has(type) };
  });
  if (columns.length > 50) throw new Error(`jsonRow: ${metadata.name} has more columns than json_build_object takes`);
  const prototype = (metadata.target as { prototype: object }).prototype;
  const timestamps = columns.filter((c) => c.timestamp).map((c) => c.property);

  return {
    sql(alias) {
      // numeric → float8 so JSON carries a number (what the numericNumber transformer gives).
      const pairs = columns.map((c) => `'${c.property}', ${alias}.${c.column}${c.numeric ? '::float8' : ''}`);
      return `json_build_object(${pairs.join(', ')})`;
    },
    read(json) {
      const row = Object.assign(Object.create(prototype) as T, json as T) as Record<string, unknown>;
      for (const property of timestamps) {
        const value = row[property];
        if (typeof value === 'string') row[property] = new Date(value);
      }
      return row as T;
    },
  };
}

/** `COALESCE(json_agg(...), '[]')`: an empty list rather than null when nothing matches. */
export function jsonList(element: string, from: string, orderBy: string): string {
  return `COALESCE((SELECT json_agg(${element} ORDER BY ${orderBy}) ${from}), '[]'::json)`;
}
