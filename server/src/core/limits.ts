import { LIMITS, REQUEST_LIMITS } from '@fulcrum/shared';
import type { ApolloServerPlugin } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  getNamedType,
  getVariableValues,
  isListType,
  isNonNullType,
  type DocumentNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type ValidationContext,
  type ASTVisitor,
  type ValidationRule,
  type ParseOptions,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from './context';
import { promising } from './eventually';

/**
 * The protections every operation passes, whatever its transport: Apollo applies them to
 * `POST /graphql`, `app/websocket.ts` to graphql-ws. Parse limit → these validation rules
 * (with graphql-js's own) → variables coerced → `assertAffordable` → execution → `formatError`.
 */
export const parseOptions: ParseOptions = { maxLexicalTokens: REQUEST_LIMITS.maxTokens };

/** Rejects one field requested under more than `max` aliases anywhere in the document. */
export function maxAliasesPerFieldRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const counts = new Map<string, number>();
    return {
      Field(node) {
        if (!node.alias) return;
        const parent = context.getParentType();
        const key = `${parent ? getNamedType(parent).name : '?'}.${node.name.value}`;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count === max + 1) {
          context.reportError(
            new GraphQLError(`The field ${key} is requested under more than ${max} aliases.`, {
              nodes: [node],
            }),
          );
        }
      },
    };
  };
}

const limitRules: ValidationRule[] = [
  maxDepthRule({
    n: REQUEST_LIMITS.maxDepth,
    exposeLimits: true,
    flattenFragments: true,
    // Reported like any other rule (GRAPHQL_VALIDATION_FAILED, 400): by default the rule throws,
    // which Apollo answers as an internal error. Its message is not a syntax error either.
    propagateOnRejection: false,
    onReject: [
      (context, error) => context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
    ],
  }),
  maxAliasesPerFieldRule(REQUEST_LIMITS.maxAliasesPerField),
];

/** Fulcrum's validation rules; without introspection (production), `__schema` and `__type` are refused too. */
export function validationRules({ introspection }: { introspection: boolean }): ValidationRule[] {
  return introspection ? limitRules : [...limitRules, NoSchemaIntrospectionCustomRule];
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Every field costs 1 plus its children; a list multiplies its children by how many items
 * it may return: its `first` argument (never more than a page can hold: a larger `first` is
 * refused as bad input), or a default for lists without one. A connection's `edges` hold the
 * items its `first` already counted, so they do not multiply again.
 */
const listAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const first = typeof args.first === 'number' ? Math.min(args.first, LIMITS.pageSizeMax) : undefined;
  const connectionEdges = field.name === 'edges' && type.name.endsWith('Connection');
  const multiplier = first ?? (isList(field.type) && !connectionEdges ? REQUEST_LIMITS.defaultListSize : 1);
  return 1 + childComplexity * Math.max(1, multiplier);
};

function tooExpensive(detail: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`This request is too expensive (${detail}). Ask for fewer items or fewer nested lists.`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...extensions, http: { status: 400 } },
  });
}

/**
 * The estimate of a document for an operation and its variables, kept per parsed document
 * (Apollo hands the same parsed document back for the same query text): a screen asking the
 * same query again is not priced again. At most a few variable sets per document are kept.
 */
const costs = new WeakMap<DocumentNode, Map<string, number>>();
const COSTS_PER_DOCUMENT = 32;

function estimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  const key = JSON.stringify([operationName ?? null, variables]);
  let known = costs.get(document);
  const cached = known?.get(key);
  if (cached !== undefined) return cached;
  const cost = getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [listAwareEstimator],
  });
  if (!known) costs.set(document, (known = new Map<string, number>()));
  if (known.size >= COSTS_PER_DOCUMENT) {
    const oldest = known.keys().next();
    if (!oldest.done) known.delete(oldest.value);
  }
  known.set(key, cost);
  return cost;
}

/**
 * Throws when the operation's estimated cost is above the limit. Invalid variable values are
 * not priced: execution refuses them right after, as BAD_USER_INPUT naming the field.
 */
export function assertAffordable(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  maxCost: number = REQUEST_LIMITS.maxCost,
): void {
  let cost: number;
  try {
    cost = estimate(schema, document, operationName, variables);
  } catch (error) {
    // The estimate gives up on documents that expand to too many fields (e.g. the same
    // fragment spread over and over): far beyond any limit.
    if (error instanceof GraphQLError) throw tooExpensive(`too many fields to price, limit ${maxCost}`, { maxCost });
    throw error;
  }
  if (cost > maxCost) throw tooExpensive(`cost ${cost}, limit ${maxCost}`, { cost, maxCost });
}

/** `assertAffordable` for Apollo: refuses before anything runs. */
export function costLimitPlugin(maxCost: number = REQUEST_LIMITS.maxCost): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation: promising(({ request, document, schema, operation }) => {
          // Only whether the variables are valid: graphql-js quotes the whole invalid value in
          // every error, so without a limit an object of n unknown keys cost n × n (4 000 keys:
          // 3 s of CPU; the 1 MB body allows 80 000). The executor reports them, 25 at most.
          if (
            getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 })
              .errors
          )
            return;
          assertAffordable(schema, document, request.operationName ?? undefined, request.variables ?? {}, maxCost);
        }),
      });
    },
  };
}
