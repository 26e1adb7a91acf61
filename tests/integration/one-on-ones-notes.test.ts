import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, type PlanSummary, type Team } from '../support/plans';
import { getOneOnOne, oneOnOneTeam, schedule, UPDATE_NOTES, updateSharedNotes } from '../support/one-on-ones';
import { startTestServer, type TestServer } from '../support/server';

/** Shared notes of a 1:1 (§3): Markdown, versioned; a stale save is CONFLICT and overwrites nothing. */

let server: TestServer;
let team: Team;
let plan: PlanSummary;
beforeAll(async () => {
  server = await startTestServer();
  ({ team, plan } = await oneOnOneTeam(server.url, 'Notes'));
});
afterAll(() => server?.stop());

describe('shared notes', () => {
  it('saves over the version the writer saw; each save increments the version and both see the text', async () => {
    const oneOnOne = await schedule(team.manager.client, plan.id);
    expect(oneOnOne.sharedNotesVersion).toBe(1);
    const first = await updateSharedNotes(team.senior.client, oneOnOne.id, 1, '# Pricing\n\n- readout *draft*');
    expect(first).toMatchObject({
      sharedNotes: '# Pricing\n\n- readout *draft*',
      sharedNotesVersion: 2,
    });
    const second = await updateSharedNotes(
      team.manager.client,
      oneOnOne.id,
      2,
      '# Pricing\n\n- readout *draft*\n- ask finance',
    );
    expect(second.sharedNotesVersion).toBe(3);
    for (const viewer of [team.senior.client, team.manager.client, team.top.client]) {
      expect(await getOneOnOne(viewer, oneOnOne.id)).toMatchObject({
        sharedNotes: '# Pricing\n\n- readout *draft*\n- ask finance',
        sharedNotesVersion: 3,
      });
    }
    // Emptying them is a save like any other.
    expect(await updateSharedNotes(team.senior.client, oneOnOne.id, 3, '')).toMatchObject({
      sharedNotes: '',
      sharedNotesVersion: 4,
    });
  });

  it('a stale save is CONFLICT carrying the other person’s text and version; nothing is overwritten', async () => {
    const oneOnOne = await schedule(team.senior.client, plan.id);
    // Both opened version 1; the manager saves first.
    await updateSharedNotes(team.manager.client, oneOnOne.id, 1, 'Manager: we agreed on Q3.');
    const stale = await team.senior.client.gql(UPDATE_NOTES, {
      input: { oneOnOneId: oneOnOne.id, version: 1, notes: 'Sam: I think Q4.' },
    });
    const error = expectError(stale, 'CONFLICT');
    expect(error.extensions!.current).toMatchObject({
      sharedNotes: 'Manager: we agreed on Q3.',
      sharedNotesVersion: 2,
    });
    expect(error.message).not.toContain('Sam: I think Q4.');
    expect(await getOneOnOne(team.manager.client, oneOnOne.id)).toMatchObject({
      sharedNotes: 'Manager: we agreed on Q3.',
      sharedNotesVersion: 2,
    });

    // A version from the future is just as stale.
    expectError(
      await team.senior.client.gql(UPDATE_NOTES, {
        input: { oneOnOneId: oneOnOne.id, version: 7, notes: 'x' },
      }),
      'CONFLICT',
    );

    // Merged over the current version, it goes through.
    const merged = await updateSharedNotes(
      team.senior.client,
      oneOnOne.id,
      error.extensions!.current.sharedNotesVersion,
      'Manager: we agreed on Q3.\nSam: or Q4.',
    );
    expect(merged).toMatchObject({
      sharedNotes: 'Manager: we agreed on Q3.\nSam: or Q4.',
      sharedNotesVersion: 3,
    });
  });

  it('two saves at once over the same version: exactly one wins, the other is CONFLICT with the winner’s text', async () => {
    const oneOnOne = await schedule(team.senior.client, plan.id);
    const [a, b] = await Promise.all([
      team.senior.client.gql(UPDATE_NOTES, {
        input: { oneOnOneId: oneOnOne.id, version: 1, notes: 'from Sam' },
      }),
      team.manager.client.gql(UPDATE_NOTES, {
        input: { oneOnOneId: oneOnOne.id, version: 1, notes: 'from the manager' },
      }),
    ]);
    const results = [a, b];
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = won[0].data!.updateSharedNotes.sharedNotes;
    expect(expectError(lost[0], 'CONFLICT').extensions!.current).toMatchObject({
      sharedNotes: winner,
      sharedNotesVersion: 2,
    });
    expect(await getOneOnOne(team.top.client, oneOnOne.id)).toMatchObject({
      sharedNotes: winner,
      sharedNotesVersion: 2,
    });
  });

  it('up to 100 000 characters; one more is BAD_USER_INPUT on notes and changes nothing', async () => {
    const oneOnOne = await schedule(team.senior.client, plan.id);
    const max = 'n'.repeat(100_000);
    expect((await updateSharedNotes(team.senior.client, oneOnOne.id, 1, max)).sharedNotes).toHaveLength(100_000);
    expectError(
      await team.manager.client.gql(UPDATE_NOTES, {
        input: { oneOnOneId: oneOnOne.id, version: 2, notes: `${max}!` },
      }),
      'BAD_USER_INPUT',
      'notes',
    );
    expect(await getOneOnOne(team.manager.client, oneOnOne.id)).toMatchObject({
      sharedNotes: max,
      sharedNotesVersion: 2,
    });
  });

  it('the skip-level reads the notes but may not write them (FORBIDDEN); strangers get NOT_FOUND', async () => {
    const oneOnOne = await schedule(team.senior.client, plan.id);
    await updateSharedNotes(team.senior.client, oneOnOne.id, 1, 'ours');
    expect((await getOneOnOne(team.top.client, oneOnOne.id)).sharedNotes).toBe('ours');
    const input = { oneOnOneId: oneOnOne.id, version: 2, notes: 'theirs' };
    expectError(await team.top.client.gql(UPDATE_NOTES, { input }), 'FORBIDDEN');
    for (const stranger of [team.peer.client, team.admin, team.outsider]) {
      expectError(await stranger.gql(UPDATE_NOTES, { input }), 'NOT_FOUND');
      expectError(
        await stranger.gql(`query($id: ID!) { oneOnOne(id: $id) { sharedNotes } }`, {
          id: oneOnOne.id,
        }),
        'NOT_FOUND',
      );
    }
    expect(await getOneOnOne(team.manager.client, oneOnOne.id)).toMatchObject({
      sharedNotes: 'ours',
      sharedNotesVersion: 2,
    });
  });
});
