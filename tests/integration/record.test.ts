import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, TestClient } from '../support/client';
import { addMember, createOrg } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const EXPORT = `query($f: ExportFormat) { exportMyRecord(format: $f) }`;

describe('exportMyRecord (§4b)', () => {
  it("gives the owner, the manager and the delegatee each their own record, and nobody else's private note", async () => {
    const org = await createOrg(server.url, 'Record');
    const manager = await addMember(org, {
      name: 'Mia Manager',
      track: 'MANAGER',
      managerId: org.adminPersonId,
    });
    const owner = await addMember(org, { name: 'Owen Owner', managerId: manager.id });
    const junior = await addMember(org, {
      name: 'Juno Junior',
      level: 'JUNIOR',
      managerId: manager.id,
    });
    const { startPlan } = await manager.client.ok(`mutation($o: ID!) { startPlan(input: { ownerId: $o }) { id } }`, {
      o: owner.id,
    });
    const planId = startPlan.id;
    const { addActivity } = await owner.client.ok(
      `mutation($p: ID!) { addActivity(input: { planId: $p, name: "Pipeline upkeep", hoursPerWeek: 6, mode: DOING, leverage: OVERHEAD }) { id } }`,
      { p: planId },
    );
    const { createDelegation } = await owner.client.ok(
      `mutation($i: CreateDelegationInput!) { createDelegation(input: $i) { id } }`,
      {
        i: {
          planId,
          activityId: addActivity.id,
          delegateeId: junior.id,
          hoursPerWeek: 3,
          learningObjective: 'Backfills without fear',
        },
      },
    );
    await junior.client.ok(
      `mutation($d: ID!) { checkIn(input: { delegationId: $d, confidence: 4, coachingHours: 0, note: "Ran my first backfill" }) { id } }`,
      { d: createDelegation.id },
    );
    const { scheduleOneOnOne } = await owner.client.ok(
      `mutation($p: ID!, $at: DateTimeISO!) { scheduleOneOnOne(input: { planId: $p, scheduledAt: $at }) { id } }`,
      { p: planId, at: new Date().toISOString() },
    );
    const id = scheduleOneOnOne.id;
    await owner.client.ok(
      `mutation($id: ID!) { updateSharedNotes(input: { oneOnOneId: $id, version: 1, notes: "SHARED-NOTE-TEXT" }) { id } }`,
      { id },
    );
    await owner.client.ok(
      `mutation($id: ID!) { setPrivateNote(input: { oneOnOneId: $id, text: "OWNER-PRIVATE" }) { id } }`,
      { id },
    );
    await manager.client.ok(
      `mutation($id: ID!) { setPrivateNote(input: { oneOnOneId: $id, text: "MANAGER-PRIVATE" }) { id } }`,
      { id },
    );

    const ownerJson = JSON.parse((await owner.client.ok(EXPORT, { f: 'JSON' })).exportMyRecord);
    expect(ownerJson.person.name).toBe('Owen Owner');
    expect(ownerJson.plans).toHaveLength(1);
    expect(ownerJson.plans[0].week.map((a: { name: string }) => a.name)).toEqual(['Pipeline upkeep']);
    expect(ownerJson.plans[0].delegations[0].checkIns[0].note).toBe('Ran my first backfill');
    expect(ownerJson.plans[0].oneOnOnes[0].sharedNotes).toBe('SHARED-NOTE-TEXT');
    expect(ownerJson.myPrivateNotes.map((n: { text: string }) => n.text)).toEqual(['OWNER-PRIVATE']);

    const ownerMarkdown = (await owner.client.ok(EXPORT, { f: 'MARKDOWN' })).exportMyRecord as string;
    expect(ownerMarkdown.startsWith('# The Fulcrum record of Owen Owner')).toBe(true);
    expect(ownerMarkdown).toContain('SHARED-NOTE-TEXT');
    expect(ownerMarkdown).toContain('OWNER-PRIVATE');

    for (const [client, own, foreign] of [
      [owner.client, 'OWNER-PRIVATE', 'MANAGER-PRIVATE'],
      [manager.client, 'MANAGER-PRIVATE', 'OWNER-PRIVATE'],
      [junior.client, null, 'PRIVATE'],
    ] as [TestClient, string | null, string][]) {
      for (const f of ['JSON', 'MARKDOWN']) {
        const text = (await client.ok(EXPORT, { f })).exportMyRecord as string;
        expect(text).not.toContain(foreign);
        if (own) expect(text).toContain(own);
      }
    }

    const managerJson = JSON.parse((await manager.client.ok(EXPORT, {})).exportMyRecord);
    expect(managerJson.plans).toEqual([]);
    expect(managerJson.myPrivateNotes).toEqual([
      expect.objectContaining({ text: 'MANAGER-PRIVATE', planOwner: 'Owen Owner' }),
    ]);

    const juniorJson = JSON.parse((await junior.client.ok(EXPORT, {})).exportMyRecord);
    expect(juniorJson.plans).toEqual([]);
    expect(juniorJson.delegatedToMe).toEqual([
      expect.objectContaining({
        activityName: 'Pipeline upkeep',
        delegator: 'Owen Owner',
        learningObjective: 'Backfills without fear',
      }),
    ]);
    expect(JSON.stringify(juniorJson)).not.toContain('SHARED-NOTE-TEXT');

    expect(errorCode(await new TestClient(server.url).gql(EXPORT, {}))).toBe('UNAUTHENTICATED');
  });
});
