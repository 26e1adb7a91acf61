import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isLeafType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { TestClient } from './client';
import { PASSWORD } from './factories';

/**
 * Schema-driven fuzzing (issue 12): arbitraries for every argument of every query and mutation
 * of the emitted schema (server/schema.graphql), recursively through input objects, lists,
 * enums, non-null and custom scalars. Each value is mostly valid-looking (real ids of a seeded
 * team, valid enums, sane numbers and dates) and sometimes hostile (control characters, NUL,
 * lone surrogates, huge strings, subnormal, negative and huge numbers, wrong types, nulls,
 * unknown ids, ids of another organization). tests/integration/fuzz.test.ts sends them.
 */

export function emittedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(path.resolve(__dirname, '../../server/schema.graphql'), 'utf8'));
}

// ---------------------------------------------------------------- the seeded world

/** What a sane value of a field can name: ids by kind, emails, a token, cursors. */
export interface World {
  /** Ids of existing objects by kind (`plan`, `activity`, `person`…), this organization's first. */
  ids: Record<string, string[]>;
  /** Ids of objects of another organization, of every kind. */
  foreignIds: string[];
  emails: string[];
  /** Unused invitation tokens (valid-looking for acceptInvitation). */
  tokens: string[];
  /** Real connection cursors (people, help requests, 1:1s). */
  cursors: string[];
}

/** The kind of object an ID field names, from its name and where it is (`UpdateGapInput.id` → gap). */
export function idKind(parent: string, field: string): string | null {
  const named = field === 'id' ? parent : field.replace(/Id$/, '');
  const kinds: [RegExp, string][] = [
    [/helpRequest/i, 'helpRequest'],
    [/agenda/i, 'agendaItem'],
    [/actionItem/i, 'actionItem'],
    [/oneOnOne/i, 'oneOnOne'],
    [/reflection|narrative/i, 'reflection'],
    [/delegation|checkIn/i, 'delegation'],
    [/activity/i, 'activity'],
    [/gap/i, 'gap'],
    [/goal/i, 'goal'],
    [/plan/i, 'plan'],
    [/person|owner|delegatee|requester|manager|invite/i, 'person'],
  ];
  return kinds.find(([pattern]) => pattern.test(named))?.[1] ?? null;
}

// ---------------------------------------------------------------- leaves

const CONTROL_CHARS = [...Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)), '\u007f', '\u0085', '\u009b'];

/** Texts that break naive code: NUL and other controls, lone surrogates, line separators, huge, SQL-ish. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  // NUL, which PostgreSQL cannot store in text, anywhere in an otherwise fine text.
  {
    arbitrary: fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })).map(([a, b]) => `${a}\u0000${b}`),
    weight: 3,
  },
  {
    arbitrary: fc
      .tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...CONTROL_CHARS), fc.string({ maxLength: 12 }))
      .map(([a, c, b]) => `${a}${c}${b}`),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom(
      '\u0000',
      '\u0000'.repeat(8),
      '\u001b[31mred',
      'tab\there',
      'line\nbreak',
      'carriage\rreturn',
      '\u007fdel',
      'next\u0085line',
      'ls\u2028ps\u2029',
      '\ud800',
      'a\udc00b',
      '\ufeffbom',
      'rtl\u202eoverride',
      'non\ufffechar',
      '   ',
      '',
      'x'.repeat(121),
      'x'.repeat(2_001),
      'x'.repeat(20_001),
      '😀'.repeat(61),
      "Robert'); DROP TABLE person;--",
      '%_\\',
      '${7*7}{{7*7}}<script>alert(1)</script>',
    ),
    weight: 3,
  },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 24 }), weight: 1 },
);

/** Values of the wrong JSON type for any field. */
const wrongType: fc.Arbitrary<unknown> = fc.constantFrom(
  12,
  1.5,
  -1,
  true,
  false,
  {},
  [],
  ['x'],
  { a: 1 },
  'not-a-number',
);

const hostileNumbers = [
  5e-324,
  -5e-324,
  Number.MIN_VALUE,
  1e-10,
  -1e-10,
  1e-7,
  0.001,
  0.004,
  0.1 + 0.2,
  1 / 3,
  2.345,
  -0,
  -1,
  -0.25,
  0.25,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  1e21,
  2 ** 53 + 1,
  168,
  168.25,
  999.99,
  1000,
  1e6,
  2 ** 31,
  -(2 ** 31) - 1,
];

function saneText(field: string, world: World): fc.Arbitrary<string> {
  const words = fc
    .array(fc.constantFrom('pricing', 'readout', 'pipeline', 'Noor', 'ship', 'feature store', 'review', 'Q3'), {
      minLength: 1,
      maxLength: 6,
    })
    .map((w) => w.join(' '));
  if (/email/i.test(field))
    return fc.oneof(
      fc.constantFrom(...world.emails),
      words.map((w) => `${w.replace(/\W/g, '')}@example.com`),
      fc.constantFrom('no-at-sign', 'a@b', ' MAYA@Example.COM '),
    );
  if (/password/i.test(field))
    return fc.constantFrom(PASSWORD, 'short', 'x'.repeat(300), ' '.repeat(16), 'correct horse battery stapler');
  if (/quarter/i.test(field))
    return fc.constantFrom(
      currentQuarterText(),
      '2026-Q1',
      '2020-Q4',
      '2099-Q4',
      '0000-Q1',
      '2026-Q5',
      'Q1',
      '2026-q1',
    );
  if (/token/i.test(field))
    return fc.oneof(
      fc.constantFrom(...(world.tokens.length ? world.tokens : ['none'])),
      fc.string({ minLength: 10, maxLength: 60 }),
    );
  if (field === 'linkId')
    return fc.constantFrom(
      'REPLACEMENT_GAP',
      'ROLE_MODEL',
      'NOT_A_SIGNAL',
      ...(world.ids.gap ?? []),
      ...(world.ids.goal ?? []),
      ...(world.ids.delegation ?? []),
    );
  if (field === 'after')
    return fc.oneof(fc.constantFrom(...(world.cursors.length ? world.cursors : ['none'])), forgedCursor);
  return fc.oneof(
    { arbitrary: words, weight: 4 },
    { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), weight: 1 },
  );
}

function currentQuarterText(now = new Date()): string {
  return `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

/** Cursors a client could forge: base64url JSON pairs with hostile keys, or garbage. */
const forgedCursor: fc.Arbitrary<string> = fc
  .oneof(
    fc
      .tuple(
        fc.oneof(
          hostileText,
          fc.constantFrom('0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59.999999Z', 'Zed'),
        ),
        fc.uuid(),
      )
      .map((pair) => JSON.stringify(pair)),
    fc.constantFrom('[]', '{}', '"x"', '[1,2]', 'null', '['),
  )
  .map((json) => Buffer.from(json).toString('base64url'));

function isoAround(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCMilliseconds(0);
  return at.toISOString();
}

// ---------------------------------------------------------------- values by type

interface Where {
  parent: string;
  field: string;
}

/**
 * A valid-looking value for one input position: ids of the right kind, enum values, quarter
 * hours, dates near today, sane texts. Optional fields are sometimes left out or null.
 */
export function validValue(type: GraphQLInputType, where: Where, world: World, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return validValue(type.ofType, where, world, depth);
  if (isListType(type)) return fc.array(validValue(type.ofType, where, world, depth + 1), { maxLength: 3 });
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const field of Object.values(type.getFields())) {
      const value = validValue(field.type, { parent: type.name, field: field.name }, world, depth + 1);
      if (isNonNullType(field.type)) {
        model[field.name] = value;
        required.push(field.name);
      } else {
        model[field.name] = fc.oneof({ arbitrary: value, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 });
      }
    }
    return fc.record(model, { requiredKeys: required });
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isScalarType(type)) return validScalar(type.name, where, world);
  throw new Error(`no arbitrary for ${String(type)}`);
}

/** A hostile value for one input position, of its type where it can be, else of the wrong one. */
export function hostileValue(type: GraphQLInputType, where: Where, world: World): fc.Arbitrary<unknown> {
  const named = getNamedType(type);
  const nullish = fc.constantFrom(null, undefined);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const item = validValue(inner.ofType, where, world, 1);
    return fc.oneof(fc.array(item, { minLength: 101, maxLength: 400 }), item, nullish, wrongType);
  }
  if (isInputObjectType(named)) {
    return fc.oneof(
      { arbitrary: fc.constantFrom({}, { notAField: 'x' }), weight: 4 },
      { arbitrary: fc.oneof(nullish, wrongType, hostileText), weight: 4 },
      // Many unknown fields: each one an error quoting the whole object (quadratic without a limit).
      { arbitrary: fc.constant(MANY_KEYS), weight: 1 },
    );
  }
  if (isEnumType(named)) return fc.oneof(hostileText, fc.constantFrom('WIZARD', 'lead', ''), wrongType, nullish);
  if (isScalarType(named))
    return fc.oneof(
      { arbitrary: hostileScalar(named.name, where, world), weight: 8 },
      { arbitrary: wrongType, weight: 1 },
      { arbitrary: nullish, weight: 1 },
    );
  throw new Error(`no arbitrary for ${String(type)}`);
}

const MANY_KEYS = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, 'x']));

function omit(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = value;
  return rest;
}

function idsFor(where: Where, world: World): string[] {
  const kind = idKind(where.parent, where.field);
  return kind && world.ids[kind]?.length ? world.ids[kind] : Object.values(world.ids).flat();
}

function validScalar(name: string, where: Where, world: World): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return fc.constantFrom(...idsFor(where, world));
    case 'String':
      return saneText(where.field, world);
    case 'Int':
      return where.field === 'first' ? fc.integer({ min: 1, max: 20 }) : fc.integer({ min: 0, max: 5 });
    case 'Float':
      return fc.integer({ min: 0, max: 40 }).map((n) => n / 4);
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return fc.integer({ min: -30, max: 60 }).map(isoAround);
    case 'LocalDate':
      return fc.integer({ min: -30, max: 60 }).map((d) => isoAround(d).slice(0, 10));
    default:
      return saneText(where.field, world);
  }
}

function hostileScalar(name: string, where: Where, world: World): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID': {
      const own = idsFor(where, world);
      return fc.oneof(
        fc.constantFrom(...Object.values(world.ids).flat()),
        fc.constantFrom(...world.foreignIds),
        fc.uuid(),
        fc.constantFrom(
          '1',
          'not-an-id',
          '00000000-0000-0000-0000-000000000000',
          'x'.repeat(65),
          `${own[0]}\u0000`,
          ` ${own[0]}`,
          own[0].toUpperCase(),
        ),
        hostileText,
      );
    }
    case 'Int':
      return fc.constantFrom(-1, 0, 101, 2_147_483_647, -2_147_483_648, 1.5, 2 ** 31, -(2 ** 31) - 1, 1e300, '3');
    case 'Float':
      return fc.oneof(
        { arbitrary: fc.constantFrom(...hostileNumbers), weight: 4 },
        { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
        { arbitrary: fc.constantFrom('2', '1e-10'), weight: 1 },
      );
    case 'Boolean':
      return fc.constantFrom('true', 0, 1);
    case 'DateTimeISO':
      return hostileDateTime;
    case 'LocalDate':
      return hostileLocalDate;
    default:
      return fc.oneof(
        { arbitrary: hostileText, weight: 4 },
        { arbitrary: where.field === 'after' ? forgedCursor : hostileText, weight: 1 },
      );
  }
}

const hostileDateTime = fc.constantFrom(
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '1899-12-31T23:59:59Z',
  '9999-12-31T23:59:59.999Z',
  '2024-02-30T10:00:00Z',
  '2026-01-01T25:00:00Z',
  '2026-06-30T23:59:60Z',
  '2026-01-01T10:00:00+14:00',
  '2026-01-01T10:00:00.123456789-23:59',
  '2026-01-01',
  'tomorrow',
  '',
  '2026-01-01T10:00:00Z\u0000',
);

const hostileLocalDate = fc.constantFrom(
  '0000-01-01',
  '0001-01-01',
  '1899-12-31',
  '9999-12-31',
  '2024-02-30',
  '2026-13-01',
  '2026-1-1',
  '20260101',
  '',
  '2026-01-01\u0000',
);

// ---------------------------------------------------------------- where to put the hostile value

/** One position of an argument value: a path into it and the type it has there. */
interface Slot {
  path: (string | number)[];
  type: GraphQLInputType;
  where: Where;
}

/** Every position of `value` (of `type`) a hostile value can go to, absent optional fields included. */
function slotsOf(type: GraphQLInputType, value: unknown, where: Where, path: (string | number)[] = []): Slot[] {
  const own: Slot = { path, type, where };
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner) && Array.isArray(value)) {
    return [own, ...value.flatMap((item, i) => slotsOf(inner.ofType, item, where, [...path, i]))];
  }
  if (isInputObjectType(inner) && value && typeof value === 'object') {
    const fields = Object.values(inner.getFields());
    return [
      own,
      ...fields.flatMap((field) =>
        slotsOf(field.type, (value as Record<string, unknown>)[field.name], { parent: inner.name, field: field.name }, [
          ...path,
          field.name,
        ]),
      ),
    ];
  }
  return [own];
}

function setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  // A position inside a value an earlier change replaced with a scalar: nothing to set.
  if (value === null || typeof value !== 'object') return value;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = setAt(copy[head as number], rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  const next = setAt(copy[head as string], rest, replacement);
  if (next === undefined) return omit(copy, head as string);
  copy[head as string] = next;
  return copy;
}

// ---------------------------------------------------------------- operations

export interface FuzzCase {
  operation: 'query' | 'mutation';
  field: string;
  /** Sent as variables, or written into the document as literals. */
  mode: 'variables' | 'inline';
  /** Every argument valid-looking, exactly one position hostile, or several. */
  strategy: 'valid' | 'one' | 'several';
  query: string;
  variables: Record<string, unknown>;
  actor: string;
}

/** Root fields that sign in or out: sent by a throwaway client so the actors keep their sessions. */
export const SESSION_FIELDS = new Set(['signUp', 'signIn', 'signOut', 'acceptInvitation']);

/**
 * One operation on one root field, as one actor (weighted), its arguments valid-looking with
 * one hostile position most of the time: a hostile value then reaches the code past every other
 * check. Session mutations are less frequent (each one hashes a password).
 */
export function fuzzCase(
  schema: GraphQLSchema,
  world: World,
  actors: readonly { name: string; weight: number }[],
): fc.Arbitrary<FuzzCase> {
  const roots: { operation: 'query' | 'mutation'; type: GraphQLObjectType }[] = [
    { operation: 'query', type: schema.getQueryType()! },
    { operation: 'mutation', type: schema.getMutationType()! },
  ];
  const actor = fc.oneof(...actors.map(({ name, weight }) => ({ arbitrary: fc.constant(name), weight })));
  const cases = roots.flatMap(({ operation, type }) =>
    Object.values(type.getFields()).map((field) => ({
      arbitrary: caseFor(operation, field, world, actor),
      weight: SESSION_FIELDS.has(field.name) ? 1 : 4,
    })),
  );
  return fc.oneof(...cases);
}

/** A field whose arguments are fuzzed: the root field, or (in a query) a field of what it returns. */
interface Site {
  field: GraphQLField<unknown, unknown>;
  /** Variables of this site's arguments are named `${prefix}${argument}`. */
  prefix: string;
}

/**
 * The root field's arguments, and in a query those of the fields with arguments of the type it
 * returns (`plan(id) { helpRequests(first, after) }`). Mutations select no such field: an
 * error there would null a mutation that did write, and read as a refusal.
 */
function sitesOf(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Site[] {
  const named = getNamedType(field.type);
  const nested =
    operation === 'query' && isObjectType(named)
      ? Object.values(named.getFields()).filter((f) => f.args.length > 0)
      : [];
  return [{ field, prefix: '' }, ...nested.map((f) => ({ field: f, prefix: `${f.name}_` }))];
}

function caseFor(
  operation: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  world: World,
  actor: fc.Arbitrary<string>,
): fc.Arbitrary<FuzzCase> {
  const sites = sitesOf(operation, field);
  const valid: Record<string, fc.Arbitrary<unknown>> = {};
  const argsByVariable = new Map<string, { site: Site; arg: GraphQLArgument }>();
  for (const site of sites) {
    for (const arg of site.field.args) {
      const value = validValue(arg.type, { parent: site.field.name, field: arg.name }, world);
      // Optional arguments are sometimes left out (their default applies).
      valid[site.prefix + arg.name] = isNonNullType(arg.type) ? value : fc.option(value, { nil: undefined, freq: 4 });
      argsByVariable.set(site.prefix + arg.name, { site, arg });
    }
  }
  const strategy =
    argsByVariable.size === 0
      ? fc.constant('valid' as const)
      : fc.constantFrom('valid' as const, 'one' as const, 'one' as const, 'one' as const, 'several' as const);
  const nested = fc.subarray(sites.slice(1));
  return fc
    .record({
      args: fc.record(valid),
      nested,
      strategy,
      mode: fc.constantFrom('variables' as const, 'variables' as const, 'inline' as const),
      actor,
    })
    .chain(({ args, nested: selected, strategy: chosen, mode, actor: who }) => {
      const used = [sites[0], ...selected];
      const slots = used.flatMap((site) =>
        site.field.args.flatMap((arg) =>
          slotsOf(arg.type, args[site.prefix + arg.name], { parent: site.field.name, field: arg.name }, [
            site.prefix + arg.name,
          ]),
        ),
      );
      const count = chosen === 'valid' ? 0 : chosen === 'one' ? 1 : 3;
      if (count === 0 || slots.length === 0) return fc.constant(build(operation, used, args, mode, chosen, who));
      // Mostly a leaf (a scalar or an enum): the container itself now and then.
      const slot = fc.oneof(
        ...slots.map((s) => ({
          arbitrary: fc.constant(s),
          weight: isLeafType(getNullableType(s.type)) ? 4 : 1,
        })),
      );
      const hostile = fc.array(
        slot.chain((chosenSlot) =>
          hostileValue(chosenSlot.type, chosenSlot.where, world).map((value) => ({
            slot: chosenSlot,
            value,
          })),
        ),
        { minLength: count, maxLength: count },
      );
      return hostile.map((changes) => {
        let values: Record<string, unknown> = args;
        for (const { slot, value } of changes) values = setAt(values, slot.path, value) as Record<string, unknown>;
        return build(operation, used, values, mode, chosen, who);
      });
    });
}

function build(
  operation: 'query' | 'mutation',
  sites: readonly Site[],
  values: Record<string, unknown>,
  mode: 'variables' | 'inline',
  strategy: FuzzCase['strategy'],
  actor: string,
): FuzzCase {
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const call = (site: Site): string => {
    const given = site.field.args.filter((arg) => values[site.prefix + arg.name] !== undefined);
    const passed = given.map((arg) => {
      const name = site.prefix + arg.name;
      if (mode === 'inline') return `${arg.name}: ${literal(values[name], arg.type)}`;
      declared.push(`$${name}: ${String(arg.type)}`);
      variables[name] = values[name];
      return `${arg.name}: $${name}`;
    });
    return `${site.field.name}${passed.length ? `(${passed.join(', ')})` : ''}`;
  };
  const [root, ...nested] = sites;
  const head = call(root);
  const selection = selectionOf(
    root.field,
    nested.map((site) => `${call(site)}${selectionOf(site.field, [])}`),
  );
  const query = `${operation} Fuzz${declared.length ? `(${declared.join(', ')})` : ''} { ${head}${selection} }`;
  return { operation, field: root.field.name, mode, strategy, query, variables, actor };
}

/** `__typename`, `id` and the nested calls: the answer then fails only when one of those does. */
function selectionOf(field: GraphQLField<unknown, unknown>, nested: readonly string[]): string {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return '';
  return ` { __typename${named.getFields().id ? ' id' : ''}${nested.map((n) => ` ${n}`).join('')} }`;
}

/** A JavaScript value as a GraphQL literal of `type` (as far as it fits: hostile values may not). */
export function literal(value: unknown, type: GraphQLInputType | undefined): string {
  if (value === null || value === undefined) return 'null';
  const unwrapped = type && isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(value)) {
    const item = unwrapped && isListType(unwrapped) ? unwrapped.ofType : undefined;
    return `[${value.map((v) => literal(v, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = unwrapped && isInputObjectType(unwrapped) ? unwrapped.getFields() : {};
    const entries = Object.entries(value as Record<string, unknown>).filter(([key]) =>
      /^[_A-Za-z][_0-9A-Za-z]*$/.test(key),
    );
    return `{${entries.map(([key, v]) => `${key}: ${literal(v, fields[key]?.type)}`).join(', ')}}`;
  }
  if (typeof value === 'string') {
    const named = type ? getNamedType(type) : undefined;
    if (named && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
    return JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? (Object.is(value, -0) ? '0' : String(value)) : 'null';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return 'null'; // symbols and functions have no GraphQL literal
}

// ---------------------------------------------------------------- sending and checking

export interface Answer {
  status: number;
  body: string;
  json?: {
    data?: Record<string, unknown> | null;
    errors?: {
      message: string;
      path?: (string | number)[];
      extensions?: Record<string, unknown>;
    }[];
  };
}

export async function send(client: TestClient, fuzz: FuzzCase): Promise<Answer> {
  const response = await client.post(JSON.stringify({ query: fuzz.query, variables: fuzz.variables }));
  const body = await response.text();
  let json: Answer['json'];
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  return { status: response.status, body, json };
}

/** Tables whose rows change legitimately on a refused request: sessions and attempt counters. */
export const BOOKKEEPING_TABLES = /session|limit|attempt|migration/i;

/**
 * A cheap fingerprint of everything the application stores: per table, its row count and the
 * sum of its rows' `xmin` (any insert, update or delete changes one or the other).
 */
export async function fingerprint(db: { query: (sql: string) => Promise<any[]> }): Promise<Record<string, string>> {
  const tables: { table_name: string }[] = await db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const watched = tables.map((t) => t.table_name).filter((name) => !BOOKKEEPING_TABLES.test(name));
  const rows: { t: string; n: string; x: string }[] = await db.query(
    watched
      .map(
        (name) =>
          `SELECT '${name}' AS t, count(*)::text AS n, coalesce(sum(xmin::text::bigint), 0)::text AS x FROM "${name}"`,
      )
      .join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}/${r.x}`]));
}
