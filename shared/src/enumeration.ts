/**
 * The product's enumerations are plain objects rather than TypeScript `enum`s, which are not
 * erasable syntax (Node's type stripping and `erasableSyntaxOnly` refuse them). Each value is
 * written once and names itself:
 *
 *     export const Mode = enumOf('DOING', 'MULTIPLYING');
 *     export type Mode = ValueOf<typeof Mode>;
 *
 * `Mode.DOING === 'DOING'`, the type `Mode` is the union of the values, and `Object.values(Mode)`
 * lists them in the order given: the order of the API contract, the GraphQL schema and the CHECK
 * constraints. An enumeration whose every value is described by a table (labels, a catalogue) is
 * the keys of that table, `enumOfKeys(MODE_LABELS)`, so that each value is still written once.
 */
export type EnumOf<V extends string> = { readonly [K in V]: K };

/** The union of an object's property values; of `typeof` an enumeration, its values. */
export type ValueOf<T> = T[keyof T];

export function enumOf<V extends string>(...values: readonly V[]): EnumOf<V> {
  return Object.freeze(Object.fromEntries(values.map((value) => [value, value])) as EnumOf<V>);
}

/** The enumeration of a table's keys, in the table's order. */
export function enumOfKeys<K extends string>(table: Readonly<Record<K, unknown>>): EnumOf<K> {
  return enumOf(...(Object.keys(table) as K[]));
}

/** One field of every row of a table: `pluck(STAGES, 'label')` maps each stage to its label. */
export function pluck<K extends string, R, F extends keyof R>(
  table: Readonly<Record<K, R>>,
  field: F,
): Readonly<Record<K, R[F]>> {
  return Object.fromEntries(Object.entries<R>(table).map(([key, row]) => [key, row[field]])) as Record<K, R[F]>;
}
