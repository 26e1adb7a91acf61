import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type GraphQLResponse, type TestClient } from '../support/client';
import { addMember, addPerson, createOrg, PERSON_FIELDS } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const PERSON = `query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`;
const ADD = `mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }`;
const INVITE = `mutation($id: ID!) { invitePerson(personId: $id) { acceptUrl } }`;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** Two organizations; in each an admin, a manager with an account, and a report without one. */
async function twoOrgs() {
  const build = async (name: string) => {
    const org = await createOrg(server.url, name);
    const manager = await addMember(org, {
      name: `${name} Manager`,
      track: 'MANAGER',
      managerId: org.adminPersonId,
    });
    const report = await addPerson(org.admin, { name: `${name} Report`, managerId: manager.id });
    return { org, manager, report };
  };
  return { a: await build('Alpha'), b: await build('Beta') };
}

function expectNotFound(result: GraphQLResponse): void {
  expect(errorCode(result)).toBe('NOT_FOUND');
  expect(result.data?.[Object.keys(result.data ?? {})[0] ?? ''] ?? null).toBeNull();
}

async function snapshot(organizationId: string) {
  return {
    people: await server.db.query(`SELECT * FROM person WHERE organization_id = $1 ORDER BY id`, [organizationId]),
    invitations: await server.db.query(`SELECT id FROM invitation WHERE organization_id = $1 ORDER BY id`, [
      organizationId,
    ]),
  };
}

describe('another organization is indistinguishable from nothing', () => {
  it('person(id) is NOT_FOUND, with the same answer as an id that does not exist', async () => {
    const { a, b } = await twoOrgs();
    for (const viewer of [a.org.admin, a.manager.client]) {
      for (const id of [b.org.adminPersonId, b.manager.id, b.report.id]) {
        const result = await viewer.gql(PERSON, { id });
        expectNotFound(result);
        const unknown = await viewer.gql(PERSON, { id: UNKNOWN_ID });
        expect(result.errors![0].message).toBe(unknown.errors![0].message);
        expect(result.errors![0].extensions).toEqual(unknown.errors![0].extensions);
      }
    }
  });

  it('updatePerson on a person of another organization is NOT_FOUND (never FORBIDDEN) and changes nothing', async () => {
    const { a, b } = await twoOrgs();
    const before = await snapshot(b.org.organizationId);
    for (const viewer of [a.org.admin, a.manager.client]) {
      for (const id of [b.org.adminPersonId, b.manager.id, b.report.id]) {
        expectNotFound(await viewer.gql(UPDATE, { input: { id, name: 'Taken Over', title: null } }));
        expectNotFound(await viewer.gql(UPDATE, { input: { id, managerId: a.org.adminPersonId } }));
      }
    }
    expect(await snapshot(b.org.organizationId)).toEqual(before);
  });

  it('invitePerson on a person of another organization is NOT_FOUND and creates no invitation', async () => {
    const { a, b } = await twoOrgs();
    const before = await snapshot(b.org.organizationId);
    for (const viewer of [a.org.admin, a.manager.client]) {
      // With or without an account: nothing about the person may leak.
      for (const id of [b.report.id, b.manager.id]) expectNotFound(await viewer.gql(INVITE, { id }));
    }
    expect(await snapshot(b.org.organizationId)).toEqual(before);
  });

  it('a manager of another organization is refused as managerId, as if it did not exist', async () => {
    const { a, b } = await twoOrgs();
    const before = await snapshot(a.org.organizationId);
    const add = (client: TestClient, managerId: string) =>
      client.gql(ADD, {
        input: { name: 'Newcomer', level: 'JUNIOR', track: 'INDIVIDUAL_CONTRIBUTOR', managerId },
      });

    for (const managerId of [b.org.adminPersonId, b.manager.id]) {
      const result = await add(a.org.admin, managerId);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fields[0].field).toBe('managerId');
      expect(result.errors![0].message).toBe((await add(a.org.admin, UNKNOWN_ID)).errors![0].message);

      const moved = await a.org.admin.gql(UPDATE, { input: { id: a.report.id, managerId } });
      expect(errorCode(moved)).toBe('BAD_USER_INPUT');
      expect(moved.errors![0].extensions!.fields[0].field).toBe('managerId');

      // A manager (not admin) gets the same answer for another organization's person as for nobody.
      const byManager = await add(a.manager.client, managerId);
      const byManagerUnknown = await add(a.manager.client, UNKNOWN_ID);
      expect(errorCode(byManager)).toBe(errorCode(byManagerUnknown));
      expect(byManager.errors![0].message).toBe(byManagerUnknown.errors![0].message);
    }
    expect(await snapshot(a.org.organizationId)).toEqual(before);
  });

  it('people never lists the other organization, whatever the search', async () => {
    const { a, b } = await twoOrgs();
    const bIds = [b.org.adminPersonId, b.manager.id, b.report.id];
    const bEmail = (await server.db.query(`SELECT email FROM person WHERE id = $1`, [b.report.id]))[0].email;
    for (const viewer of [a.org.admin, a.manager.client]) {
      for (const search of [undefined, 'Beta', bEmail, 'Report', 'Manager', 'a']) {
        const { people } = await viewer.ok(
          `query($search: String) { people(search: $search, first: 100) { totalCount edges { node { id } } } }`,
          { search },
        );
        const ids = people.edges.map((e: { node: { id: string } }) => e.node.id);
        expect(ids.filter((id: string) => bIds.includes(id))).toEqual([]);
        expect(people.totalCount).toBe(ids.length);
      }
    }
    const { people } = await a.org.admin.ok(`{ people(first: 100) { totalCount } }`);
    expect(people.totalCount).toBe(3);
  });

  it('Person.manager and Person.reports never cross, even if the data did', async () => {
    const { a, b } = await twoOrgs();
    // Corrupt the data on purpose: B's report now points at A's admin as its manager.
    await server.db.query(`UPDATE person SET manager_id = $1 WHERE id = $2`, [a.org.adminPersonId, b.report.id]);

    const { person: aAdmin } = await a.org.admin.ok(PERSON, { id: a.org.adminPersonId });
    expect(aAdmin.reports).toEqual([{ id: a.manager.id }]);
    const { person: bReport } = await b.org.admin.ok(PERSON, { id: b.report.id });
    expect(bReport.manager).toBeNull();

    const everything = await a.org.admin.ok(
      `{ people(first: 20) { edges { node { id manager { id } reports { id reports { id } } } } } }`,
    );
    const seen = JSON.stringify(everything);
    for (const id of [b.org.adminPersonId, b.manager.id, b.report.id]) expect(seen).not.toContain(id);
    const fromB = JSON.stringify(
      await b.org.admin.ok(`{ people(first: 100) { edges { node { id manager { id name } reports { id } } } } }`),
    );
    for (const id of [a.org.adminPersonId, a.manager.id, a.report.id]) expect(fromB).not.toContain(id);
  });

  it('the viewer sees only their own organization and person', async () => {
    const { a, b } = await twoOrgs();
    const { viewer } = await a.manager.client.ok(
      `{ viewer { role organization { id name } person { id manager { id } } } }`,
    );
    expect(viewer).toEqual({
      role: 'MEMBER',
      organization: { id: a.org.organizationId, name: 'Alpha' },
      person: { id: a.manager.id, manager: { id: a.org.adminPersonId } },
    });
    const { viewer: bViewer } = await b.org.admin.ok(`{ viewer { organization { id } } }`);
    expect(bViewer.organization.id).toBe(b.org.organizationId);
  });

  it('an invitation link works for its own person only, whoever opens it', async () => {
    const { a, b } = await twoOrgs();
    const { invitePerson } = await b.org.admin.ok(INVITE, { id: b.report.id });
    const token = new URL(invitePerson.acceptUrl).pathname.split('/').pop()!;
    // Opened in a browser signed in to organization A: it still makes B's report an account of B.
    const { acceptInvitation } = await a.org.admin.ok(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { role organization { id } person { id } } }`,
      { input: { token, password: 'a long enough password' } },
    );
    expect(acceptInvitation).toEqual({
      role: 'MEMBER',
      organization: { id: b.org.organizationId },
      person: { id: b.report.id },
    });
    const [account] = await server.db.query(`SELECT organization_id FROM account WHERE person_id = $1`, [b.report.id]);
    expect(account.organization_id).toBe(b.org.organizationId);
    expect(await server.db.query(`SELECT id FROM account WHERE person_id = $1`, [a.report.id])).toEqual([]);
  });
});
