import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import { addPerson, createOrg, inviteAndAccept, type Org } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const QUERY = `{ people(first: 100) { edges { node { id name email manager { name } reports { name } hasAccount } } } }`;

/**
 * An organization of `size` people (the admin included) as a tree: each person reports to
 * an earlier one, three reports each, so managers, reports and emails vary across the page.
 * The first person below the admin gets an account and is returned as a non-admin viewer.
 */
async function orgOf(size: number): Promise<{ org: Org; manager: TestClient; ids: string[] }> {
  const org = await createOrg(server.url, `Size${size}`);
  const ids = [org.adminPersonId];
  for (let i = 1; i < size; i++) {
    const { id } = await addPerson(org.admin, {
      name: `Member ${String(i).padStart(3, '0')}`,
      managerId: ids[Math.floor((i - 1) / 3)],
    });
    ids.push(id);
  }
  const manager = await inviteAndAccept(org.admin, ids[1]);
  return { org, manager, ids };
}

/** Runs the query and returns its data and the SQL statements it took. */
async function measure(client: TestClient): Promise<{ data: any; statements: string[] }> {
  server.statements.length = 0;
  const data = await client.ok(QUERY);
  return { data, statements: [...server.statements] };
}

describe('per-request loaders', () => {
  it('answer a page of people with managers, reports, emails and accounts in the same number of statements for 5 or 60 people', async () => {
    const small = await orgOf(5);
    const large = await orgOf(60);

    for (const viewer of ['admin', 'manager'] as const) {
      const smallRun = await measure(viewer === 'admin' ? small.org.admin : small.manager);
      const largeRun = await measure(viewer === 'admin' ? large.org.admin : large.manager);
      expect(smallRun.data.people.edges).toHaveLength(5);
      expect(largeRun.data.people.edges).toHaveLength(60);
      expect(largeRun.statements.length, `${viewer}: ${largeRun.statements.join('\n')}`).toBe(
        smallRun.statements.length,
      );
      // A handful: the session, the count, the page, then one batch per relation.
      expect(largeRun.statements.length).toBeGreaterThanOrEqual(4);
      expect(largeRun.statements.length).toBeLessThanOrEqual(8);
    }
  });

  it('still return the right managers, reports and accounts', async () => {
    const { org, ids } = await orgOf(12);
    const { data } = await measure(org.admin);
    const rows: { id: string; name: string; manager_id: string | null }[] = await server.db.query(
      `SELECT id, name, manager_id FROM person WHERE organization_id = $1`,
      [org.organizationId],
    );
    const nameOf = new Map(rows.map((r) => [r.id, r.name]));
    for (const { node } of data.people.edges) {
      const row = rows.find((r) => r.id === node.id)!;
      expect(node.manager).toEqual(row.manager_id ? { name: nameOf.get(row.manager_id) } : null);
      const expectedReports = rows
        .filter((r) => r.manager_id === node.id)
        .map((r) => r.name)
        .sort();
      expect(node.reports.map((r: { name: string }) => r.name).sort()).toEqual(expectedReports);
      expect(node.hasAccount).toBe(node.id === ids[0] || node.id === ids[1]);
      expect(node.email).not.toBeNull();
    }
  });
});
