import { getMetadataStorage } from 'type-graphql';

/**
 * What a field resolver reads of the rows a read model may have loaded ahead (the homes'
 * one-statement preload: `read-models/homes`), declared once, next to the resolver:
 *
 *   @Reads({ activity: ['name', 'hoursPerWeek', 'mode', 'leverage'], goal: GOAL_SHIFT })
 *   @FieldResolver(() => Week)
 *   week(…) {…}
 *
 * Each entry names a kind of row (a list a loader reads: a plan's activities, a delegation's
 * check-ins…) and the columns the resolver, and the rules in shared/ it calls, read of those
 * rows; ALL when it reads them whole (hands them to a rule that reads many), `[]` when it reads
 * the rows without reading a column of its own (returns them, finds one by id). A field of a
 * row's own type lists what it reads of its root under the root's kind. `Reads.nothing()`: the
 * resolver reads none of those rows (only its root's columns that are sent whole, or what it
 * loads on its own). A field resolver without a declaration is what a test refuses
 * (`app/reads.spec.ts`); a missing column fails loudly at run time (`JsonRow.only`).
 *
 * The kinds of row are named by the features that own them, by declaration merging (core names
 * no feature): `declare module '../core/reads' { interface RowKinds { activity: Activity } }`,
 * which also checks the columns listed against the row's properties.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- extended by each feature
export interface RowKinds {}

export type RowKind = Extract<keyof RowKinds, string>;

export const ALL = 'all';

/** The columns read of one kind of row: property names, or ALL. */
export type ColumnsRead<K extends RowKind = RowKind> = readonly Extract<keyof RowKinds[K], string>[] | typeof ALL;

/** The columns read of some kind of row, once checked. */
export type AnyColumnsRead = readonly string[] | typeof ALL;

/** What one field resolver reads: per kind of row, the columns. */
export type FieldReads = { readonly [K in RowKind]?: ColumnsRead<K> };

/** Resolver class → method name → what it declared. */
const declared = new Map<object, Map<string, FieldReads>>();

/** Declares what the field resolver below reads of the rows (see the module's comment). */
export function Reads(reads: FieldReads): MethodDecorator {
  return (prototype, method) => {
    const resolver = (prototype as { constructor: object }).constructor;
    let methods = declared.get(resolver);
    if (!methods) declared.set(resolver, (methods = new Map<string, FieldReads>()));
    methods.set(String(method), reads);
  };
}

/** The field resolver reads none of the rows a read model loads ahead. */
Reads.nothing = (): MethodDecorator => Reads({});

/** The GraphQL name of an object type's class (undefined when the class is none). */
export function objectTypeName(target: unknown): string | undefined {
  return getMetadataStorage().objectTypes.find((type) => type.target === target)?.name;
}

export interface DeclaredReads {
  /** "Type.field" → what it reads, for every field resolver with a declaration. */
  reads: ReadonlyMap<string, FieldReads>;
  /** "Type.field" of every field resolver without one. */
  undeclared: readonly string[];
}

/**
 * Every field resolver type-graphql knows of (those of the modules imported so far), by the
 * GraphQL type and field it resolves, with what it declared it reads.
 */
export function declaredReads(): DeclaredReads {
  const storage = getMetadataStorage();
  const reads = new Map<string, FieldReads>();
  const undeclared: string[] = [];
  for (const field of storage.fieldResolvers) {
    const resolver = storage.resolverClasses.find((r) => r.target === field.target);
    const type = objectTypeName(resolver?.getObjectType());
    if (!type) continue;
    const key = `${type}.${field.schemaName}`;
    const declaration = declared.get(field.target)?.get(field.methodName);
    if (declaration) reads.set(key, declaration);
    else undeclared.push(key);
  }
  return { reads, undeclared };
}
