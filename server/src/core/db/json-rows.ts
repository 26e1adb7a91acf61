import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity as compact PostgreSQL JSON and back, derived from the entity's TypeORM metadata:
 * for read paths where PostgreSQL assembles a whole tree of rows in one statement
 * (`json_build_array`, `json_agg`) and the server must not pay TypeORM's per-row hydration
 * for thousands of them (the plans preload, and every by-id loader: `batch.ts`).
 *
 * A row travels as a positional array (no property names repeated in every row), timestamps as
 * epoch milliseconds, numerics as JSON numbers, and without the columns the reader already
 * knows from the statement (the organization it is limited to, the parent it was selected by).
 * `read` gives back an instance of the entity class (as TypeORM's are, without running its
 * constructor) with every column the repository would have returned for
 * the same row, valued alike: timestamps as `Date`s (to the millisecond, as `pg` parses them),
 * numeric columns as numbers, `date` columns as `YYYY-MM-DD`, JSON columns parsed.
 */
export interface JsonRow<T, K extends keyof T> {
  /** The entity's table. */
  readonly table: string;
  /** The properties it sends, in order (every column but the known ones, or those `only` kept). */
  readonly columns: readonly string[];
  /** `json_build_array(...)` of the row aliased `alias`: every column but the known ones. */
  sql(alias: string): string;
  /** The row from that array and the known columns' values. */
  read(values: readonly unknown[], known: Pick<T, K>): T;
  /**
   * The same row with only these columns (besides the known ones), for a statement shaped by
   * what a query reads. Reading any other column of a row it reads throws, naming the column:
   * a resolver or rule that needs a column the statement did not send fails loudly instead of
   * seeing `undefined`. A function property, not a method: it reads no `this` (it closes over
   * the whole shape), and every subset shares the whole's.
   */
  readonly only: (properties: Iterable<string>) => JsonRow<T, K>;
}

const TIMESTAMP_TYPES = new Set([
  'timestamptz',
  'timestamp',
  'timestamp with time zone',
  'timestamp without time zone',
]);
const NUMERIC_TYPES = new Set(['numeric', 'decimal']);

interface Column {
  property: string;
  column: string;
  timestamp: boolean;
  numeric: boolean;
}

export function jsonRow<T extends ObjectLiteral, K extends keyof T & string>(
  db: DataSource,
  entity: EntityTarget<T>,
  known: readonly K[],
): JsonRow<T, K> {
  const metadata = db.getMetadata(entity);
  for (const c of metadata.columns) {
    if (c.embeddedMetadata || c.relationMetadata)
      throw new Error(`jsonRow: ${metadata.name}.${c.propertyName} is not a plain column`);
  }
  for (const k of known) {
    if (!metadata.columns.some((c) => c.propertyName === k))
      throw new Error(`jsonRow: ${metadata.name} has no column ${k}`);
  }
  const columns: Column[] = metadata.columns
    .filter((c) => !(known as readonly string[]).includes(c.propertyName))
    .map((c) => {
      const type = typeof c.type === 'string' ? c.type : '';
      return {
        property: c.propertyName,
        column: c.databaseName,
        timestamp: TIMESTAMP_TYPES.has(type),
        numeric: NUMERIC_TYPES.has(type),
      };
    });
  if (columns.length > 100) throw new Error(`jsonRow: ${metadata.name} has more columns than json_build_array takes`);
  // Rows are instances of the entity class (without running its constructor), as TypeORM's are.
  const prototype: object =
    typeof metadata.target === 'function' ? (metadata.target.prototype as object) : Object.prototype;

  const subsets = new Map<string, JsonRow<T, K>>();
  const whole: JsonRow<T, K> = {
    table: metadata.tablePath,
    ...shape<T, K>(columns, prototype),
    only(properties) {
      const wanted = new Set(properties);
      for (const property of wanted) {
        if (!columns.some((c) => c.property === property))
          throw new Error(`jsonRow: ${metadata.name} has no column ${property} to send`);
      }
      const kept = columns.filter((c) => wanted.has(c.property));
      if (kept.length === columns.length) return whole;
      const key = kept.map((c) => c.property).join(',');
      let subset = subsets.get(key);
      if (!subset) {
        const absent = columns.filter((c) => !wanted.has(c.property)).map((c) => c.property);
        subsets.set(
          key,
          (subset = {
            table: whole.table,
            ...shape<T, K>(kept, withAbsent(prototype, metadata.name, absent)),
            only: whole.only,
          }),
        );
      }
      return subset;
    },
  };
  return whole;
}

function shape<T, K extends keyof T>(
  columns: readonly Column[],
  prototype: object,
): Omit<JsonRow<T, K>, 'only' | 'table'> {
  const properties = columns.map((c) => c.property);
  const timestamps = new Set(columns.flatMap((c, i) => (c.timestamp ? [i] : [])));
  return {
    columns: properties,
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
        row[properties[i]] = timestamps.has(i) && value !== null ? new Date(value as number) : value;
      }
      return row as T;
    },
  };
}

/** A prototype below `prototype` on which reading any of `absent` throws (writing one just sets it). */
function withAbsent(prototype: object, entity: string, absent: readonly string[]): object {
  const descriptors: PropertyDescriptorMap = {};
  for (const property of absent) {
    descriptors[property] = {
      get() {
        throw new Error(
          `${entity}.${property} was not read by the statement this row came from; add it to the columns that statement sends`,
        );
      },
      set(this: object, value: unknown) {
        Object.defineProperty(this, property, {
          value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      },
    };
  }
  return Object.create(prototype, descriptors) as object;
}

/** `COALESCE(json_agg(...), '[]')`: an empty list rather than null when nothing matches. */
export function jsonList(element: string, from: string, orderBy: string): string {
  return `COALESCE((SELECT json_agg(${element} ORDER BY ${orderBy}) ${from}), '[]'::json)`;
}
