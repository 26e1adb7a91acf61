import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../support/client';
import { addMember, createOrg } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const PLAN = `query($id: ID!) { plan(id: $id) { id manager { id } } }`;
const ONE_ON_ONE = `query($id: ID!) { oneOnOne(id: $id) { id sharedNotes myPrivateNote } }`;

describe('the record follows the report through a manager change (§4b)', () => {
  it('moves the open plan to the new manager in the same change; the old manager loses access at once', async () => {
    const org = await createOrg(server.url, 'Handover');
    const oldManager = await addMember(org, {
      name: 'Old Manager',
      track: 'MANAGER',
      managerId: org.adminPersonId,
    });
    const newManager = await addMember(org, {
      name: 'New Manager',
      track: 'MANAGER',
      managerId: org.adminPersonId,
    });
    const report = await addMember(org, { name: 'Report', managerId: oldManager.id });
    const { startPlan } = await oldManager.client.ok(`mutation($o: ID!) { startPlan(input: { ownerId: $o }) { id } }`, {
      o: report.id,
    });
    const { scheduleOneOnOne } = await report.client.ok(
      `mutation($p: ID!, $at: DateTimeISO!) { scheduleOneOnOne(input: { planId: $p, scheduledAt: $at }) { id sharedNotesVersion } }`,
      { p: startPlan.id, at: new Date().toISOString() },
    );
    const id = scheduleOneOnOne.id;
    await oldManager.client.ok(
      `mutation($id: ID!, $v: Int!) { updateSharedNotes(input: { oneOnOneId: $id, version: $v, notes: "Shared history" }) { id } }`,
      { id, v: 1 },
    );
    await oldManager.client.ok(
      `mutation($id: ID!) { setPrivateNote(input: { oneOnOneId: $id, text: "Old manager's own note" }) { id } }`,
      { id },
    );
    await report.client.ok(
      `mutation($id: ID!) { setPrivateNote(input: { oneOnOneId: $id, text: "Report's own note" }) { id } }`,
      { id },
    );

    await org.admin.ok(`mutation($id: ID!, $m: ID) { updatePerson(input: { id: $id, managerId: $m }) { id } }`, {
      id: report.id,
      m: newManager.id,
    });

    expect(errorCode(await oldManager.client.gql(PLAN, { id: startPlan.id }))).toBe('NOT_FOUND');
    expect(errorCode(await oldManager.client.gql(ONE_ON_ONE, { id }))).toBe('NOT_FOUND');
    const { plan } = await newManager.client.ok(PLAN, { id: startPlan.id });
    expect(plan.manager.id).toBe(newManager.id);
    const seen = await newManager.client.ok(ONE_ON_ONE, { id });
    expect(seen.oneOnOne).toEqual({ id, sharedNotes: 'Shared history', myPrivateNote: null });
    expect((await report.client.ok(ONE_ON_ONE, { id })).oneOnOne.myPrivateNote).toBe("Report's own note");
    const [row] = await server.db.query(`SELECT count(*)::int AS n FROM private_note WHERE one_on_one_id = $1`, [id]);
    expect(row.n).toBe(2);
    // The new manager now writes on the manager's side.
    const { rateSignal } = await newManager.client.ok(
      `mutation($p: ID!) { rateSignal(input: { planId: $p, signal: ROLE_MODEL, rating: CLEAR }) { managerRating } }`,
      { p: startPlan.id },
    );
    expect(rateSignal.managerRating).toBe('CLEAR');
  });

  it('refuses to leave an open plan without a manager, and changes nothing', async () => {
    const org = await createOrg(server.url, 'NoManager');
    const manager = await addMember(org, { track: 'MANAGER', managerId: org.adminPersonId });
    const report = await addMember(org, { managerId: manager.id });
    const { startPlan } = await manager.client.ok(`mutation($o: ID!) { startPlan(input: { ownerId: $o }) { id } }`, {
      o: report.id,
    });
    const result = await org.admin.gql(
      `mutation($id: ID!) { updatePerson(input: { id: $id, managerId: null }) { id } }`,
      { id: report.id },
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields[0].field).toBe('managerId');
    const [person] = await server.db.query(`SELECT manager_id FROM person WHERE id = $1`, [report.id]);
    expect(person.manager_id).toBe(manager.id);
    expect((await manager.client.ok(PLAN, { id: startPlan.id })).plan.manager.id).toBe(manager.id);
  });

  it('asks the new manager to sign again what the old one signed, and reflects only on an active plan', async () => {
    const org = await createOrg(server.url, 'Resign');
    const oldManager = await addMember(org, { track: 'MANAGER', managerId: org.adminPersonId });
    const newManager = await addMember(org, { track: 'MANAGER', managerId: org.adminPersonId });
    const report = await addMember(org, { managerId: oldManager.id });
    const { startPlan } = await oldManager.client.ok(
      `mutation($o: ID!) { startPlan(input: { ownerId: $o }) { id version } }`,
      { o: report.id },
    );
    const quarter = `${new Date().getUTCFullYear()}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
    const start = `mutation($p: ID!, $q: String!) { startReflection(input: { planId: $p, quarter: $q }) { id } }`;
    const draft = await report.client.gql(start, { p: startPlan.id, q: quarter });
    expect(errorCode(draft)).toBe('INVALID_TRANSITION');
    await report.client.ok(
      `mutation($id: ID!, $v: Int!) { updatePlan(input: { id: $id, version: $v, status: ACTIVE }) { id } }`,
      { id: startPlan.id, v: startPlan.version },
    );
    const { startReflection } = await report.client.ok(start, { p: startPlan.id, q: quarter });
    await report.client.ok(`mutation($id: ID!) { shareReflection(id: $id) { id } }`, {
      id: startReflection.id,
    });
    await oldManager.client.ok(`mutation($id: ID!) { signOffReflection(id: $id) { id } }`, {
      id: startReflection.id,
    });

    await org.admin.ok(`mutation($id: ID!, $m: ID) { updatePerson(input: { id: $id, managerId: $m }) { id } }`, {
      id: report.id,
      m: newManager.id,
    });
    const reflection = `query($p: ID!) { plan(id: $p) { reflections { status signedOffByManager } } }`;
    expect((await newManager.client.ok(reflection, { p: startPlan.id })).plan.reflections).toEqual([
      { status: 'SHARED', signedOffByManager: false },
    ]);
    await newManager.client.ok(`mutation($id: ID!) { signOffReflection(id: $id) { id } }`, {
      id: startReflection.id,
    });
    await report.client.ok(`mutation($id: ID!) { signOffReflection(id: $id) { id } }`, {
      id: startReflection.id,
    });
    expect((await report.client.ok(reflection, { p: startPlan.id })).plan.reflections).toEqual([
      { status: 'SIGNED_OFF', signedOffByManager: true },
    ]);
  });
});
