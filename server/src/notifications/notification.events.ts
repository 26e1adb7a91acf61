import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { setMaxListeners } from 'node:events';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../core/logger';

const CHANNEL = 'fulcrum_notification';

/** What crosses instances: ids only; the subscriber's instance reads the row for its viewer. */
export interface NotificationSignal {
  id: string;
  recipientId: string;
}

/** Announces a new inbox item; PostgreSQL delivers it to every instance when the transaction commits. */
export async function announceNotification(em: EntityManager, signal: NotificationSignal): Promise<void> {
  await em.query(`SELECT pg_notify($1, json_build_object('id', $2::uuid, 'recipientId', $3::uuid)::text)`, [
    CHANNEL,
    signal.id,
    signal.recipientId,
  ]);
}

function isSignal(value: unknown): value is NotificationSignal {
  const v = value as Partial<NotificationSignal> | null;
  return !!v && typeof v.id === 'string' && typeof v.recipientId === 'string';
}

type Topics = { NOTIFICATION: [string, NotificationSignal] };

/**
 * One LISTEN connection per instance feeding an in-process pub/sub keyed by recipient, so an
 * item reaches its recipient's sockets on whichever instance they are connected. The connection
 * comes back by itself after the database restarts; an item added meanwhile is not pushed (the
 * client refetches the inbox when its socket reconnects).
 */
export class NotificationEvents {
  private readonly pubSub: PubSub<Topics>;
  private client: Client | undefined;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
  ) {
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    this.pubSub = createPubSub<Topics>({ eventTarget });
  }

  async start(): Promise<void> {
    await this.connect();
  }

  subscribe(recipientId: string): AsyncIterable<NotificationSignal> {
    return this.pubSub.subscribe('NOTIFICATION', recipientId);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'fulcrum-notifications' });
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'notification connection lost; reconnecting');
      this.reconnectLater(client);
    });
    client.on('end', () => this.reconnectLater(client));
    client.on('notification', (message) => {
      try {
        const signal: unknown = JSON.parse(message.payload ?? '');
        if (isSignal(signal)) this.pubSub.publish('NOTIFICATION', signal.recipientId, signal);
      } catch (error) {
        this.log.warn({ err: error }, 'ignored a malformed notification event');
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
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
          .then(() => this.log.info('notification connection restored'))
          .catch((error: unknown) => {
            this.log.debug({ err: error }, 'notification reconnect failed; retrying');
            attempt(Math.min(delay * 2, 5_000));
          });
      }, delay);
      this.retry.unref();
    };
    attempt(250);
  }
}

declare module '../core/context' {
  interface AppServices {
    /** New inbox items from every instance (PostgreSQL LISTEN/NOTIFY). */
    notificationEvents: NotificationEvents;
  }
}
