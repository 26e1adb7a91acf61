import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../support/client';
import { checkIn, createDelegation, delegationFixture, logRequest } from '../support/delegations';
import { addPerson } from '../support/factories';
import {
  emittedSchema,
  fingerprint,
  fuzzCase,
  send,
  SESSION_FIELDS,
  type Answer,
  type FuzzCase,
  type World,
} from '../support/fuzz';
import { addActionItem, addAgendaItem, ONE_ON_ONE_FIELDS, schedule } from '../support/one-on-ones';
import { addActivity, addGap, addGoal, FULL_PLAN_FIELDS, orgWithTeam, startPlan, type Team } from '../support/plans';
import { startReflection } from '../support/reflections';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Issue 12, "Every input, fuzzed": every query and mutation of the emitted schema, its arguments
 * drawn from schema-driven arbitraries (tests/support/fuzz.ts), sent over real HTTP as signed-in
 * users of every role. Whatever the input: never an HTTP 5xx, never INTERNAL_SERVER_ERROR, every
 * error coded; a refused request writes nothing (a fingerprint of every table but the session
 * bookkeeping, before and after); `/healthz` is 200 and everything stored reads back after.
 *
 * Seeded and bounded for `npm test` (600 runs, seed 1204, a few seconds); `npm run fuzz` runs it
 * longer, with a new seed each time unless given:
 *   npm run fuzz                              # 20 000 runs, random seed
 *   FUZZ_RUNS=100000 FUZZ_SEED=42 npm run fuzz
 * A failure prints the seed, the counterexample and the path to replay it (FUZZ_SEED + FUZZ_PATH);
 * FUZZ_ALL=1 goes on after a failure and lists every distinct one, FUZZ_DEBUG=1 logs each request.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 600);
/** Fixed in `npm test`; `FUZZ_SEED=random` (the default of `npm run fuzz`) draws one, printed first. */
const SEED =
  process.env.FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? 1204);
const PATH = process.env.FUZZ_PATH;
/** FUZZ_ALL=1: do not stop at the first failure; list every distinct one at the end. */
const ALL = process.env.FUZZ_ALL === '1';
/** FUZZ_DEBUG=1: one line per request sent. */
const DEBUG = process.env.FUZZ_DEBUG === '1';
/** Time per run allowed by the test's timeout, on 2 shared cores. */
const TIMEOUT_MS = Math.max(60_000, RUNS * 400);

/** Who sends: mostly those who may write, so hostile values get past the access checks. */
const ACTOR_WEIGHTS = [
  { name: 'report', weight: 5 },
  { name: 'manager', weight: 4 },
  { name: 'delegatee', weight: 2 },
  { name: 'skipLevel', weight: 1 },
  { name: 'peer', weight: 1 },
  { name: 'admin', weight: 2 },
  { name: 'otherOrganization', weight: 1 },
  { name: 'signedOut', weight: 1 },
];

let server: TestServer;
let team: Team;
let world: World;
const actors: Record<string, TestClient> = {};

beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Fuzz');
  const fx = await delegationFixture(team);
  // A second plan under the same manager, so one archived by the fuzzer leaves another to write to.
  const fx2 = await delegationFixture(team);
  const delegation = await createDelegation(fx.owner.client, fx.plan.id, {
    activityId: fx.pipeline.id,
    delegateeId: fx.junior.id,
    hoursPerWeek: 2,
  });
  await checkIn(fx.owner.client, delegation.id, 4, 1, 'Paired on a backfill.');
  const gap = await addGap(fx.owner.client, fx.plan.id);
  const goal = await addGoal(fx.owner.client, fx.plan.id, {
    stop: { activityId: fx.adhoc.id, hoursPerWeek: 2 },
    start: {
      newActivityName: 'Office hours',
      mode: 'MULTIPLYING',
      leverage: 'HIGH',
      hoursPerWeek: 2,
    },
  });
  const request = await logRequest(fx.owner.client, fx.plan.id);
  const oneOnOne = await schedule(fx.owner.client, fx.plan.id);
  const agendaItem = await addAgendaItem(fx.owner.client, oneOnOne.id, 'Pricing readout');
  const actionItem = await addActionItem(fx.owner.client, oneOnOne.id, fx.owner.id, 'Write the readout');
  const reflection = await startReflection(fx.owner.client, fx.plan.id);

  // The other organization: a plan with a week, so its ids name real objects there.
  const foreignPlan = await startPlan(team.outsider, team.foreigner.id);
  const foreignActivity = await addActivity(team.outsider, foreignPlan.id, {
    name: 'Foreign work',
    hoursPerWeek: 4,
  });
  const foreignGap = await addGap(team.outsider, foreignPlan.id);

  // A person without an account and an unused invitation for them.
  const invitee = await addPerson(team.admin, { managerId: team.manager.id });
  const { invitePerson } = await team.admin.ok(`mutation($id: ID!) { invitePerson(personId: $id) { acceptUrl } }`, {
    id: invitee.id,
  });

  const cursors: string[] = [];
  const { people } = await team.admin.ok(`{ people(first: 2) { pageInfo { endCursor } } }`);
  cursors.push(people.pageInfo.endCursor);
  const { plan } = await fx.owner.client.ok(
    `query($id: ID!) { plan(id: $id) { helpRequests(first: 1) { pageInfo { endCursor } } oneOnOnes(first: 1) { pageInfo { endCursor } } } }`,
    { id: fx.plan.id },
  );
  cursors.push(plan.helpRequests.pageInfo.endCursor, plan.oneOnOnes.pageInfo.endCursor);

  world = {
    ids: {
      plan: [fx.plan.id, fx2.plan.id],
      activity: [fx.pipeline.id, fx.adhoc.id, fx.reviews.id, fx2.pipeline.id, fx2.adhoc.id],
      person: [
        team.top.id,
        team.manager.id,
        team.senior.id,
        team.peer.id,
        fx.owner.id,
        fx.junior.id,
        fx2.owner.id,
        team.org.adminPersonId,
        invitee.id,
      ],
      gap: [gap.id],
      goal: [goal.id],
      delegation: [delegation.id],
      helpRequest: [request.id],
      oneOnOne: [oneOnOne.id],
      agendaItem: [agendaItem.id],
      actionItem: [actionItem.id],
      reflection: [reflection.id],
    },
    foreignIds: [foreignPlan.id, foreignActivity.id, foreignGap.id, team.foreigner.id, team.outsiderOrg.adminPersonId],
    emails: [invitee.email!],
    tokens: [new URL(invitePerson.acceptUrl).pathname.split('/').pop()!],
    cursors: cursors.filter(Boolean),
  };

  Object.assign(actors, {
    report: fx.owner.client,
    manager: team.manager.client,
    skipLevel: team.top.client,
    delegatee: fx.junior.client,
    peer: team.peer.client,
    admin: team.admin,
    otherOrganization: team.outsider,
    signedOut: new TestClient(server.url),
  });
}, 120_000);
afterAll(() => server?.stop());

function describeCase(fuzz: FuzzCase, answer: Answer): string {
  const shown = (text: string) => (text.length > 600 ? `${text.slice(0, 600)}… (${text.length} chars)` : text);
  return [
    `as ${fuzz.actor}, ${fuzz.mode}: ${shown(fuzz.query)}`,
    `variables: ${shown(JSON.stringify(fuzz.variables))}`,
    `HTTP ${answer.status}: ${shown(answer.body)}`,
    `(seed ${SEED}; replay with FUZZ_SEED=${SEED} and the path fast-check prints)`,
  ].join('\n');
}

/** The actor's client; session mutations go through a throwaway one so the actors stay signed in. */
function clientFor(fuzz: FuzzCase): TestClient {
  return SESSION_FIELDS.has(fuzz.field) ? new TestClient(server.url) : actors[fuzz.actor];
}

/** What is wrong with an answer (a 5xx, an uncoded or INTERNAL_SERVER_ERROR error), or null. */
function fault(answer: Answer): string | null {
  if (answer.status >= 500) return `HTTP ${answer.status}`;
  for (const error of answer.json?.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') return `an error without a code: ${error.message}`;
    if (code === 'INTERNAL_SERVER_ERROR') return `INTERNAL_SERVER_ERROR: ${error.message}`;
  }
  return null;
}

function expectNoFault(answer: Answer, what: string): void {
  expect(fault(answer), what).toBeNull();
}

describe('every query and mutation, fuzzed from the emitted schema', () => {
  it(
    `never fails on the server's side, and a refusal writes nothing (seed ${SEED}, ${RUNS} runs)`,
    { timeout: TIMEOUT_MS },
    async () => {
      const schema = emittedSchema();
      const stats = { sent: 0, refused: 0, byCode: {} as Record<string, number> };
      const failures = new Map<string, string>();
      console.info(`fuzz: seed ${SEED}, ${RUNS} runs`);
      await fc.assert(
        fc.asyncProperty(fuzzCase(schema, world, ACTOR_WEIGHTS), async (fuzz) => {
          const before = await fingerprint(server.db);
          const started = Date.now();
          const answer = await send(clientFor(fuzz), fuzz);
          const elapsed = Date.now() - started;
          const what = describeCase(fuzz, answer);
          stats.sent++;
          if (DEBUG)
            console.log(
              `${fuzz.field} (${fuzz.strategy}, as ${fuzz.actor}): HTTP ${answer.status} in ${elapsed} ms ${answer.body.slice(0, 160)}`,
            );
          const errors = answer.json?.errors ?? [];
          let problem = fault(answer);
          if (answer.status >= 400 || errors.length > 0) {
            stats.refused++;
            for (const error of errors)
              stats.byCode[String(error.extensions?.code)] = (stats.byCode[String(error.extensions?.code)] ?? 0) + 1;
            const after = await fingerprint(server.db);
            const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
            if (changed.length > 0) problem ??= `a refused request wrote to ${changed.join(', ')}`;
          }
          if (problem === null) return;
          if (!ALL) expect.fail(`${problem}\n${what}`);
          const key = `${fuzz.field}: ${problem.replace(/[0-9a-f-]{36}/g, '…').slice(0, 160)}`;
          if (!failures.has(key)) failures.set(key, what);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true, ...(PATH ? { path: PATH } : {}) },
      );
      console.info(`fuzz: seed ${SEED}, ${stats.sent} requests, ${stats.refused} refused`, stats.byCode);
      expect(
        [...failures].map(([key, what]) => `${key}\n${what}`).join('\n\n'),
        `${failures.size} distinct failure(s)`,
      ).toBe('');

      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    },
  );

  it('leaves everything it stored readable by every actor', async () => {
    const reads: [string, Record<string, unknown>][] = [
      [
        `{ visiblePlans { ${FULL_PLAN_FIELDS} promotionNarrative promotionCase shiftedThisQuarter trend { quarter } reflections { id selfText managerText } delegations { id learningObjective checkIns { note } } helpRequests(first: 100) { edges { node { topic redirectedTo hoursSpent } } } oneOnOnes(first: 100) { edges { node { ${ONE_ON_ONE_FIELDS} } } } } }`,
        {},
      ],
      [
        `{ people(first: 100) { edges { node { id name email title specialty } } } delegationsToMe { id learningObjective } viewer { role calendarFeedUrl } }`,
        {},
      ],
      [`{ exportMyRecord(format: JSON) }`, {}],
      [`{ exportMyRecord(format: MARKDOWN) }`, {}],
    ];
    for (const [actor, client] of Object.entries(actors)) {
      for (const [query, variables] of reads) {
        const response = await client.post(JSON.stringify({ query, variables }));
        const body = await response.text();
        const answer: Answer = { status: response.status, body, json: JSON.parse(body) };
        expectNoFault(answer, `as ${actor}: ${query}\n${body.slice(0, 1_000)}`);
      }
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
