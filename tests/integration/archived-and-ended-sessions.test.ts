import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../support/client';
import { addMember } from '../support/factories';
import { addGap } from '../support/plans';
import { addAgendaItem, oneOnOneTeam, schedule, socket, subscribe, updateSharedNotes } from '../support/one-on-ones';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('an archived plan is history', () => {
  it('refuses 1:1 edits and delegation check-ins once the plan is archived', async () => {
    const { team, plan } = await oneOnOneTeam(server.url, 'Archive');
    const oneOnOne = await schedule(team.manager.client, plan.id);
    await addGap(team.senior.client, plan.id, { title: 'Before archiving' });
    const junior = await addMember(team.org, { level: 'JUNIOR', managerId: team.manager.id });
    const { addActivity } = await team.senior.client.ok(
      `mutation($p: ID!) { addActivity(input: { planId: $p, name: "Reports", hoursPerWeek: 4, mode: DOING, leverage: OVERHEAD }) { id } }`,
      { p: plan.id },
    );
    const { createDelegation } = await team.senior.client.ok(
      `mutation($i: CreateDelegationInput!) { createDelegation(input: $i) { id } }`,
      {
        i: {
          planId: plan.id,
          activityId: addActivity.id,
          delegateeId: junior.id,
          hoursPerWeek: 2,
          learningObjective: 'Reporting',
        },
      },
    );
    const { plan: current } = await team.senior.client.ok(`query($id: ID!) { plan(id: $id) { version } }`, {
      id: plan.id,
    });
    await team.manager.client.ok(
      `mutation($id: ID!, $v: Int!) { updatePlan(input: { id: $id, version: $v, status: ARCHIVED }) { id } }`,
      { id: plan.id, v: current.version },
    );

    expect(
      errorCode(
        await team.senior.client.gql(
          `mutation($id: ID!) { addAgendaItem(input: { oneOnOneId: $id, text: "Late item" }) { id } }`,
          { id: oneOnOne.id },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await team.manager.client.gql(
          `mutation($id: ID!) { setPrivateNote(input: { oneOnOneId: $id, text: "x" }) { id } }`,
          { id: oneOnOne.id },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await junior.client.gql(
          `mutation($d: ID!) { checkIn(input: { delegationId: $d, confidence: 3, coachingHours: 0 }) { id } }`,
          { d: createDelegation.id },
        ),
      ),
    ).toBe('FORBIDDEN');
    const [counts] = await server.db.query(
      `SELECT (SELECT count(*) FROM agenda_item WHERE one_on_one_id = $1)::int AS agenda, (SELECT count(*) FROM check_in WHERE delegation_id = $2)::int AS check_ins`,
      [oneOnOne.id, createDelegation.id],
    );
    expect(counts).toEqual({ agenda: 0, check_ins: 0 });
    // Still readable as the record it is.
    expect(
      (
        await team.senior.client.ok(`query($id: ID!) { oneOnOne(id: $id) { id } }`, {
          id: oneOnOne.id,
        })
      ).oneOnOne.id,
    ).toBe(oneOnOne.id);
  });
});

describe('a live subscription ends with the session', () => {
  it('stops delivering 1:1 content once the subscriber has signed out', async () => {
    const { team, plan } = await oneOnOneTeam(server.url, 'SignedOut');
    const oneOnOne = await schedule(team.senior.client, plan.id);
    const client = socket(server.url, team.manager.client);
    const live = await subscribe(client, oneOnOne.id);
    await addAgendaItem(team.senior.client, oneOnOne.id, 'Before sign-out');
    await until(() => live.events.length === 1);

    await team.manager.client.ok('mutation { signOut }');
    await updateSharedNotes(team.senior.client, oneOnOne.id, oneOnOne.sharedNotesVersion, 'SECRET-AFTER-SIGN-OUT');
    await until(() => live.errors.length > 0);
    expect(live.errors[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(live.events).toHaveLength(1);
    expect(JSON.stringify(live.payloads)).not.toContain('SECRET-AFTER-SIGN-OUT');
    await live.close();
    await client.dispose();
  });
});
