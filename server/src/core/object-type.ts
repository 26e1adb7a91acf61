import { ObjectType as TypeGraphQLObjectType, type ObjectTypeOptions } from 'type-graphql';

/**
 * type-graphql's `@ObjectType`, with simple resolvers: a plain `@Field` is read straight off the
 * object by the executor instead of through a middleware wrapper per field and per row. The
 * wrapper only runs middlewares and `@Authorized` checks, which Fulcrum does not use: every
 * authorization decision is made by the feature's policy in its resolvers and services.
 * `@FieldResolver`s are unaffected. Every object type of the schema is declared with this one
 * (a test keeps it so).
 */
export function ObjectType(name?: string, options: ObjectTypeOptions = {}): ClassDecorator {
  const simple = { ...options, simpleResolvers: true };
  return name === undefined ? TypeGraphQLObjectType(simple) : TypeGraphQLObjectType(name, simple);
}
