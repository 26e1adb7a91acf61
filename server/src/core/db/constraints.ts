import { Check, Column, ForeignKey, Index, type ObjectType, type RelationOptions } from 'typeorm';

/**
 * The keys, indexes and CHECKs the migrations create, declared on the entities under the names
 * PostgreSQL gave them (`<table>_<column>_fkey`, `_idx`, `_check`): TypeORM matches them by name,
 * and tests/integration/schema-drift.test.ts keeps its schema diff empty. The referenced entity
 * is always a thunk, so core/ names no feature and entities may reference each other.
 */

type Referenced = () => ObjectType<unknown>;

/** Several decorators applied as one, in order. */
export function combine<D extends ClassDecorator | PropertyDecorator>(...decorators: D[]): D {
  return ((...args: Parameters<D>) => {
    for (const decorate of decorators) (decorate as (...a: Parameters<D>) => void)(...args);
  }) as D;
}

/**
 * The tenant scoping every table repeats: `organization_id` references `organization` ON DELETE
 * CASCADE (`<table>_organization_id_fkey`) and leads the index `<table>_organization_id_idx`,
 * on `organizationId` alone unless `indexColumns` says otherwise.
 */
export function InOrganization(
  table: string,
  organization: Referenced,
  indexColumns: readonly string[] = ['organizationId'],
): ClassDecorator {
  return combine<ClassDecorator>(
    ForeignKey(organization, ['organizationId'] as const, ['id'], {
      name: `${table}_organization_id_fkey`,
      onDelete: 'CASCADE',
    }),
    Index(`${table}_organization_id_idx`, [...indexColumns]),
  );
}

export interface ReferenceOptions {
  /** The action of the foreign key; NO ACTION when unset. */
  onDelete?: RelationOptions['onDelete'];
  /** Whether the column takes NULL; by default only under ON DELETE SET NULL, which needs it. */
  nullable?: boolean;
  /**
   * Index the column alone (`<table>_<column>_idx`); on by default. Off where a unique key or an
   * index that starts with the column already serves the lookups.
   */
  index?: boolean;
}

/** A `uuid` column that references `referenced(id)` under `<table>_<column>_fkey`, usually indexed. */
export function ReferenceColumn(
  table: string,
  column: string,
  referenced: Referenced,
  { onDelete, nullable = onDelete === 'SET NULL', index = true }: ReferenceOptions = {},
): PropertyDecorator {
  const decorators: PropertyDecorator[] = [
    Column({ name: column, type: 'uuid', nullable }),
    ForeignKey(referenced, { name: `${table}_${column}_fkey`, ...(onDelete && { onDelete }) }),
  ];
  if (index) decorators.push(Index(`${table}_${column}_idx`));
  return combine(...decorators);
}

/**
 * `<table>_<column>_check`: `<column> IN ('A','B',…)` over the values of a string enum of
 * @fulcrum/shared, in their order, the text the migration wrote.
 */
export function EnumCheck(table: string, column: string, values: Record<string, string>): ClassDecorator {
  const list = Object.values(values)
    .map((value) => `'${value}'`)
    .join(',');
  return Check(`${table}_${column}_check`, `${column} IN (${list})`);
}

/** `<table>_<column>_check`: the column holds a quarter like `2026-Q4` (shared's quarter.ts). */
export function QuarterCheck(table: string, column: string): ClassDecorator {
  return Check(`${table}_${column}_check`, `${column} ~ '^[0-9]{4}-Q[1-4]$'`);
}
