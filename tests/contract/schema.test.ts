import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printFulcrumSchema } from '../../server/src/app/print-schema';
import { contractGaps } from './contract';
import { PENDING } from './pending';

const root = path.resolve(__dirname, '../..');
const committed = fs.readFileSync(path.join(root, 'server/schema.graphql'), 'utf8');
const contract = fs.readFileSync(path.join(__dirname, 'contract.graphql'), 'utf8');

describe('the GraphQL schema', () => {
  it('is committed exactly as the server builds it (run `npm run schema` after changing resolvers)', async () => {
    expect(committed).toBe(await printFulcrumSchema());
  });

  it('covers the API contract, except what later issues bring', () => {
    const pending = new Set(Object.values(PENDING).flat());
    const gaps = contractGaps(contract, committed);
    expect(gaps.filter((gap) => !pending.has(gap))).toEqual([]);
    expect([...pending].filter((item) => !gaps.includes(item))).toEqual([]);
  });

  it('reports what is missing or typed differently', () => {
    const gaps = contractGaps(
      'enum E { A B } type Query { a(x: Int): String! b: Int } input I { c: ID! }',
      'enum E { A } type Query { a(x: String): String }',
    );
    expect(gaps).toEqual([
      'E.B',
      'Query.a: String (contract String!)',
      'Query.a(x): String (contract Int)',
      'Query.b',
      'I',
    ]);
  });
});
