import { type JsonRow } from '../../core/db/json-rows';
import { type ListSpec, type Owned } from '../../core/db/batch';
import { ALL, declaredReads, objectTypeName, type AnyColumnsRead, type RowKind } from '../../core/reads';
import {
  CHECK_INS_BY_DELEGATION,
  DELEGATIONS_BY_PLAN,
  RECENT_REQUESTS_BY_PLAN,
} from '../../delegations/delegation.loaders';
import { ACTION_ITEMS_BY_ONE_ON_ONE, AGENDA_BY_ONE_ON_ONE, NEXT_BY_PLAN } from '../../one-on-ones/one-on-one.loaders';
import { ACTIVITIES_BY_PLAN, GAPS_BY_PLAN, GOALS_BY_PLAN, SIGNALS_BY_PLAN } from '../../plans/plan.loaders';
import { GrowthPlan } from '../../plans/plan.entity';
import { REFLECTIONS_BY_PLAN } from '../../reflections/reflection.loaders';

/**
 * The viewer's visible plans read in ONE statement shaped by the fields the query asks for
 * (issue 7: the manager's home must stay fast at 1 000 people).
 *
 * PostgreSQL assembles, per plan, the rows its requested fields read (signal ratings for
 * readiness, activities and goals for the week, delegations with their check-ins, the next 1:1
 * with its agenda and action items, recent requests, reflections) as JSON, with correlated
 * subqueries that walk the `(organization_id, parent_id)` indexes. The rows are read back
 * without TypeORM's hydration and primed into the request's DataLoaders under the keys those
 * loaders use, with exactly the rows and order they would have read themselves (each list is
 * read by the loader's own `ListSpec`). So every field resolver — and every rule in `shared/`
 * behind them — runs unchanged, finds its batch already loaded, and issues no statement; a
 * field this module does not know simply loads as before.
 *
 * What is read is not listed here: each field resolver declares what it reads of these rows
 * next to itself (`@Reads`, core/reads.ts), and this module derives from those declarations
 * which parts of a plan a field needs, which columns of each row the operation reads, and
 * which people the rows sent name.
 */

export type Part =
  | 'signals'
  | 'gaps'
  | 'activities'
  | 'goals'
  | 'delegations'
  | 'nextOneOnOne'
  | 'recentRequests'
  | 'reflections';

/** Where the people the plans' rows name come from (each only when its column is read). In the statement's order. */
export const PEOPLE_SOURCES = [
  'owner',
  'ownersManager',
  'manager',
  'delegatee',
  'delegator',
  'checkInAuthor',
  'agendaAuthor',
  'actionItemOwner',
] as const;
export type PeopleSource = (typeof PEOPLE_SOURCES)[number];

interface Kind {
  /** The list it is read as: the loader's spec (entity, parent, order). */
  spec: ListSpec<Owned>;
  /** The part of the plan's document it is sent in. */
  part: Part;
  /** Its columns follow what the operation reads (otherwise it is sent whole). */
  narrowed?: boolean;
  /** Primed into a by-id loader too: its id is always sent. */
  byId?: boolean;
  /** Its person-id columns and where the people they name come from, when the column is sent. */
  people?: Readonly<Record<string, PeopleSource>>;
}

const spec = <T extends Owned>(list: ListSpec<T>) => list as unknown as ListSpec<Owned>;

/** The kinds of row the preload sends in the plans' documents, declared once here. */
export const KINDS = {
  signal: { spec: spec(SIGNALS_BY_PLAN), part: 'signals', narrowed: true },
  gap: { spec: spec(GAPS_BY_PLAN), part: 'gaps', byId: true },
  activity: { spec: spec(ACTIVITIES_BY_PLAN), part: 'activities', narrowed: true, byId: true },
  goal: { spec: spec(GOALS_BY_PLAN), part: 'goals', narrowed: true, byId: true },
  delegation: {
    spec: spec(DELEGATIONS_BY_PLAN),
    part: 'delegations',
    narrowed: true,
    byId: true,
    people: { delegateeId: 'delegatee', delegatorId: 'delegator' },
  },
  checkIn: {
    spec: spec(CHECK_INS_BY_DELEGATION),
    part: 'delegations',
    narrowed: true,
    people: { authorId: 'checkInAuthor' },
  },
  oneOnOne: { spec: spec(NEXT_BY_PLAN), part: 'nextOneOnOne' },
  agendaItem: {
    spec: spec(AGENDA_BY_ONE_ON_ONE),
    part: 'nextOneOnOne',
    narrowed: true,
    people: { authorId: 'agendaAuthor' },
  },
  actionItem: {
    spec: spec(ACTION_ITEMS_BY_ONE_ON_ONE),
    part: 'nextOneOnOne',
    narrowed: true,
    byId: true,
    people: { ownerId: 'actionItemOwner' },
  },
  helpRequest: { spec: spec(RECENT_REQUESTS_BY_PLAN), part: 'recentRequests', narrowed: true, byId: true },
  reflection: { spec: spec(REFLECTIONS_BY_PLAN), part: 'reflections', narrowed: true, byId: true },
} as const satisfies { [K in Exclude<RowKind, 'plan'>]: Kind };
export type ListKind = keyof typeof KINDS;

/** The plan itself is sent whole; the people it names are read when a field of the plans reads their column. */
export const PLAN_PEOPLE: Readonly<Record<string, PeopleSource>> = { ownerId: 'owner', managerId: 'manager' };

/** The lists whose columns follow what the operation reads (the other rows are sent whole). */
export const NARROWED = (Object.keys(KINDS) as ListKind[]).filter(
  (kind) => (KINDS[kind] as Kind).narrowed,
) as readonly ListKind[];

/** What the operation's fields read of one kind of row, derived from the declarations. */
export interface RowReads {
  /** Columns sent whatever is read (the id of rows primed by id). */
  always: readonly string[];
  /** "Type.field" → the columns it reads of the rows, for every field that declares any. */
  readers: ReadonlyMap<string, AnyColumnsRead>;
  /** The rows' own GraphQL type, if they have one. */
  type?: string;
}

export interface ReadPath {
  /** "Type.field" of every field resolver that declares what it reads. */
  declared: ReadonlySet<string>;
  /** What each field of GrowthPlan reads of the plan's parts (fields not listed read none). */
  partsByField: ReadonlyMap<string, readonly Part[]>;
  /** The columns of the plan each field of GrowthPlan declares it reads (the people it names). */
  planColumnsByField: ReadonlyMap<string, AnyColumnsRead>;
  /** Per kind of row, what reads it. */
  reads: Readonly<Record<ListKind, RowReads>>;
}

let derived: ReadPath | undefined;

/**
 * The homes' read path, derived once from the declarations of the field resolvers (after the
 * schema's resolvers are loaded: at the first request).
 */
export function readPath(): ReadPath {
  return (derived ??= deriveReadPath());
}

export function deriveReadPath(): ReadPath {
  const { reads: declarations } = declaredReads();
  const plan = objectTypeName(GrowthPlan) ?? GrowthPlan.name;
  const partsByField = new Map<string, Part[]>();
  const planColumnsByField = new Map<string, AnyColumnsRead>();
  for (const [key, declared] of declarations) {
    const [type, field] = key.split('.') as [string, string];
    if (type !== plan) continue;
    const parts = new Set<Part>();
    for (const kind of Object.keys(declared) as RowKind[]) if (kind !== 'plan') parts.add(KINDS[kind].part);
    if (declared.plan) planColumnsByField.set(field, declared.plan);
    // In the documents' order, as the statement sends them.
    partsByField.set(
      field,
      [...new Set(Object.values(KINDS).map((k) => k.part))].filter((p) => parts.has(p)),
    );
  }
  const reads = {} as Record<ListKind, RowReads>;
  for (const kind of Object.keys(KINDS) as ListKind[]) {
    const readers = new Map<string, AnyColumnsRead>();
    for (const [key, declared] of declarations) {
      const read = declared[kind];
      if (read !== undefined) readers.set(key, read);
    }
    const { spec, byId } = KINDS[kind] as Kind;
    reads[kind] = { always: byId ? ['id'] : [], readers, type: objectTypeName(spec.entity) };
  }
  return { declared: new Set(declarations.keys()), partsByField, planColumnsByField, reads };
}

export type Columns = Set<string> | typeof ALL;

/**
 * The columns of `shape`'s rows the operation reads, or ALL: what every field it selects
 * declares it reads of them; and, of a field of the rows' own type that declares nothing, its
 * column of the same name (no such column: the rows whole). The loaders they are primed into
 * serve the whole request, so these are what the whole OPERATION reads of such rows, wherever.
 */
export function columnsRead(
  shape: { columns: readonly string[] },
  operation: ReadonlySet<string>,
  { always, readers, type }: RowReads,
  declared: ReadonlySet<string>,
): Columns {
  const columns = new Set<string>(always);
  for (const selected of operation) {
    const read = readers.get(selected);
    if (read === ALL) return ALL;
    if (read) {
      for (const column of read) columns.add(column);
      continue;
    }
    const [on, field] = selected.split('.') as [string, string];
    if (on !== type || field === '__typename' || declared.has(selected)) continue;
    if (!shape.columns.includes(field)) return ALL;
    columns.add(field);
  }
  return columns;
}

/** Whether the operation reads any of the rows at all. */
export function readsAny(operation: ReadonlySet<string>, { readers, type }: RowReads): boolean {
  return [...operation].some((selected) => readers.has(selected) || (!!type && selected.startsWith(`${type}.`)));
}

export function sending<T, K extends keyof T>(shape: JsonRow<T, K>, columns: Columns): JsonRow<T, K> {
  return columns === ALL ? shape : shape.only(columns);
}
