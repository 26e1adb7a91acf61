import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { OneOnOneChange } from '@fulcrum/shared';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../../logger';

const CHANNEL = 'fulcrum_one_on_one';

/** What crosses instances: ids only. Each instance reloads and re-checks access itself. */
export interface OneOnOneSignal {
  oneOnOneId: string;
  change: OneOnOneChange;
  byId: string;
}

/**
 * Announces a change inside the writing transaction: PostgreSQL delivers the notification
 * only if, and when, the transaction commits, to every instance listening.
 */
export async function announce(em: EntityManager, signal: OneOnOneSignal): Promise<void> {
  await em.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(signal)]);
}

function isSignal(value: unknown): value is OneOnOneSignal {
  const v = value as Partial<OneOnOneSignal> | null;
  return !!v && typeof v.oneOnOneId === 'string' && typeof v.byId === 'string' && Object.values(OneOnOneChange).includes(v.change as OneOnOneChange);
}

export type OneOnOnePubSub = PubSub<{ ONE_ON_ONE: [string, OneOnOneSignal] }>;

/** The in-process fan-out of one instance; events arrive in it from PostgreSQL. */
export function createOneOnOnePubSub(): OneOnOnePubSub {
  return createPubSub<{ ONE_ON_ONE: [string, OneOnOneSignal] }>();
}

/**
 * One LISTEN connection per instance feeding an in-process pub/sub keyed by 1:1 id. The
 * connection handles its errors and re-subscribes after the database restarts, so events
 * resume without restarting the server.
 */
export class OneOnOneEvents {
  private client: Client | undefined;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
    readonly pubSub: OneOnOnePubSub = createOneOnOnePubSub(),
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  subscribe(oneOnOneId: string): AsyncIterable<OneOnOneSignal> {
    return this.pubSub.subscribe('ONE_ON_ONE', oneOnOneId);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'fulcrum-events' });
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'live-event connection lost; reconnecting');
      this.reconnectLater(client);
    });
    client.on('end', () => this.reconnectLater(client));
    client.on('notification', (message) => {
      try {
        const signal: unknown = JSON.parse(message.payload ?? '');
        if (isSignal(signal)) this.pubSub.publish('ONE_ON_ONE', signal.oneOnOneId, signal);
      } catch (error) {
        this.log.warn({ err: error }, 'ignored a malformed live event');
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    // Only a listening connection is ours: its errors and end trigger a reconnect.
    this.client = client;
  }

  private reconnectLater(client: Client): void {
    if (this.stopped || this.client !== client) return;
    this.client = undefined;
    client.removeAllListeners('end');
    const attempt = (delay: number) => {
      this.retry = setTimeout(() => {
        if (this.stopped) return;
        this.connect()
          .then(() => this.log.info('live-event connection restored'))
          .catch((error: unknown) => {
            this.log.debug({ err: error }, 'live-event reconnect failed; retrying');
            attempt(Math.min(delay * 2, 5_000));
          });
      }, delay);
      this.retry.unref();
    };
    attempt(250);
  }
}
