import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type GraphQLResponse } from '../support/client';
import {
  CHECK_IN,
  CREATE_DELEGATION,
  createDelegation,
  delegationFixture,
  delegationInput,
  LOG_HELP_REQUEST,
  requestInput,
  type DelegationFixture,
} from '../support/delegations';
import { PASSWORD, uniqueEmail } from '../support/factories';
import { fingerprint } from '../support/fuzz';
import {
  ADD_ACTION_ITEM,
  ADD_AGENDA,
  addAgendaItem,
  getOneOnOne,
  schedule,
  SET_PRIVATE_NOTE,
  socket,
  subscribe,
  UPDATE_AGENDA,
  UPDATE_NOTES,
  type OneOnOneRow,
} from '../support/one-on-ones';
import {
  ADD_ACTIVITY,
  ADD_GAP,
  ADD_GOAL,
  activityInput,
  expectError,
  orgWithTeam,
  START_PLAN,
  UPDATE_ACTIVITY,
  UPDATE_PLAN,
  type Team,
} from '../support/plans';
import { START_REFLECTION, UPDATE_NARRATIVE, UPDATE_REFLECTION } from '../support/reflections';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Issue 12: control characters, tiny or subnormal numbers, out-of-range dates, forged cursors
 * and oversized lists are BAD_USER_INPUT naming the field at fault, and change nothing — none
 * reaches PostgreSQL (which refuses NUL in text) to come back as INTERNAL_SERVER_ERROR. The rules
 * are shared/src/input.ts, applied to every argument by server/src/core/input-hygiene.ts.
 */

let server: TestServer;
let team: Team;
let fx: DelegationFixture;
let oneOnOne: OneOnOneRow;

beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Hygiene');
  fx = await delegationFixture(team);
  oneOnOne = await schedule(fx.owner.client, fx.plan.id);
}, 90_000);
afterAll(() => server?.stop());

const ADD_PERSON = `mutation($input: AddPersonInput!) { addPerson(input: $input) { id name } }`;
const UPDATE_PERSON = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id name } }`;

/** Runs `send`, asserts BAD_USER_INPUT on `field` and that no table changed; returns the error's message. */
async function refused(field: string, send: () => Promise<GraphQLResponse>): Promise<string> {
  const before = await fingerprint(server.db);
  const result = await send();
  const error = expectError(result, 'BAD_USER_INPUT', field);
  expect(result.errors!.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
  expect(await fingerprint(server.db), `${field}: a refused request changed the database`).toEqual(before);
  return error.extensions!.fields.find((f: { field: string }) => f.field === field).message as string;
}

describe('NUL and other control characters', () => {
  it('in a gap, goal or activity title of a plan: BAD_USER_INPUT on the title, nothing written', async () => {
    const message = await refused('title', () =>
      fx.owner.client.gql(ADD_GAP, {
        input: { planId: fx.plan.id, kind: 'AUTONOMY', title: 'Stakeholder\u0000 readouts' },
      }),
    );
    expect(message).toBe('Remove the invisible control character U+0000 at position 12.');
    await refused('title', () =>
      fx.owner.client.gql(ADD_GOAL, {
        input: {
          planId: fx.plan.id,
          title: '\u0000',
          lever: 'SHARE_KNOWLEDGE',
          start: { activityId: fx.reviews.id, hoursPerWeek: 1 },
        },
      }),
    );
    await refused('name', () =>
      fx.owner.client.gql(ADD_ACTIVITY, {
        input: activityInput(fx.plan.id, { name: 'Pipeline\u0000', hoursPerWeek: 1 }),
      }),
    );
    await refused('description', () =>
      fx.owner.client.gql(ADD_GAP, {
        input: { planId: fx.plan.id, kind: 'AUTONOMY', title: 'Fine', description: 'a\u0000b' },
      }),
    );
  });

  it("in a person's name, title or specialty, added or updated", async () => {
    await refused('name', () =>
      team.admin.gql(ADD_PERSON, { input: { name: 'Ada\u0000', level: 'MID', track: 'MANAGER' } }),
    );
    await refused('specialty', () =>
      team.admin.gql(ADD_PERSON, {
        input: { name: 'Ada', level: 'MID', track: 'MANAGER', specialty: 'ML\u0007' },
      }),
    );
    await refused('title', () => team.admin.gql(UPDATE_PERSON, { input: { id: team.senior.id, title: 'Lead\u0000' } }));
  });

  it('in 1:1 shared notes, a private note, an agenda item and an action item', async () => {
    const { sharedNotesVersion } = await getOneOnOne(fx.owner.client, oneOnOne.id);
    await refused('notes', () =>
      fx.owner.client.gql(UPDATE_NOTES, {
        input: { oneOnOneId: oneOnOne.id, version: sharedNotesVersion, notes: '# Notes\n\u0000' },
      }),
    );
    await refused('text', () =>
      fx.owner.client.gql(SET_PRIVATE_NOTE, {
        input: { oneOnOneId: oneOnOne.id, text: 'mine\u0000' },
      }),
    );
    await refused('text', () =>
      fx.owner.client.gql(ADD_AGENDA, {
        input: { oneOnOneId: oneOnOne.id, text: 'Pricing\u0000readout' },
      }),
    );
    const item = await addAgendaItem(fx.owner.client, oneOnOne.id, 'Pricing readout');
    await refused('text', () => fx.owner.client.gql(UPDATE_AGENDA, { input: { id: item.id, text: '\u001b[31mred' } }));
    await refused('text', () =>
      fx.owner.client.gql(ADD_ACTION_ITEM, {
        input: { oneOnOneId: oneOnOne.id, ownerId: fx.owner.id, text: 'Write\u0000' },
      }),
    );
  });

  it('in a check-in note, a learning objective, a help request, a reflection and the promotion narrative', async () => {
    const delegation = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.adhoc.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 1,
    });
    await refused('note', () =>
      fx.junior.client.gql(CHECK_IN, {
        input: { delegationId: delegation.id, confidence: 3, coachingHours: 0, note: '\u0000' },
      }),
    );
    await refused('learningObjective', () =>
      fx.owner.client.gql(CREATE_DELEGATION, {
        input: delegationInput(fx.plan.id, {
          activityId: fx.adhoc.id,
          delegateeId: fx.junior.id,
          hoursPerWeek: 1,
          learningObjective: 'x\u0000',
        }),
      }),
    );
    await refused('topic', () =>
      fx.owner.client.gql(LOG_HELP_REQUEST, {
        input: requestInput(fx.plan.id, { topic: 'Ledger\u0000' }),
      }),
    );
    await refused('requesterName', () =>
      fx.owner.client.gql(LOG_HELP_REQUEST, {
        input: requestInput(fx.plan.id, { requesterName: 'Finance\nteam' }),
      }),
    );
    await refused('quarter', () =>
      fx.owner.client.gql(START_REFLECTION, {
        input: { planId: fx.plan.id, quarter: '2026-Q1\u0000' },
      }),
    );
    const { plan } = await fx.owner.client.ok(`query($id: ID!) { plan(id: $id) { promotionNarrativeVersion } }`, {
      id: fx.plan.id,
    });
    await refused('text', () =>
      fx.owner.client.gql(UPDATE_NARRATIVE, {
        input: {
          planId: fx.plan.id,
          version: plan.promotionNarrativeVersion,
          text: '## Case\n\u0000',
        },
      }),
    );
  });

  it('in a literal written into the query text, not only in variables', async () => {
    await refused('title', () =>
      fx.owner.client.gql(
        `mutation { addGap(input: { planId: "${fx.plan.id}", kind: AUTONOMY, title: "a\\u0000b" }) { id } }`,
      ),
    );
  });

  it('in what is only looked up: an email signing in, a search, an id', async () => {
    await refused('email', () =>
      new TestClient(server.url).gql(`mutation($input: SignInInput!) { signIn(input: $input) { role } }`, {
        input: { email: 'maya\u0000@northwind.example', password: PASSWORD },
      }),
    );
    await refused('search', () =>
      team.admin.gql(`query($search: String) { people(search: $search) { totalCount } }`, {
        search: 'Ada\u0000',
      }),
    );
    await refused('id', () =>
      team.admin.gql(`query($id: ID!) { person(id: $id) { id } }`, {
        id: `${team.senior.id}\u0000`,
      }),
    );
    // A clean id that names nothing stays NOT_FOUND, as before.
    expectError(await team.admin.gql(`query($id: ID!) { person(id: $id) { id } }`, { id: 'not-an-id' }), 'NOT_FOUND');
  });

  it('in the argument of the subscription, over the WebSocket', async () => {
    const subscriber = await subscribe(socket(server.url, fx.owner.client), `${oneOnOne.id}\u0000`, 'change');
    try {
      await subscriber.done;
      expect(subscriber.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    } finally {
      await subscriber.close();
    }
  });

  it('names every field at fault at once', async () => {
    const result = await team.admin.gql(ADD_PERSON, {
      input: {
        name: 'A\u0000',
        title: 'B\u0001',
        specialty: 'C\u0002',
        level: 'MID',
        track: 'MANAGER',
      },
    });
    expect(result.errors![0].extensions!.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'name',
      'specialty',
      'title',
    ]);
  });
});

describe('one line or several', () => {
  it('a single-line field refuses a line break, a tab, a line separator and a lone surrogate', async () => {
    expect(
      await refused('name', () =>
        team.admin.gql(ADD_PERSON, {
          input: { name: 'Ada\nLovelace', level: 'MID', track: 'MANAGER' },
        }),
      ),
    ).toBe('Use a single line: remove the line break at position 4.');
    await refused('name', () =>
      team.admin.gql(ADD_PERSON, {
        input: { name: 'Ada\tLovelace', level: 'MID', track: 'MANAGER' },
      }),
    );
    await refused('name', () =>
      team.admin.gql(ADD_PERSON, {
        input: { name: 'Ada\u2028Lovelace', level: 'MID', track: 'MANAGER' },
      }),
    );
    expect(
      await refused('name', () =>
        team.admin.gql(ADD_PERSON, {
          input: { name: 'Ada \ud83d', level: 'MID', track: 'MANAGER' },
        }),
      ),
    ).toMatch(/broken character at position 5/);
  });

  it('a multi-line field takes LF, CR and TAB (and emoji), and stores them as sent', async () => {
    const { sharedNotesVersion } = await getOneOnOne(fx.owner.client, oneOnOne.id);
    const notes = '# Decisions\r\n\n- Sam\tpresents 👩🏽‍💻\n- Priya takes the queue';
    const { updateSharedNotes } = await fx.owner.client.ok(UPDATE_NOTES, {
      input: { oneOnOneId: oneOnOne.id, version: sharedNotesVersion, notes },
    });
    expect(updateSharedNotes.sharedNotes).toBe(notes);
    const { addGap } = await fx.owner.client.ok(ADD_GAP, {
      input: {
        planId: fx.plan.id,
        kind: 'NEXT_SCOPE',
        title: 'Readouts 📈',
        evidence: 'Seen twice:\n\t- March\n\t- May',
      },
    });
    expect(addGap).toMatchObject({
      title: 'Readouts 📈',
      evidence: 'Seen twice:\n\t- March\n\t- May',
    });
  });

  it('a password is a secret: only its length is checked', async () => {
    const client = new TestClient(server.url);
    const { signUp } = await client.ok(`mutation($input: SignUpInput!) { signUp(input: $input) { role } }`, {
      input: {
        email: uniqueEmail('tabs'),
        password: 'tab\tseparated\tpass',
        name: 'Tab Person',
        organizationName: 'Tabs',
      },
    });
    expect(signUp.role).toBe('ADMIN');
  });
});

describe('numbers of hours', () => {
  it('1e-10 hours for an activity, added or updated: BAD_USER_INPUT on hoursPerWeek, nothing written', async () => {
    const message = await refused('hoursPerWeek', () =>
      fx.owner.client.gql(ADD_ACTIVITY, {
        input: activityInput(fx.plan.id, { hoursPerWeek: 1e-10 }),
      }),
    );
    expect(message).toBe('Hours are counted to the hundredth: enter 0 or at least 0.01.');
    await refused('hoursPerWeek', () =>
      fx.owner.client.gql(UPDATE_ACTIVITY, {
        input: { id: fx.reviews.id, version: fx.reviews.version, hoursPerWeek: 1e-10 },
      }),
    );
    await refused('hoursPerWeek', () =>
      fx.owner.client.gql(ADD_ACTIVITY, {
        input: activityInput(fx.plan.id, { hoursPerWeek: 5e-324 }),
      }),
    );
  });

  it('a subnormal, negative or huge weekly budget', async () => {
    const { plan } = await fx.owner.client.ok(`query($id: ID!) { plan(id: $id) { id version } }`, {
      id: fx.plan.id,
    });
    for (const weeklyHours of [5e-324, -5e-324, 1e308]) {
      await refused('weeklyHours', () =>
        team.manager.client.gql(UPDATE_PLAN, {
          input: { id: plan.id, version: plan.version, weeklyHours },
        }),
      );
    }
    await refused('weeklyHours', () =>
      team.manager.client.gql(START_PLAN, {
        input: { ownerId: team.senior.id, weeklyHours: 5e-324 },
      }),
    );
  });

  it('tiny hours anywhere: a delegation, a goal shift (nested, named by its path), coaching, time spent', async () => {
    await refused('hoursPerWeek', () =>
      fx.owner.client.gql(CREATE_DELEGATION, {
        input: delegationInput(fx.plan.id, {
          activityId: fx.pipeline.id,
          delegateeId: fx.junior.id,
          hoursPerWeek: 1e-10,
        }),
      }),
    );
    await refused('start.hoursPerWeek', () =>
      fx.owner.client.gql(ADD_GOAL, {
        input: {
          planId: fx.plan.id,
          title: 'Share',
          lever: 'SHARE_KNOWLEDGE',
          start: { activityId: fx.reviews.id, hoursPerWeek: 5e-324 },
        },
      }),
    );
    await refused('stop.hoursPerWeek', () =>
      fx.owner.client.gql(ADD_GOAL, {
        input: {
          planId: fx.plan.id,
          title: 'Swap',
          lever: 'SHARE_KNOWLEDGE',
          stop: { activityId: fx.adhoc.id, hoursPerWeek: 0.001 },
          start: {
            newActivityName: 'Office hours',
            mode: 'MULTIPLYING',
            leverage: 'HIGH',
            hoursPerWeek: 1,
          },
        },
      }),
    );
    // Coaching hours were rounded to 0 and stored: now refused.
    const delegation = await createDelegation(fx.owner.client, fx.plan.id, {
      activityId: fx.pipeline.id,
      delegateeId: fx.junior.id,
      hoursPerWeek: 1,
    });
    await refused('coachingHours', () =>
      fx.owner.client.gql(CHECK_IN, {
        input: { delegationId: delegation.id, confidence: 3, coachingHours: 1e-10 },
      }),
    );
    await refused('coachingHours', () =>
      fx.owner.client.gql(CHECK_IN, {
        input: { delegationId: delegation.id, confidence: 3, coachingHours: 2.345 },
      }),
    );
  });
});

describe('dates, cursors and lists', () => {
  it('a due date in year 0 (PostgreSQL has none) or an instant before 1900', async () => {
    expect(
      await refused('dueOn', () =>
        fx.owner.client.gql(ADD_ACTION_ITEM, {
          input: {
            oneOnOneId: oneOnOne.id,
            ownerId: fx.owner.id,
            text: 'Write it',
            dueOn: '0000-01-01',
          },
        }),
      ),
    ).toBe('Use a date between 1900 and 9999.');
    await refused('scheduledAt', () =>
      fx.owner.client.gql(`mutation($input: ScheduleOneOnOneInput!) { scheduleOneOnOne(input: $input) { id } }`, {
        input: { planId: fx.plan.id, scheduledAt: '0000-06-01T10:00:00Z' },
      }),
    );
  });

  it('a forged cursor with a NUL key or a year-0 time is BAD_USER_INPUT on after', async () => {
    const forge = (pair: unknown[]) => Buffer.from(JSON.stringify(pair)).toString('base64url');
    await refused('after', () =>
      team.admin.gql(`query($after: String) { people(after: $after) { totalCount } }`, {
        after: forge(['Ada\u0000', team.senior.id]),
      }),
    );
    await refused('after', () =>
      fx.owner.client.gql(
        `query($id: ID!, $after: String) { plan(id: $id) { helpRequests(after: $after) { totalCount } } }`,
        {
          id: fx.plan.id,
          after: forge(['0000-01-01T00:00:00Z', team.senior.id]),
        },
      ),
    );
  });

  it('a list of more than 100 items', async () => {
    const reflection = (
      await fx.owner.client.ok(START_REFLECTION, {
        input: { planId: fx.plan.id, quarter: '2026-Q1' },
      })
    ).startReflection;
    await refused('selfReportedAntiPatterns', () =>
      fx.owner.client.gql(UPDATE_REFLECTION, {
        input: {
          id: reflection.id,
          version: reflection.version,
          selfReportedAntiPatterns: Array(101).fill('RUSHING'),
        },
      }),
    );
  });

  it('an input object with many unknown fields: BAD_USER_INPUT with a bounded answer', async () => {
    const input = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, 'x']));
    const response = await team.admin.post(
      JSON.stringify({
        query: `mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }`,
        variables: { input },
      }),
    );
    const body = await response.text();
    expect(response.status).toBe(400);
    expect(body.length).toBeLessThan(100_000);
    const { errors } = JSON.parse(body) as GraphQLResponse;
    expect(new Set(errors!.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
  });
});
