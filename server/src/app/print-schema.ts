import { printSchema } from 'graphql';
import { buildFulcrumSchema } from './schema';

/** The committed `server/schema.graphql`, exactly as the running server builds it. */
export async function printFulcrumSchema(): Promise<string> {
  const schema = await buildFulcrumSchema();
  return `# Generated from the server's type-graphql resolvers by \`npm run schema\`. Do not edit.\n\n${printSchema(schema)}\n`;
}
