import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { OneOnOneChange } from '@fulcrum/shared';
import DataLoader from 'dataloader';
import { setMaxListeners } from 'node:events';
import type { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { rowShape } from '../core/db/batch';
import { PgListener } from '../core/db/pg-listener';
import type { Logger } from '../core/logger';
import { Person } from '../identity/people/person.entity';
import { GrowthPlan } from '../plans/plan.entity';
import { OneOnOne } from './one-on-one.entity';

const CHANNEL = 'fulcrum_one_on_one';

/** What crosses instances: ids only. Each instance reloads and re-checks access itself. */
export interface OneOnOneSignal {
  /** The row in `one_on_one_event`: replays after a lost connection skip what was delivered. */
  id: number;
  oneOnOneId: string;
  change: OneOnOneChange;
  byId: string;
}

/**
 * Records a change inside the writing transaction and announces it: PostgreSQL delivers the
 * notification only if, and when, the transaction commits, to every instance listening; the
 * row lets an instance that was not listening then replay it.
 */
export async function announce(
  em: EntityManager,
  event: Omit<OneOnOneSignal, 'id'> & { organizationId: string },
): Promise<void> {
  await em.query(
    `WITH e AS (
       INSERT INTO one_on_one_event (organization_id, one_on_one_id, change, by_id) VALUES ($2, $3, $4, $5) RETURNING id
     )
     SELECT pg_notify($1, json_build_object('id', e.id, 'oneOnOneId', $3::uuid, 'change', $4::text, 'byId', $5::uuid)::text) FROM e`,
    [CHANNEL, event.organizationId, event.oneOnOneId, event.change, event.byId],
  );
}

function isSignal(value: unknown): value is OneOnOneSignal {
  const v = value as Partial<OneOnOneSignal> | null;
  return (
    !!v &&
    typeof v.id === 'number' &&
    typeof v.oneOnOneId === 'string' &&
    typeof v.byId === 'string' &&
    Object.values(OneOnOneChange).includes(v.change as OneOnOneChange)
  );
}

export type OneOnOnePubSub = PubSub<{ ONE_ON_ONE: [string, OneOnOneSignal] }>;

/** The in-process fan-out of one instance; events arrive in it from PostgreSQL. */
export function createOneOnOnePubSub(): OneOnOnePubSub {
  // Every subscription listens on the target; their number is capped per socket and session, not here.
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  return createPubSub<{ ONE_ON_ONE: [string, OneOnOneSignal] }>({ eventTarget });
}

/**
 * What every subscriber of one event needs, read once for all of them: the 1:1, its plan, the
 * plan's owner (whose current manager the access rule reads), who made the change, and whether
 * each subscriber's session is still alive.
 */
export interface EventRows {
  sessionAlive: boolean;
  oneOnOne: OneOnOne | null;
  plan: GrowthPlan | null;
  people: Person[];
}

/** How far back a replay looks before the moment the connection was lost (a change's row is stamped when its transaction began). */
const REPLAY_MARGIN_MS = 60_000;
/** Events kept for replays; older rows are removed as the listener (re)connects and every hour. */
const RETENTION = `1 day`;
/** Ids of the events delivered lately, so a replay skips them. */
const DELIVERED_KEPT = 10_000;

/**
 * One LISTEN connection per instance feeding an in-process pub/sub keyed by 1:1 id. The
 * connection handles its errors and re-subscribes after the database restarts; what was
 * written while it was away is replayed from `one_on_one_event`, so nothing is lost.
 */
export class OneOnOneEvents {
  readonly pubSub: OneOnOnePubSub = createOneOnOnePubSub();
  private readonly listener: PgListener;
  private cleanup: NodeJS.Timeout | undefined;
  private readonly delivered = new Set<number>();
  /** One batch of reads per event, shared by every subscriber that asks within the same tick. */
  private readonly reads = new WeakMap<OneOnOneSignal, DataLoader<string, EventRows>>();

  constructor(
    url: string,
    private readonly db: DataSource,
    private readonly log: Logger,
  ) {
    this.listener = new PgListener({
      url,
      channel: CHANNEL,
      applicationName: 'fulcrum-events',
      name: 'live-event',
      log,
      onNotification: (payload) => this.receive(payload),
      onConnected: (client, { lostAt }) => this.listening(client, lostAt),
    });
  }

  async start(): Promise<void> {
    await this.listener.start();
    this.cleanup = setInterval(() => void this.removeOld(), 60 * 60_000);
    this.cleanup.unref();
  }

  subscribe(oneOnOneId: string): AsyncIterable<OneOnOneSignal> {
    return this.pubSub.subscribe('ONE_ON_ONE', oneOnOneId);
  }

  /**
   * The rows of one event as the subscriber with this session sees them. Every subscriber of
   * the event on this instance asks in the same tick: one statement answers all of them.
   */
  rowsFor(signal: OneOnOneSignal, organizationId: string, sessionId: string): Promise<EventRows> {
    let reads = this.reads.get(signal);
    if (!reads) {
      reads = new DataLoader<string, EventRows>((sessionIds) => this.read(signal, organizationId, sessionIds), {
        cache: true,
      });
      this.reads.set(signal, reads);
    }
    return reads.load(sessionId);
  }

  async stop(): Promise<void> {
    clearInterval(this.cleanup);
    await this.listener.stop();
  }

  private async read(
    signal: OneOnOneSignal,
    organizationId: string,
    sessionIds: readonly string[],
  ): Promise<EventRows[]> {
    const oneOnOne = rowShape(this.db, OneOnOne);
    const plan = rowShape(this.db, GrowthPlan);
    const person = rowShape(this.db, Person);
    const [row]: {
      o: unknown[] | null;
      p: unknown[] | null;
      people: unknown[][];
      alive: string[];
    }[] = await this.db.query(
      `SELECT ${oneOnOne.sql('o')} AS o, ${plan.sql('p')} AS p,
              (SELECT COALESCE(json_agg(${person.sql('x')}), '[]'::json) FROM person x
                WHERE x.organization_id = $1 AND x.id IN (p.owner_id, $3::uuid)) AS people,
              ARRAY(SELECT s.id::text FROM session s WHERE s.id = ANY($4::uuid[]) AND s.expires_at > now()) AS alive
         FROM (SELECT 1) one
         LEFT JOIN one_on_one o ON o.organization_id = $1 AND o.id = $2
         LEFT JOIN growth_plan p ON p.organization_id = $1 AND p.id = o.plan_id`,
      [organizationId, signal.oneOnOneId, signal.byId, [...sessionIds]],
    );
    const known = { organizationId };
    // Always one row (`FROM (SELECT 1) one LEFT JOIN …`); `people` and `alive` are never null.
    const rows = {
      oneOnOne: row.o ? oneOnOne.read(row.o, known) : null,
      plan: row.o && row.p ? plan.read(row.p, known) : null,
      people: row.people.map((values) => person.read(values, known)),
    };
    const alive = new Set(row.alive);
    return sessionIds.map((id) => ({ ...rows, sessionAlive: alive.has(id) }));
  }

  private deliver(signal: OneOnOneSignal): void {
    if (this.delivered.has(signal.id)) return;
    this.delivered.add(signal.id);
    if (this.delivered.size > DELIVERED_KEPT) {
      const oldest = this.delivered.values().next();
      if (!oldest.done) this.delivered.delete(oldest.value);
    }
    this.pubSub.publish('ONE_ON_ONE', signal.oneOnOneId, signal);
  }

  /** Publishes what was recorded since shortly before the connection was lost, minus what was delivered. */
  private async replay(client: Client, since: number): Promise<void> {
    const { rows } = await client.query<{
      id: string;
      one_on_one_id: string;
      change: string;
      by_id: string;
    }>(`SELECT id, one_on_one_id, change, by_id FROM one_on_one_event WHERE created_at > $1 ORDER BY id`, [
      new Date(since - REPLAY_MARGIN_MS),
    ]);
    let replayed = 0;
    for (const r of rows) {
      const signal = {
        id: Number(r.id),
        oneOnOneId: r.one_on_one_id,
        change: r.change,
        byId: r.by_id,
      };
      if (!isSignal(signal) || this.delivered.has(signal.id)) continue;
      this.deliver(signal);
      replayed++;
    }
    if (replayed > 0) this.log.info({ replayed }, 'live events missed while the connection was away were replayed');
  }

  private async removeOld(): Promise<void> {
    try {
      await this.db.query(`DELETE FROM one_on_one_event WHERE created_at < now() - interval '${RETENTION}'`);
    } catch (error) {
      this.log.debug({ err: error }, 'could not remove old live events; next time');
    }
  }

  private receive(payload: string): void {
    try {
      const signal: unknown = JSON.parse(payload);
      if (isSignal(signal)) this.deliver(signal);
    } catch (error) {
      this.log.warn({ err: error }, 'ignored a malformed live event');
    }
  }

  /** Listening (again): whatever committed while we were away is in the table. */
  private async listening(client: Client, lostAt: number | null): Promise<void> {
    if (lostAt !== null) await this.replay(client, lostAt);
    void this.removeOld();
  }
}

declare module '../core/context' {
  interface AppServices {
    /** Live 1:1 changes from every instance (PostgreSQL LISTEN/NOTIFY). */
    events: OneOnOneEvents;
  }
}
