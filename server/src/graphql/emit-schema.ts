import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildFulcrumSchema } from './schema';

/** The committed `server/schema.graphql`, exactly as the running server builds it. */
export async function printFulcrumSchema(): Promise<string> {
  const schema = await buildFulcrumSchema();
  return `# Generated from the server's type-graphql resolvers by \`npm run schema\`. Do not edit.\n\n${printSchema(schema)}\n`;
}

export const SCHEMA_FILE = path.join(path.dirname(require.resolve('@fulcrum/server/package.json')), 'schema.graphql');

if (require.main === module) {
  printFulcrumSchema()
    .then((text) => {
      fs.writeFileSync(SCHEMA_FILE, text);
      console.log(`wrote ${SCHEMA_FILE}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
