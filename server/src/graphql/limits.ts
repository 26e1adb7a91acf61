import { REQUEST_LIMITS } from '@fulcrum/shared';
import type { ApolloServerPlugin } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  getNamedType,
  isListType,
  isNonNullType,
  type GraphQLOutputType,
  type ValidationContext,
  type ASTVisitor,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from './context';

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
          context.reportError(new GraphQLError(`The field ${key} is requested under more than ${max} aliases.`, { nodes: [node] }));
        }
      },
    };
  };
}

export const validationRules: ValidationRule[] = [
  maxDepthRule({ n: REQUEST_LIMITS.maxDepth, exposeLimits: true, flattenFragments: true }),
  maxAliasesPerFieldRule(REQUEST_LIMITS.maxAliasesPerField),
];

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Every field costs 1 plus its children; a list multiplies its children by how many items
 * it may return: its `first` argument, or a default for lists without one.
 */
const listAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  const multiplier = first ?? (isList(field.type) ? REQUEST_LIMITS.defaultListSize : 1);
  return 1 + childComplexity * Math.max(1, multiplier);
};

/** Refuses operations whose estimated cost is above the limit, before anything runs. */
export function costLimitPlugin(maxCost: number = REQUEST_LIMITS.maxCost): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [listAwareEstimator],
          });
          if (cost > maxCost) {
            throw new GraphQLError(`This request is too expensive (cost ${cost}, limit ${maxCost}). Ask for fewer items or fewer nested lists.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
