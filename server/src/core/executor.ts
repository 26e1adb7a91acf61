import type { GatewayInterface } from '@apollo/server-gateway-interface';
import {
  getVariableValues,
  GraphQLError,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { ErrorCode } from '@fulcrum/shared';
import { extensionsOf } from './errors';

/**
 * Apollo Server executing operations with graphql-jit instead of graphql-js (issue 7: the
 * manager's home completes some 30 000 fields per request; graphql-js interprets the query
 * anew for every one of them, graphql-jit compiles each operation once into a function).
 *
 * Apollo Server 4+ takes a custom executor only through its `gateway` option, which is what its
 * migration guide points to for this: a gateway that serves one fixed schema and an executor.
 * Apollo still parses, validates (with Fulcrum's validation rules), runs the plugins (cost limit,
 * error log) and formats errors; only the execution is replaced. Compiled operations are kept
 * per parsed document: Apollo's document store hands the same `DocumentNode` to every request
 * with the same text, and drops it from its bounded cache when unused, and with it the
 * compiled functions. Subscriptions (graphql-ws) execute with graphql-js on the same schema.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compile = (document: DocumentNode, operationName: string | undefined): CompiledQuery | ExecutionResult => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map<string, CompiledQuery | ExecutionResult>()));
    let query = byOperation.get(operationName ?? '');
    if (!query) byOperation.set(operationName ?? '', (query = compileQuery(schema, document, operationName)));
    return query;
  };

  return {
    load() {
      return Promise.resolve({
        async executor({ document, operation, operationName, context, request }) {
          // Variables are checked by graphql-js, so bad ones are refused exactly as before (the
          // variable named, BAD_USER_INPUT, HTTP 400); the compiled query coerces them again.
          const variables = request.variables ?? {};
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 25 });
          if (coerced.errors) return { errors: coerced.errors.map(variableError) };
          const query = compile(document, operationName ?? undefined);
          if (!isCompiledQuery(query)) return query;
          const result = await query.query(undefined, context, variables);
          return result.errors ? { ...result, errors: result.errors.map(withExtensions) } : result;
        },
      });
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

/**
 * Every error of variable coercion is about the client's input: BAD_USER_INPUT. Apollo Server
 * codes those it recognises; the one graphql-js adds after 25 of them ("Too many errors
 * processing variables, error limit reached. Execution aborted.") it does not, and it was masked
 * as INTERNAL_SERVER_ERROR and logged as a fault.
 */
function variableError(error: GraphQLError): GraphQLError {
  if (extensionsOf(error)?.code || error.message.startsWith('Variable "$')) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: ErrorCode.BAD_USER_INPUT },
  });
}

/**
 * graphql-jit leaves `extensions` undefined on the errors it creates itself (a resolver's
 * plain `Error`, a null in a non-null field), where graphql-js gives `{}` and Apollo Server
 * relies on it. Those become graphql-js errors with the same message, path, locations and
 * original error, so they are logged and masked like any other.
 */
function withExtensions(error: GraphQLError): GraphQLError {
  if (extensionsOf(error)) return error;
  const normalized = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
  });
  return Object.assign(normalized, { locations: error.locations });
}
