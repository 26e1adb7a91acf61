import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedDatabase } from '../../server/src/app/db/embedded';
import { createLogger } from '../../server/src/core/logger';
import { activePlanFor, orgWithTeam } from '../support/plans';
import { addAgendaItem, schedule, socket, subscribe, until } from '../support/one-on-ones';
import { startTestServer } from '../support/server';

/**
 * The LISTEN connection that feeds live 1:1 events survives the database restarting: with a
 * subscriber connected the whole time and the server never restarted, edits made after the
 * restart reach the subscriber again.
 */

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('live events across a database restart', () => {
  it('resume without restarting the server: the subscriber stays connected and receives an edit made after recovery', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fulcrum-live-pg-'));
    fs.chmodSync(dataDir, 0o755);
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const log = createLogger('silent');
    let database = await startEmbeddedDatabase(dataDir, log, { port });
    cleanups.push(() => database.stop());
    const server = await startTestServer({ databaseUrl: database.url });
    cleanups.push(() => server.stop());

    const team = await orgWithTeam(server.url, 'Restart');
    const plan = await activePlanFor(team);
    const oneOnOne = await schedule(team.manager.client, plan.id);
    const live = await subscribe(socket(server.url, team.manager.client), oneOnOne.id);
    cleanups.unshift(() => live.close());

    await addAgendaItem(team.senior.client, oneOnOne.id, 'Before the restart');
    await until(() => live.events.length === 1, 5_000, 'the event before the restart');

    await database.stop();
    database = await startEmbeddedDatabase(dataDir, log, { port });

    // Until the pool and the LISTEN connection are back, an edit may fail or go unheard: keep
    // editing (the server is not restarted) until one reaches the subscriber.
    let attempt = 0;
    await until(
      async () => {
        if (live.events.some((e) => e.oneOnOne.agenda.some((i) => i.text.startsWith('After the restart')))) return true;
        await team.senior.client.gql(
          `mutation($id: ID!, $text: String!) { addAgendaItem(input: { oneOnOneId: $id, text: $text }) { id } }`,
          {
            id: oneOnOne.id,
            text: `After the restart ${++attempt}`,
          },
        );
        await new Promise((resolve) => setTimeout(resolve, 250));
        return false;
      },
      20_000,
      'an event after the restart',
    );

    const last = live.events.at(-1)!;
    expect(last).toMatchObject({ change: 'AGENDA', by: { id: team.senior.id } });
    expect(last.oneOnOne.agenda[0].text).toBe('Before the restart');
    // The same subscription, never closed or re-established.
    expect(live.errors).toEqual([]);
    expect(live.events[0].oneOnOne.agenda.map((i) => i.text)).toEqual(['Before the restart']);
  }, 60_000);
});
