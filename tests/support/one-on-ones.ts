import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestClient } from './client';
import { addMember } from './factories';
import { activePlanFor, orgWithTeam, type Member, type PlanSummary, type Team } from './plans';

/**
 * 1:1 helpers for the one-on-ones-*.test.ts files (PRODUCT.md §3): GraphQL documents for every
 * 1:1 operation, thin wrappers, raw response bodies (to search for leaked private notes), and
 * graphql-ws subscribers signed in with the session cookie.
 */

// ---------------------------------------------------------------- documents

export const AGENDA_FIELDS = `id text author { id name } position linkKind linkId discussed proposed`;
export const ACTION_ITEM_FIELDS = `id version text owner { id name } dueOn done carriedFrom { id }`;
export const ONE_ON_ONE_FIELDS = `id scheduledAt status sharedNotes sharedNotesVersion myPrivateNote plan { id }
  agenda { ${AGENDA_FIELDS} }
  actionItems { ${ACTION_ITEM_FIELDS} }`;

export const ONE_ON_ONE = `query($id: ID!) { oneOnOne(id: $id) { ${ONE_ON_ONE_FIELDS} } }`;
export const SCHEDULE = `mutation($input: ScheduleOneOnOneInput!) { scheduleOneOnOne(input: $input) { ${ONE_ON_ONE_FIELDS} } }`;
export const ADD_AGENDA = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { ${AGENDA_FIELDS} } }`;
export const UPDATE_AGENDA = `mutation($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { ${AGENDA_FIELDS} } }`;
export const REMOVE_AGENDA = `mutation($id: ID!) { removeAgendaItem(id: $id) }`;
export const UPDATE_NOTES = `mutation($input: UpdateSharedNotesInput!) { updateSharedNotes(input: $input) { ${ONE_ON_ONE_FIELDS} } }`;
export const SET_PRIVATE_NOTE = `mutation($input: SetPrivateNoteInput!) { setPrivateNote(input: $input) { ${ONE_ON_ONE_FIELDS} } }`;
export const ADD_ACTION_ITEM = `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { ${ACTION_ITEM_FIELDS} } }`;
export const UPDATE_ACTION_ITEM = `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { ${ACTION_ITEM_FIELDS} } }`;
export const COMPLETE = `mutation($id: ID!) { completeOneOnOne(id: $id) { ${ONE_ON_ONE_FIELDS} } }`;
export const PLAN_ONE_ON_ONES = `query($id: ID!, $first: Int, $after: String) {
  plan(id: $id) {
    id
    oneOnOnes(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { ${ONE_ON_ONE_FIELDS} } }
    }
    nextOneOnOne { ${ONE_ON_ONE_FIELDS} }
  }
}`;
export const CALENDAR_FEED_URL = `{ viewer { calendarFeedUrl } }`;
export const ROTATE_CALENDAR_FEED = `mutation { rotateCalendarFeed { calendarFeedUrl } }`;

// ---------------------------------------------------------------- types

export interface AgendaItemRow {
  id: string;
  text: string;
  author: { id: string; name: string };
  position: number;
  linkKind: 'SIGNAL' | 'GAP' | 'GOAL' | 'DELEGATION' | null;
  linkId: string | null;
  discussed: boolean;
  proposed: boolean;
}

export interface ActionItemRow {
  id: string;
  version: number;
  text: string;
  owner: { id: string; name: string };
  dueOn: string | null;
  done: boolean;
  carriedFrom: { id: string } | null;
}

export interface OneOnOneRow {
  id: string;
  scheduledAt: string;
  status: 'UPCOMING' | 'DONE';
  sharedNotes: string;
  sharedNotesVersion: number;
  myPrivateNote: string | null;
  plan: { id: string };
  agenda: AgendaItemRow[];
  actionItems: ActionItemRow[];
}

// ---------------------------------------------------------------- wrappers

/** An ISO timestamp `days` from now (negative: in the past), on a whole second. */
export function daysFromNow(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCMilliseconds(0);
  return at.toISOString();
}

/** A LocalDate (YYYY-MM-DD, UTC) `days` from today. */
export function dateFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export async function schedule(by: TestClient, planId: string, scheduledAt = daysFromNow(1)): Promise<OneOnOneRow> {
  return (await by.ok(SCHEDULE, { input: { planId, scheduledAt } })).scheduleOneOnOne;
}

export async function getOneOnOne(by: TestClient, id: string): Promise<OneOnOneRow> {
  return (await by.ok(ONE_ON_ONE, { id })).oneOnOne;
}

export async function addAgendaItem(
  by: TestClient,
  oneOnOneId: string,
  text: string,
  link: { linkKind?: string; linkId?: string } = {},
): Promise<AgendaItemRow> {
  return (await by.ok(ADD_AGENDA, { input: { oneOnOneId, text, ...link } })).addAgendaItem;
}

export async function updateAgendaItem(by: TestClient, input: Record<string, unknown>): Promise<AgendaItemRow> {
  return (await by.ok(UPDATE_AGENDA, { input })).updateAgendaItem;
}

export async function removeAgendaItem(by: TestClient, id: string): Promise<boolean> {
  return (await by.ok(REMOVE_AGENDA, { id })).removeAgendaItem;
}

export async function updateSharedNotes(
  by: TestClient,
  oneOnOneId: string,
  version: number,
  notes: string,
): Promise<OneOnOneRow> {
  return (await by.ok(UPDATE_NOTES, { input: { oneOnOneId, version, notes } })).updateSharedNotes;
}

export async function setPrivateNote(by: TestClient, oneOnOneId: string, text: string): Promise<OneOnOneRow> {
  return (await by.ok(SET_PRIVATE_NOTE, { input: { oneOnOneId, text } })).setPrivateNote;
}

export async function addActionItem(
  by: TestClient,
  oneOnOneId: string,
  ownerId: string,
  text: string,
  dueOn: string | null = null,
): Promise<ActionItemRow> {
  return (await by.ok(ADD_ACTION_ITEM, { input: { oneOnOneId, ownerId, text, dueOn } })).addActionItem;
}

export async function updateActionItem(by: TestClient, input: Record<string, unknown>): Promise<ActionItemRow> {
  return (await by.ok(UPDATE_ACTION_ITEM, { input })).updateActionItem;
}

export async function completeOneOnOne(by: TestClient, id: string): Promise<OneOnOneRow> {
  return (await by.ok(COMPLETE, { id })).completeOneOnOne;
}

/** The raw body of a GraphQL response, to search it for text that must never be there. */
export async function rawBody(by: TestClient, query: string, variables?: Record<string, unknown>): Promise<string> {
  const response = await by.post(JSON.stringify({ query, variables }));
  return response.text();
}

/** The texts of an agenda in order, with positions checked to be exactly 0..n-1. */
export function agendaOrder(agenda: readonly AgendaItemRow[]): string[] {
  const positions = agenda.map((item) => item.position);
  if (positions.some((p, i) => p !== i))
    throw new Error(`agenda positions are not 0..n-1: ${JSON.stringify(positions)}`);
  return agenda.map((item) => item.text);
}

// ---------------------------------------------------------------- fixtures

export interface OneOnOneFixture {
  team: Team;
  plan: PlanSummary;
}

/** The access-table team of plans.ts and the senior's ACTIVE plan (owner senior, manager manager). */
export async function oneOnOneTeam(baseUrl: string, name = 'OneOnOne'): Promise<OneOnOneFixture> {
  const team = await orgWithTeam(baseUrl, name);
  return { team, plan: await activePlanFor(team) };
}

let ownerCounter = 0;

/**
 * A new report of `team.manager` with an account (so `team.top` is their skip-level and
 * `team.senior`, `team.peer` are peers) and an ACTIVE plan: a plan with no 1:1 yet.
 */
export async function freshPlan(
  team: Team,
  name = `Owner ${++ownerCounter}`,
): Promise<{ owner: Member; plan: PlanSummary }> {
  const owner = await addMember(team.org, { name, managerId: team.manager.id });
  return { owner, plan: await activePlanFor(team, owner) };
}

// ---------------------------------------------------------------- live events

/** A graphql-ws client on `baseUrl` authenticated with `user`'s session cookie, as a browser would. */
export function socket(baseUrl: string, user: TestClient): Client {
  const cookie = user.sessionCookie ? { cookie: `fulcrum_session=${user.sessionCookie}` } : {};
  return createClient({
    url: baseUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { ...cookie, origin: baseUrl } });
      }
    },
    retryAttempts: 0,
  });
}

export const EVENT_FIELDS = `change by { id name } oneOnOne { ${ONE_ON_ONE_FIELDS} }`;

export interface OneOnOneEventRow {
  change: 'AGENDA' | 'NOTES' | 'ACTION_ITEMS' | 'STATUS';
  by: { id: string; name: string };
  oneOnOne: OneOnOneRow;
}

export interface Subscriber {
  /** Every `next` payload as received (raw, to search for leaks). */
  payloads: unknown[];
  events: OneOnOneEventRow[];
  errors: { message?: string; extensions?: { code?: string } }[];
  /** Settles when the server ends the subscription (an error or completion). */
  done: Promise<void>;
  close(): Promise<void>;
}

/**
 * Subscribes to `oneOnOneChanged(id)` and collects what arrives. Waits until the server has
 * registered the subscription (or refused it) before resolving.
 */
export async function subscribe(client: Client, id: string, fields = EVENT_FIELDS): Promise<Subscriber> {
  const payloads: unknown[] = [];
  const events: OneOnOneEventRow[] = [];
  const errors: Subscriber['errors'] = [];
  let unsubscribe = () => {};
  const done = new Promise<void>((resolve) => {
    unsubscribe = client.subscribe(
      {
        query: `subscription($id: ID!) { oneOnOneChanged(id: $id) { ${fields} } }`,
        variables: { id },
      },
      {
        next: (value) => {
          payloads.push(value);
          if (value.errors?.length) errors.push(...(value.errors as Subscriber['errors']));
          if (value.data) events.push((value.data as { oneOnOneChanged: OneOnOneEventRow }).oneOnOneChanged);
        },
        error: (error) => {
          if (Array.isArray(error)) errors.push(...(error as Subscriber['errors']));
          else errors.push({ message: (error as Partial<Error> | undefined)?.message ?? String(error) });
          resolve();
        },
        complete: resolve,
      },
    );
  });
  // graphql-ws answers a refused subscribe at once; an accepted one is registered by then too.
  await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 500))]);
  return {
    payloads,
    events,
    errors,
    done,
    async close() {
      unsubscribe();
      await client.dispose();
    },
  };
}

export async function until(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 5_000,
  what = 'the condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Gives in-flight events a moment to arrive, to assert that none did. */
export function settle(ms = 400): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
