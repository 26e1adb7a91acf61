import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember } from '../support/factories';
import {
  activePlanFor,
  ADD_GAP,
  addGap,
  currentQuarter,
  expectError,
  orgWithTeam,
  PLAN,
  planRows,
  UPDATE_GAP,
  updateGap,
  type Member,
  type Team,
} from '../support/plans';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let team: Team;
let owner: Member;
let planId: string;
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Gaps');
  owner = team.senior;
  planId = (await activePlanFor(team)).id;
});
afterAll(() => server?.stop());

const QUARTER = /^\d{4}-Q[1-4]$/;

async function gapRow(id: string) {
  const [row] = await server.db.query(`SELECT * FROM gap WHERE id = $1`, [id]);
  return row;
}

describe('addGap', () => {
  it('opens a gap in the current quarter, OPEN and not closed, with trimmed text', async () => {
    const gap = await addGap(owner.client, planId, {
      kind: 'NEXT_SCOPE',
      title: '  Models ship, nobody decides with them  ',
      description: ' Retention does not target with the scores. ',
      evidence: '',
    });
    expect(gap).toMatchObject({
      version: 1,
      kind: 'NEXT_SCOPE',
      title: 'Models ship, nobody decides with them',
      description: 'Retention does not target with the scores.',
      evidence: null,
      status: 'OPEN',
      closedQuarter: null,
    });
    expect(gap.openedQuarter).toMatch(QUARTER);
    expect(gap.openedQuarter).toBe(currentQuarter());
    expect(await gapRow(gap.id)).toMatchObject({
      plan_id: planId,
      organization_id: team.org.organizationId,
      opened_quarter: currentQuarter(),
      status: 'OPEN',
    });
  });

  it('lists the plan’s gaps in the order they were opened, for the manager too', async () => {
    const member = await addMember(team.org, { managerId: team.manager.id });
    const plan = await activePlanFor(team, member);
    const first = await addGap(member.client, plan.id, { title: 'First' });
    const second = await addGap(team.manager.client, plan.id, {
      title: 'Second',
      kind: 'NEXT_SCOPE',
    });
    const { plan: read } = await team.manager.client.ok(PLAN, { id: plan.id });
    expect(read.gaps.map((g: { id: string }) => g.id)).toEqual([first.id, second.id]);
  });

  it('refuses a blank or too long title, an unknown kind, too long text: BAD_USER_INPUT naming the field, nothing written', async () => {
    const before = await planRows(server.db, planId);
    expectError(
      await owner.client.gql(ADD_GAP, { input: { planId, kind: 'AUTONOMY', title: '   ' } }),
      'BAD_USER_INPUT',
      'title',
    );
    expectError(
      await owner.client.gql(ADD_GAP, {
        input: { planId, kind: 'AUTONOMY', title: 'x'.repeat(121) },
      }),
      'BAD_USER_INPUT',
      'title',
    );
    expectError(
      await owner.client.gql(ADD_GAP, { input: { planId, kind: 'WEAKNESS', title: 'A gap' } }),
      'BAD_USER_INPUT',
    );
    expectError(
      await owner.client.gql(ADD_GAP, {
        input: { planId, kind: 'AUTONOMY', title: 'A gap', description: 'x'.repeat(2001) },
      }),
      'BAD_USER_INPUT',
      'description',
    );
    expectError(
      await owner.client.gql(ADD_GAP, {
        input: { planId, kind: 'AUTONOMY', title: 'A gap', evidence: 'x'.repeat(4001) },
      }),
      'BAD_USER_INPUT',
      'evidence',
    );
    expect(await planRows(server.db, planId)).toEqual(before);
  });
});

describe('updateGap', () => {
  it('changes title, description, evidence and status, one version at a time, by either writer', async () => {
    const gap = await addGap(owner.client, planId, {
      title: 'Readouts',
      description: 'Maya presents.',
    });
    const edited = await updateGap(team.manager.client, {
      id: gap.id,
      version: gap.version,
      title: 'Pricing readouts without Maya',
      evidence: 'Last two reviews: Maya presented.',
      status: 'WORKING',
    });
    expect(edited).toMatchObject({
      id: gap.id,
      version: (gap.version as number) + 1,
      title: 'Pricing readouts without Maya',
      description: 'Maya presents.',
      evidence: 'Last two reviews: Maya presented.',
      status: 'WORKING',
      kind: 'AUTONOMY',
      openedQuarter: gap.openedQuarter,
      closedQuarter: null,
    });
    // Explicit null clears the description; an omitted field stays.
    const cleared = await updateGap(owner.client, {
      id: gap.id,
      version: edited.version,
      description: null,
    });
    expect(cleared).toMatchObject({
      description: null,
      evidence: 'Last two reviews: Maya presented.',
      version: (edited.version as number) + 1,
    });
    expect(await gapRow(gap.id)).toMatchObject({
      description: null,
      title: 'Pricing readouts without Maya',
      version: (edited.version as number) + 1,
    });
  });

  it('CLOSED sets the closed quarter, other edits keep it, reopening clears it', async () => {
    const gap = await addGap(owner.client, planId, { title: 'Closing' });
    const closed = await updateGap(owner.client, {
      id: gap.id,
      version: gap.version,
      status: 'CLOSED',
      evidence: 'Led the last three readouts alone.',
    });
    expect(closed).toMatchObject({
      status: 'CLOSED',
      closedQuarter: currentQuarter(),
      openedQuarter: currentQuarter(),
    });

    const retitled = await updateGap(owner.client, {
      id: gap.id,
      version: closed.version,
      title: 'Closed for good',
      status: 'CLOSED',
    });
    expect(retitled).toMatchObject({
      status: 'CLOSED',
      closedQuarter: currentQuarter(),
      title: 'Closed for good',
    });

    const reopened = await updateGap(team.manager.client, {
      id: gap.id,
      version: retitled.version,
      status: 'WORKING',
    });
    expect(reopened).toMatchObject({ status: 'WORKING', closedQuarter: null });
    expect(await gapRow(gap.id)).toMatchObject({ status: 'WORKING', closed_quarter: null });

    const closedAgain = await updateGap(owner.client, {
      id: gap.id,
      version: reopened.version,
      status: 'CLOSED',
    });
    const openAgain = await updateGap(owner.client, {
      id: gap.id,
      version: closedAgain.version,
      status: 'OPEN',
    });
    expect(openAgain).toMatchObject({ status: 'OPEN', closedQuarter: null });
  });

  it('a closed quarter kept from an earlier quarter is not moved by later edits', async () => {
    const gap = await addGap(owner.client, planId, { title: 'Closed long ago' });
    const closed = await updateGap(owner.client, {
      id: gap.id,
      version: gap.version,
      status: 'CLOSED',
    });
    await server.db.query(`UPDATE gap SET closed_quarter = '2020-Q1' WHERE id = $1`, [gap.id]);
    const edited = await updateGap(owner.client, {
      id: gap.id,
      version: closed.version,
      evidence: 'More evidence.',
    });
    expect(edited.closedQuarter).toBe('2020-Q1');
  });

  it('a stale version is CONFLICT with the current version in extensions.current, and nothing is written', async () => {
    const gap = await addGap(owner.client, planId, { title: 'Contested' });
    const moved = await updateGap(team.manager.client, {
      id: gap.id,
      version: gap.version,
      title: 'Contested, by the manager',
    });
    const before = await gapRow(gap.id);

    const result = await owner.client.gql(UPDATE_GAP, {
      input: {
        id: gap.id,
        version: gap.version,
        title: 'Contested, by the owner',
        status: 'CLOSED',
      },
    });
    const error = expectError(result, 'CONFLICT');
    expect(error.extensions!.current.version).toBe(moved.version);
    expect(error.extensions!.current.title).toBe('Contested, by the manager');
    expect(error.extensions!.current).not.toHaveProperty('organizationId');
    expect(await gapRow(gap.id)).toEqual(before);

    // With the current version it goes through.
    expect(
      await updateGap(owner.client, {
        id: gap.id,
        version: moved.version,
        title: 'Contested, by the owner',
      }),
    ).toMatchObject({ version: (moved.version as number) + 1 });
  });

  it('two writers with the same version at once: one wins, the other is CONFLICT', async () => {
    const gap = await addGap(owner.client, planId, { title: 'Raced' });
    const results = await Promise.all([
      owner.client.gql(UPDATE_GAP, {
        input: { id: gap.id, version: gap.version, title: 'Owner wins' },
      }),
      team.manager.client.gql(UPDATE_GAP, {
        input: { id: gap.id, version: gap.version, title: 'Manager wins' },
      }),
    ]);
    const winner = results.find((r) => !r.errors)!;
    const loser = results.find((r) => r.errors)!;
    expect(winner).toBeDefined();
    expect(expectError(loser, 'CONFLICT').extensions!.current.version).toBe((gap.version as number) + 1);
    expect(await gapRow(gap.id)).toMatchObject({
      title: winner.data!.updateGap.title,
      version: (gap.version as number) + 1,
    });
  });

  it('refuses a blank title and an unknown gap', async () => {
    const gap = await addGap(owner.client, planId, { title: 'Keep my title' });
    expectError(
      await owner.client.gql(UPDATE_GAP, {
        input: { id: gap.id, version: gap.version, title: ' ' },
      }),
      'BAD_USER_INPUT',
      'title',
    );
    expectError(
      await owner.client.gql(UPDATE_GAP, {
        input: { id: '00000000-0000-4000-8000-000000000000', version: 1, title: 'X' },
      }),
      'NOT_FOUND',
    );
    expectError(
      await owner.client.gql(UPDATE_GAP, { input: { id: 'not-a-uuid', version: 1, title: 'X' } }),
      'NOT_FOUND',
    );
    expect(await gapRow(gap.id)).toMatchObject({ title: 'Keep my title', version: 1 });
  });
});
