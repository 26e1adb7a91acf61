import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, TestClient, type GraphQLResponse } from '../support/client';
import { addMember, addPerson, createOrg, PASSWORD, PERSON_FIELDS, uniqueEmail } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const ADD = `mutation($input: AddPersonInput!) { addPerson(input: $input) { ${PERSON_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ${PERSON_FIELDS} } }`;
const PERSON = `query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`;
const PEOPLE = `query($search: String, $first: Int, $after: String) {
  people(search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name email title } }
  }
}`;

function expectFieldError(result: GraphQLResponse, field: string): void {
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  const fields = result.errors![0].extensions!.fields as { field: string; message: string }[];
  expect(fields.map((f) => f.field)).toContain(field);
  expect(result.data ?? null).toBeNull();
}

async function row(id: string) {
  const [person] = await server.db.query(
    `SELECT name, email, title, level, track, specialty, manager_id, organization_id FROM person WHERE id = $1`,
    [id],
  );
  return person;
}

async function peopleCount(organizationId: string): Promise<number> {
  const [{ n }] = await server.db.query(`SELECT count(*)::int AS n FROM person WHERE organization_id = $1`, [
    organizationId,
  ]);
  return n;
}

/** Fails when the manager links of an organization contain a cycle. */
async function expectNoCycle(organizationId: string): Promise<void> {
  const rows: { id: string; manager_id: string | null }[] = await server.db.query(
    `SELECT id, manager_id FROM person WHERE organization_id = $1`,
    [organizationId],
  );
  const managerOf = new Map(rows.map((r) => [r.id, r.manager_id]));
  for (const start of managerOf.keys()) {
    const seen = new Set<string>();
    let current: string | null | undefined = start;
    while (current) {
      expect(seen.has(current), `cycle through ${current}`).toBe(false);
      seen.add(current);
      current = managerOf.get(current);
    }
  }
}

async function listAll(client: TestClient, search?: string) {
  const { people } = await client.ok(PEOPLE, { first: 100, search });
  return people.edges.map(
    (e: { node: { id: string; name: string; email: string | null; title: string | null } }) => e.node,
  );
}

describe('addPerson and updatePerson', () => {
  it('adds a person with every field, trimmed, email in lower case', async () => {
    const org = await createOrg(server.url, 'Add');
    const email = uniqueEmail('new.person');
    const { addPerson: person } = await org.admin.ok(ADD, {
      input: {
        name: '  Nadia Data ',
        email: `  ${email.toUpperCase()} `,
        title: ' Senior Data Scientist ',
        level: 'SENIOR',
        track: 'INDIVIDUAL_CONTRIBUTOR',
        specialty: ' Data Science ',
        managerId: org.adminPersonId,
      },
    });
    expect(person).toEqual({
      id: expect.any(String),
      name: 'Nadia Data',
      email,
      title: 'Senior Data Scientist',
      level: 'SENIOR',
      track: 'INDIVIDUAL_CONTRIBUTOR',
      specialty: 'Data Science',
      hasAccount: false,
      manager: { id: org.adminPersonId },
      reports: [],
    });
    expect(await row(person.id)).toEqual({
      name: 'Nadia Data',
      email,
      title: 'Senior Data Scientist',
      level: 'SENIOR',
      track: 'INDIVIDUAL_CONTRIBUTOR',
      specialty: 'Data Science',
      manager_id: org.adminPersonId,
      organization_id: org.organizationId,
    });
    const { person: admin } = await org.admin.ok(PERSON, { id: org.adminPersonId });
    expect(admin.reports).toEqual([{ id: person.id }]);
  });

  it('adds a person with only the required fields', async () => {
    const org = await createOrg(server.url, 'AddMinimal');
    const { addPerson: person } = await org.admin.ok(ADD, {
      input: { name: 'Min', level: 'JUNIOR', track: 'INDIVIDUAL_CONTRIBUTOR' },
    });
    expect(person).toMatchObject({
      name: 'Min',
      email: null,
      title: null,
      specialty: null,
      manager: null,
      level: 'JUNIOR',
    });
  });

  it('updates every field', async () => {
    const org = await createOrg(server.url, 'Update');
    const boss = await addPerson(org.admin, { name: 'Boss', track: 'MANAGER' });
    const person = await addPerson(org.admin, { name: 'Before', managerId: org.adminPersonId });
    const email = uniqueEmail('after');
    const { updatePerson } = await org.admin.ok(UPDATE, {
      input: {
        id: person.id,
        name: ' After ',
        email: email.toUpperCase(),
        title: 'Lead ML Engineer',
        level: 'LEAD',
        track: 'MANAGER',
        specialty: 'ML Engineering',
        managerId: boss.id,
      },
    });
    expect(updatePerson).toMatchObject({
      id: person.id,
      name: 'After',
      email,
      title: 'Lead ML Engineer',
      level: 'LEAD',
      track: 'MANAGER',
      specialty: 'ML Engineering',
      manager: { id: boss.id },
    });
    expect(await row(person.id)).toMatchObject({
      name: 'After',
      email,
      level: 'LEAD',
      track: 'MANAGER',
      manager_id: boss.id,
    });
    const { person: reread } = await org.admin.ok(PERSON, { id: boss.id });
    expect(reread.reports).toEqual([{ id: person.id }]);
  });

  it('an explicit null clears title, specialty, email and manager; absent fields stay as they are', async () => {
    const org = await createOrg(server.url, 'Nulls');
    const person = await addPerson(org.admin, {
      name: 'Keep',
      title: 'Analyst',
      specialty: 'Analytics',
      level: 'MID',
      managerId: org.adminPersonId,
    });
    const before = await row(person.id);

    const { updatePerson: renamed } = await org.admin.ok(UPDATE, {
      input: { id: person.id, name: 'Kept' },
    });
    expect(renamed).toMatchObject({
      name: 'Kept',
      title: 'Analyst',
      specialty: 'Analytics',
      level: 'MID',
      email: person.email,
      manager: { id: org.adminPersonId },
    });
    expect(await row(person.id)).toEqual({ ...before, name: 'Kept' });

    const { updatePerson: cleared } = await org.admin.ok(UPDATE, {
      input: { id: person.id, title: null, specialty: null, managerId: null, email: null },
    });
    expect(cleared).toMatchObject({
      name: 'Kept',
      title: null,
      specialty: null,
      manager: null,
      email: null,
      level: 'MID',
    });
    expect(await row(person.id)).toEqual({
      ...before,
      name: 'Kept',
      title: null,
      specialty: null,
      manager_id: null,
      email: null,
    });
  });

  const badManagers: [string, string][] = [
    ['nonsense', 'not-an-id'],
    ['an unknown id', '00000000-0000-4000-8000-000000000000'],
  ];
  it.each(badManagers)('refuses a managerId that is %s (BAD_USER_INPUT managerId)', async (_what, managerId) => {
    const org = await createOrg(server.url, 'BadManager');
    const person = await addPerson(org.admin, { managerId: org.adminPersonId });
    const count = await peopleCount(org.organizationId);
    expectFieldError(
      await org.admin.gql(ADD, {
        input: { name: 'X', level: 'MID', track: 'INDIVIDUAL_CONTRIBUTOR', managerId },
      }),
      'managerId',
    );
    expectFieldError(await org.admin.gql(UPDATE, { input: { id: person.id, managerId } }), 'managerId');
    expect(await peopleCount(org.organizationId)).toBe(count);
    expect((await row(person.id)).manager_id).toBe(org.adminPersonId);
  });

  it('refuses a managerId of another organization (BAD_USER_INPUT managerId)', async () => {
    const org = await createOrg(server.url, 'OwnOrg');
    const other = await createOrg(server.url, 'OtherOrg');
    const person = await addPerson(org.admin);
    const count = await peopleCount(org.organizationId);
    expectFieldError(
      await org.admin.gql(ADD, {
        input: {
          name: 'X',
          level: 'MID',
          track: 'INDIVIDUAL_CONTRIBUTOR',
          managerId: other.adminPersonId,
        },
      }),
      'managerId',
    );
    expectFieldError(
      await org.admin.gql(UPDATE, { input: { id: person.id, managerId: other.adminPersonId } }),
      'managerId',
    );
    expect(await peopleCount(org.organizationId)).toBe(count);
    expect((await row(person.id)).manager_id).toBeNull();
  });

  it('validates names, emails, levels and lengths with the field at fault', async () => {
    const org = await createOrg(server.url, 'Validate');
    const person = await addPerson(org.admin);
    const base = { name: 'Valid', level: 'MID', track: 'INDIVIDUAL_CONTRIBUTOR' };
    expectFieldError(await org.admin.gql(ADD, { input: { ...base, name: '   ' } }), 'name');
    expectFieldError(await org.admin.gql(ADD, { input: { ...base, email: 'nope' } }), 'email');
    expectFieldError(await org.admin.gql(ADD, { input: { ...base, level: 'WIZARD' } }), 'level');
    expectFieldError(await org.admin.gql(ADD, { input: { ...base, title: 't'.repeat(121) } }), 'title');
    expectFieldError(await org.admin.gql(ADD, { input: { ...base, specialty: 's'.repeat(81) } }), 'specialty');
    expectFieldError(await org.admin.gql(UPDATE, { input: { id: person.id, name: ' ' } }), 'name');
    expectFieldError(await org.admin.gql(UPDATE, { input: { id: person.id, email: 'a@b' } }), 'email');
  });

  it('refuses an email already used in the organization (any case), on add and on update', async () => {
    const org = await createOrg(server.url, 'DupEmail');
    const first = await addPerson(org.admin);
    const second = await addPerson(org.admin);
    const count = await peopleCount(org.organizationId);
    expectFieldError(
      await org.admin.gql(ADD, {
        input: { name: 'Copy', level: 'MID', track: 'MANAGER', email: first.email!.toUpperCase() },
      }),
      'email',
    );
    expect(await peopleCount(org.organizationId)).toBe(count);
    expectFieldError(await org.admin.gql(UPDATE, { input: { id: second.id, email: first.email } }), 'email');
    expect((await row(second.id)).email).toBe(second.email);
    // Another organization may list the same address for its own person.
    const other = await createOrg(server.url, 'DupEmailOther');
    const elsewhere = await addPerson(other.admin, { email: first.email });
    expect(elsewhere.email).toBe(first.email);
  });

  it('changing the email of a person with an account changes their sign-in email', async () => {
    const org = await createOrg(server.url, 'EmailChange');
    const member = await addMember(org, { managerId: org.adminPersonId });
    const oldEmail = (await row(member.id)).email;
    const newEmail = uniqueEmail('moved');
    const { updatePerson } = await org.admin.ok(UPDATE, {
      input: { id: member.id, email: newEmail.toUpperCase() },
    });
    expect(updatePerson.email).toBe(newEmail);
    const [account] = await server.db.query(`SELECT email FROM account WHERE person_id = $1`, [member.id]);
    expect(account.email).toBe(newEmail);

    const signIn = `mutation($input: SignInInput!) { signIn(input: $input) { person { id } } }`;
    const withNew = await new TestClient(server.url).ok(signIn, {
      input: { email: newEmail, password: PASSWORD },
    });
    expect(withNew.signIn.person.id).toBe(member.id);
    expect(
      errorCode(
        await new TestClient(server.url).gql(signIn, {
          input: { email: oldEmail, password: PASSWORD },
        }),
      ),
    ).toBe('UNAUTHENTICATED');

    // The sign-in email cannot be removed, nor taken from another account.
    expectFieldError(await org.admin.gql(UPDATE, { input: { id: member.id, email: null } }), 'email');
    const { viewer } = await org.admin.ok(`{ viewer { person { email } } }`);
    expectFieldError(await org.admin.gql(UPDATE, { input: { id: member.id, email: viewer.person.email } }), 'email');
    expect((await row(member.id)).email).toBe(newEmail);
  });

  it('needs a session', async () => {
    const org = await createOrg(server.url, 'AddAnon');
    const anonymous = new TestClient(server.url);
    expect(errorCode(await anonymous.gql(ADD, { input: { name: 'X', level: 'MID', track: 'MANAGER' } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await anonymous.gql(UPDATE, { input: { id: org.adminPersonId, name: 'Y' } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await anonymous.gql(PERSON, { id: org.adminPersonId }))).toBe('UNAUTHENTICATED');
  });
});

describe('the manager rule: no cycles', () => {
  async function chain() {
    const org = await createOrg(server.url, 'Cycle');
    const a = await addPerson(org.admin, { name: 'A' });
    const b = await addPerson(org.admin, { name: 'B', managerId: a.id });
    const c = await addPerson(org.admin, { name: 'C', managerId: b.id });
    return { org, a, b, c };
  }

  it('refuses to put someone under themself or under anyone below them', async () => {
    const { org, a, b, c } = await chain();
    for (const [id, managerId] of [
      [a.id, c.id],
      [a.id, b.id],
      [a.id, a.id],
      [b.id, c.id],
      [c.id, c.id],
    ]) {
      expectFieldError(await org.admin.gql(UPDATE, { input: { id, managerId } }), 'managerId');
    }
    expect((await row(a.id)).manager_id).toBeNull();
    expect((await row(b.id)).manager_id).toBe(a.id);
    expect((await row(c.id)).manager_id).toBe(b.id);
    // Moving within the rule is fine: C directly under A, then A under the admin.
    await org.admin.ok(UPDATE, { input: { id: c.id, managerId: a.id } });
    await org.admin.ok(UPDATE, { input: { id: a.id, managerId: org.adminPersonId } });
    await expectNoCycle(org.organizationId);
  });

  it('two simultaneous moves ("A under B" and "B under A") never close a cycle', async () => {
    const org = await createOrg(server.url, 'CycleRace');
    for (let round = 0; round < 15; round++) {
      const a = await addPerson(org.admin, { name: `A${round}`, managerId: org.adminPersonId });
      const b = await addPerson(org.admin, { name: `B${round}`, managerId: org.adminPersonId });
      const results = await Promise.all([
        org.admin.gql(UPDATE, { input: { id: a.id, managerId: b.id } }),
        org.admin.gql(UPDATE, { input: { id: b.id, managerId: a.id } }),
      ]);
      const succeeded = results.filter((r) => !r.errors);
      expect(succeeded).toHaveLength(1);
      for (const failed of results.filter((r) => r.errors)) expectFieldError(failed, 'managerId');
      const [ra, rb] = [await row(a.id), await row(b.id)];
      expect(ra.manager_id === b.id && rb.manager_id === a.id).toBe(false);
    }
    await expectNoCycle(org.organizationId);
  });
});

describe('people: the connection', () => {
  it('orders by name and counts', async () => {
    const org = await createOrg(server.url, 'Order');
    for (const name of ['Charlie Ordered', 'Alice Ordered', 'Eve Ordered', 'Bob Ordered', 'Dave Ordered']) {
      await addPerson(org.admin, { name });
    }
    const { people } = await org.admin.ok(PEOPLE, { search: 'ordered' });
    expect(people.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'Alice Ordered',
      'Bob Ordered',
      'Charlie Ordered',
      'Dave Ordered',
      'Eve Ordered',
    ]);
    expect(people.totalCount).toBe(5);
    expect(people.pageInfo.hasNextPage).toBe(false);
    const { people: everyone } = await org.admin.ok(PEOPLE, {});
    expect(everyone.totalCount).toBe(6);
  });

  it('pages with first/after over everyone exactly once, even with equal names', async () => {
    const org = await createOrg(server.url, 'Pages');
    for (let i = 0; i < 8; i++) await addPerson(org.admin, { name: `Person ${String.fromCharCode(65 + i)}` });
    for (let i = 0; i < 4; i++) await addPerson(org.admin, { name: 'Same Name' });
    const total = await peopleCount(org.organizationId);
    expect(total).toBe(13);
    const all = await listAll(org.admin);
    expect(all).toHaveLength(total);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { people }: { people: any } = await org.admin.ok(PEOPLE, { first: 3, after });
      pages += 1;
      expect(people.totalCount).toBe(total);
      expect(people.edges.length).toBeLessThanOrEqual(3);
      seen.push(...people.edges.map((e: { node: { id: string } }) => e.node.id));
      expect(people.edges.length).toBeGreaterThan(0);
      expect(people.pageInfo.endCursor).toBe(people.edges.at(-1).cursor);
      if (!people.pageInfo.hasNextPage) break;
      after = people.pageInfo.endCursor;
      expect(pages).toBeLessThan(10);
    }
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(all.map((p: { id: string }) => p.id));
  });

  it('searches name, email and title, case-insensitively, with wildcards taken literally', async () => {
    const org = await createOrg(server.url, 'Search');
    const byName = await addPerson(org.admin, { name: 'Zoltan Quux', title: 'Analyst' });
    const byEmail = await addPerson(org.admin, {
      name: 'Mail Match',
      email: uniqueEmail('xylophone'),
      title: 'Analyst',
    });
    const byTitle = await addPerson(org.admin, { name: 'Title Match', title: 'MLOps Engineer' });
    const percent = await addPerson(org.admin, { name: 'Hundred % Sure', title: 'Analyst' });
    const ids = async (search: string) => (await listAll(org.admin, search)).map((p: { id: string }) => p.id);

    expect(await ids('zOLTAN')).toEqual([byName.id]);
    expect(await ids('XYLOPHONE')).toEqual([byEmail.id]);
    expect(await ids('mlops')).toEqual([byTitle.id]);
    expect(await ids('  mlops  ')).toEqual([byTitle.id]);
    expect(await ids('%')).toEqual([percent.id]);
    expect(await ids('_')).toEqual([]);
    expect(await ids('nothing matches this')).toEqual([]);
    const { people } = await org.admin.ok(PEOPLE, { search: 'analyst' });
    expect(people.totalCount).toBe(3);
    expect(errorCode(await org.admin.gql(PEOPLE, { search: 's'.repeat(121) }))).toBe('BAD_USER_INPUT');
  });

  it('refuses first above 100 or below 1, and a garbled cursor', async () => {
    const org = await createOrg(server.url, 'Bounds');
    for (const first of [101, 1000, 0, -1]) expectFieldError(await org.admin.gql(PEOPLE, { first }), 'first');
    expect((await org.admin.ok(PEOPLE, { first: 100 })).people.totalCount).toBe(1);
    expect((await org.admin.ok(PEOPLE, { first: 1 })).people.edges).toHaveLength(1);
    const garbled = [
      'garbage!!',
      Buffer.from('["only one"]').toString('base64url'),
      Buffer.from('["name","not-a-uuid"]').toString('base64url'),
      Buffer.from('{"name":"x"}').toString('base64url'),
    ];
    for (const after of garbled) expectFieldError(await org.admin.gql(PEOPLE, { after }), 'after');
  });

  it('needs a session', async () => {
    expect(errorCode(await new TestClient(server.url).gql(PEOPLE, {}))).toBe('UNAUTHENTICATED');
  });
});

/**
 * admin ─┬─ manager ── report ── junior
 *        └─ peer
 * Everyone has an account.
 */
async function team(name: string) {
  const org = await createOrg(server.url, name);
  const manager = await addMember(org, {
    name: 'Manager',
    track: 'MANAGER',
    managerId: org.adminPersonId,
  });
  const peer = await addMember(org, {
    name: 'Peer',
    track: 'MANAGER',
    managerId: org.adminPersonId,
  });
  const report = await addMember(org, { name: 'Report', managerId: manager.id });
  const junior = await addMember(org, { name: 'Junior', level: 'JUNIOR', managerId: report.id });
  return { org, manager, peer, report, junior };
}

describe('email visibility', () => {
  it('shows an email to the person, their manager chain and admins only, everywhere it appears', async () => {
    const { org, manager, peer, report, junior } = await team('Visibility');
    const ids = {
      admin: org.adminPersonId,
      manager: manager.id,
      peer: peer.id,
      report: report.id,
      junior: junior.id,
    };
    const emails = new Map<string, string>();
    for (const id of Object.values(ids)) emails.set(id, (await row(id)).email);

    const viewers: [string, TestClient, (keyof typeof ids)[]][] = [
      ['admin', org.admin, ['admin', 'manager', 'peer', 'report', 'junior']],
      ['manager', manager.client, ['manager', 'report', 'junior']],
      ['report', report.client, ['report', 'junior']],
      ['junior', junior.client, ['junior']],
      ['peer', peer.client, ['peer']],
    ];
    for (const [viewerName, client, visible] of viewers) {
      const listed = new Map((await listAll(client)).map((p: { id: string; email: string | null }) => [p.id, p.email]));
      for (const [targetName, id] of Object.entries(ids)) {
        const expected = visible.includes(targetName as keyof typeof ids) ? emails.get(id) : null;
        const context = `${viewerName} looking at ${targetName}`;
        expect(listed.get(id), context).toBe(expected);
        const { person } = await client.ok(`query($id: ID!) { person(id: $id) { email } }`, { id });
        expect(person.email, context).toBe(expected);
      }
    }

    // Through relations too: the report cannot read the manager's email by walking up.
    const { person: fromReport } = await report.client.ok(
      `query($id: ID!) { person(id: $id) { email manager { email manager { email } } reports { email } } }`,
      { id: report.id },
    );
    expect(fromReport).toEqual({
      email: emails.get(report.id),
      manager: { email: null, manager: { email: null } },
      reports: [{ email: emails.get(junior.id) }],
    });
    const { viewer } = await peer.client.ok(`{ viewer { person { email manager { email reports { name email } } } } }`);
    expect(viewer.person.email).toBe(emails.get(peer.id));
    expect(viewer.person.manager.email).toBeNull();
    for (const colleague of viewer.person.manager.reports) {
      expect(colleague.email).toBe(colleague.name === 'Peer' ? emails.get(peer.id) : null);
    }
  });

  it('search does not match an email the viewer may not see', async () => {
    const { org, manager, peer, report } = await team('SearchVisibility');
    const reportEmail: string = (await row(report.id)).email;
    const local = reportEmail.split('@')[0];
    const found = async (client: TestClient) => (await listAll(client, local)).map((p: { id: string }) => p.id);
    expect(await found(org.admin)).toEqual([report.id]);
    expect(await found(manager.client)).toEqual([report.id]);
    expect(await found(report.client)).toEqual([report.id]);
    expect(await found(peer.client)).toEqual([]);
    const { people } = await peer.client.ok(PEOPLE, { search: local });
    expect(people.totalCount).toBe(0);
    // Names stay searchable for everyone.
    expect((await listAll(peer.client, 'Report')).map((p: { id: string }) => p.id)).toEqual([report.id]);
  });
});

describe('who may add and edit people', () => {
  it('a manager may add people under themself or anyone below them, nowhere else', async () => {
    const { org, manager, peer, report, junior } = await team('ManagerAdds');
    const input = (managerId: string | null) => ({
      input: {
        name: 'Newcomer',
        level: 'JUNIOR',
        track: 'INDIVIDUAL_CONTRIBUTOR',
        email: uniqueEmail('new'),
        managerId,
      },
    });

    const direct = await manager.client.ok(ADD, input(manager.id));
    expect(direct.addPerson.manager).toEqual({ id: manager.id });
    expect(direct.addPerson.email).not.toBeNull();
    const deep = await manager.client.ok(ADD, input(junior.id));
    expect(deep.addPerson.manager).toEqual({ id: junior.id });
    const viaReport = await manager.client.ok(ADD, input(report.id));
    expect(viaReport.addPerson.manager).toEqual({ id: report.id });

    const count = await peopleCount(org.organizationId);
    for (const managerId of [org.adminPersonId, peer.id, null]) {
      expect(errorCode(await manager.client.gql(ADD, input(managerId)))).toBe('FORBIDDEN');
    }
    expect(await peopleCount(org.organizationId)).toBe(count);
  });

  it('a manager may edit people below them, not anyone else, and not move them out of their team', async () => {
    const { org, manager, peer, report, junior } = await team('ManagerEdits');
    const { updatePerson } = await manager.client.ok(UPDATE, {
      input: { id: report.id, title: 'Senior Data Scientist', level: 'SENIOR' },
    });
    expect(updatePerson).toMatchObject({ title: 'Senior Data Scientist', level: 'SENIOR' });
    await manager.client.ok(UPDATE, { input: { id: junior.id, managerId: manager.id } });
    expect((await row(junior.id)).manager_id).toBe(manager.id);

    for (const id of [peer.id, org.adminPersonId]) {
      const before = await row(id);
      expect(errorCode(await manager.client.gql(UPDATE, { input: { id, title: 'Hacked' } }))).toBe('FORBIDDEN');
      expect(await row(id)).toEqual(before);
    }
    for (const managerId of [peer.id, org.adminPersonId, null]) {
      expect(errorCode(await manager.client.gql(UPDATE, { input: { id: report.id, managerId } }))).toBe('FORBIDDEN');
    }
    expect((await row(report.id)).manager_id).toBe(manager.id);
  });

  it('a plain member may not add people elsewhere or edit others (FORBIDDEN)', async () => {
    const { org, manager, peer, junior } = await team('PlainMember');
    const count = await peopleCount(org.organizationId);
    // An individual contributor with nobody reporting to them is not a manager: not even under themself.
    for (const managerId of [org.adminPersonId, manager.id, null, junior.id]) {
      const result = await junior.client.gql(ADD, {
        input: { name: 'Nope', level: 'JUNIOR', track: 'INDIVIDUAL_CONTRIBUTOR', managerId },
      });
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
    expect(await peopleCount(org.organizationId)).toBe(count);
    for (const id of [manager.id, peer.id, org.adminPersonId]) {
      const before = await row(id);
      expect(errorCode(await junior.client.gql(UPDATE, { input: { id, name: 'Renamed' } }))).toBe('FORBIDDEN');
      expect(await row(id)).toEqual(before);
    }
    expect(errorCode(await peer.client.gql(UPDATE, { input: { id: junior.id, name: 'Renamed' } }))).toBe('FORBIDDEN');
  });

  it('only an admin changes the email someone signs in with', async () => {
    const { manager, report } = await team('SignInEmail');
    const before = await row(report.id);
    const result = await manager.client.gql(UPDATE, {
      input: { id: report.id, email: uniqueEmail('taken-over') },
    });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(await row(report.id)).toEqual(before);
    const [account] = await server.db.query(`SELECT email FROM account WHERE person_id = $1`, [report.id]);
    expect(account.email).toBe(before.email);
  });
});
