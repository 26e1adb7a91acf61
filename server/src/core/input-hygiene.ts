import {
  calendarDateProblem,
  hoursInputProblem,
  instantProblem,
  listProblem,
  TextKind,
  textProblem,
  type FieldError,
} from '@fulcrum/shared';
import {
  defaultFieldResolver,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { BadUserInputError } from './errors';

/**
 * Input hygiene (issue 12), the one place every text, number and date the API takes passes:
 * `guardArguments` wraps the resolver of every field that has arguments — every query,
 * mutation and subscription, and the paginated fields — with a check of its coerced arguments
 * against their schema types, recursively through input objects and lists. It runs before the
 * resolver (before class-validator's lengths, authentication and any database work) and throws
 * one BAD_USER_INPUT naming every field at fault, so nothing is read or written.
 *
 * The rules are the pure functions of shared/src/input.ts, chosen by type:
 *   String      textProblem, single-line unless the input field says otherwise (`@MultiLineText()`,
 *               `@SecretText()`)
 *   ID          textProblem, single-line (a malformed but clean id still names nothing: NOT_FOUND)
 *   Float       hoursInputProblem (every Float the API takes is hours in a week)
 *   DateTimeISO instantProblem; LocalDate calendarDateProblem
 *   lists       listProblem, then each item
 *   Int, Boolean, enums: nothing more than GraphQL's own coercion (32-bit integers, known values)
 * A custom scalar not listed here has its string values checked as single-line text.
 * docs/security-input.md describes the rules and why.
 */

/** The extension of an input field that says how to read its text. */
const TEXT_KIND = 'textKind';

/** A multi-line text field: notes, descriptions, evidence, narratives (TAB, LF and CR allowed). */
export function MultiLineText(): ReturnType<typeof Extensions> {
  return Extensions({ [TEXT_KIND]: TextKind.MULTI_LINE });
}

/** A password: hashed, never stored or shown as text, so only its length is limited. */
export function SecretText(): ReturnType<typeof Extensions> {
  return Extensions({ [TEXT_KIND]: TextKind.SECRET });
}

type Check = (value: unknown, path: string, problems: FieldError[]) => void;

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

function textKindOf(extensions: Readonly<Record<string, unknown>> | null | undefined): TextKind {
  const kind = extensions?.[TEXT_KIND];
  return kind === TextKind.MULTI_LINE || kind === TextKind.SECRET ? kind : TextKind.SINGLE_LINE;
}

function problemCheck<T>(accepts: (value: unknown) => value is T, problem: (value: T) => string | null): Check {
  return (value, path, problems) => {
    if (!accepts(value)) return;
    const message = problem(value);
    if (message !== null) problems.push({ field: path, message });
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number';
const isDate = (value: unknown): value is Date => value instanceof Date;

const textChecks = new Map<TextKind, Check>(
  Object.values(TextKind).map((kind) => [kind, problemCheck(isString, (text) => textProblem(text, kind))]),
);

function textCheck(kind: TextKind): Check {
  const check = textChecks.get(kind);
  if (!check) throw new Error(`no input check for text kind ${kind}`);
  return check;
}

/** The check of a value of `type`, or null when the type needs none beyond GraphQL's coercion. */
function checkOf(type: GraphQLInputType, kind: TextKind, objects: Map<GraphQLInputObjectType, Check>): Check | null {
  if (isNonNullType(type)) return checkOf(type.ofType, kind, objects);
  if (isListType(type)) {
    const item = checkOf(type.ofType, kind, objects);
    return (value, path, problems) => {
      const items = Array.isArray(value) ? value : [value];
      const tooMany = listProblem(items.length);
      if (tooMany !== null) problems.push({ field: path, message: tooMany });
      else if (item) items.forEach((each, i) => each != null && item(each, `${path}[${i}]`, problems));
    };
  }
  if (isInputObjectType(type)) return objectCheck(type, objects);
  if (isEnumType(type)) return null;
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Boolean':
        return null;
      case 'ID':
        return textCheck(TextKind.SINGLE_LINE);
      case 'String':
        return textCheck(kind);
      case 'Float':
        return problemCheck(isNumber, hoursInputProblem);
      case 'DateTimeISO':
        return problemCheck(isDate, instantProblem);
      case 'LocalDate':
        return problemCheck(isString, calendarDateProblem);
      default:
        return textCheck(TextKind.SINGLE_LINE);
    }
  }
  return null;
}

/** One check per input object type, built once (and able to refer to itself). */
function objectCheck(type: GraphQLInputObjectType, objects: Map<GraphQLInputObjectType, Check>): Check {
  const known = objects.get(type);
  if (known) return known;
  const fields: [string, Check][] = [];
  const check: Check = (value, path, problems) => {
    if (value === null || typeof value !== 'object') return;
    for (const [name, fieldCheck] of fields) {
      const fieldValue = (value as Record<string, unknown>)[name];
      if (fieldValue != null) fieldCheck(fieldValue, join(path, name), problems);
    }
  };
  objects.set(type, check);
  for (const field of Object.values(type.getFields())) {
    const fieldCheck = checkOf(field.type, textKindOf(field.extensions), objects);
    if (fieldCheck) fields.push([field.name, fieldCheck]);
  }
  return check;
}

/**
 * The problems of a field's arguments, or null. The argument named `input` is the usual wrapper:
 * its fields are reported by their own names (`title`, `start.hoursPerWeek`), like everywhere.
 */
type ArgumentsCheck = (args: Record<string, unknown>) => FieldError[] | null;

function argumentsCheck(
  args: readonly GraphQLArgument[],
  objects: Map<GraphQLInputObjectType, Check>,
): ArgumentsCheck | null {
  const checks = args.flatMap((arg) => {
    const check = checkOf(arg.type, textKindOf(arg.extensions), objects);
    return check
      ? [
          {
            name: arg.name,
            path: arg.name === 'input' && isInputObjectType(unwrap(arg.type)) ? '' : arg.name,
            check,
          },
        ]
      : [];
  });
  if (checks.length === 0) return null;
  return (args) => {
    let problems: FieldError[] | null = null;
    for (const { name, path, check } of checks) {
      const value = args[name];
      if (value == null) continue;
      const found: FieldError[] = [];
      check(value, path, found);
      if (found.length > 0) (problems ??= []).push(...found);
    }
    return problems;
  };
}

function unwrap(type: GraphQLInputType): GraphQLInputType {
  return isNonNullType(type) ? type.ofType : type;
}

function guarded(
  resolve: GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>,
  check: ArgumentsCheck,
): GraphQLFieldResolver<unknown, unknown, Record<string, unknown>> {
  return function guardedResolver(this: unknown, source, args, context, info) {
    const problems = check(args);
    if (problems) throw new BadUserInputError(problems);
    return resolve.call(this, source, args, context, info);
  };
}

/**
 * Puts the input check in front of every field with arguments (the `subscribe` of a
 * subscription, the `resolve` of anything else). Returns the same schema, changed in place.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  const objects = new Map<GraphQLInputObjectType, Check>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const check = argumentsCheck(field.args, objects);
      if (!check) continue;
      if (field.subscribe) field.subscribe = guarded(field.subscribe, check);
      else field.resolve = guarded(field.resolve ?? defaultFieldResolver, check);
    }
  }
  return schema;
}
