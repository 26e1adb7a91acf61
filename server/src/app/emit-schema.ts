import fs from 'node:fs';
import path from 'node:path';
import { printFulcrumSchema } from './print-schema';

// Writes server/schema.graphql; run by `npm run build` and `npm run schema`.
const file = path.join(path.dirname(require.resolve('@fulcrum/server/package.json')), 'schema.graphql');
printFulcrumSchema()
  .then((text) => {
    fs.writeFileSync(file, text);
    console.log(`wrote ${file}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
