import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { setMaxListeners } from 'node:events';
import type { EntityManager } from 'typeorm';
import { PgListener } from '../core/db/pg-listener';
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
  private readonly listener: PgListener;

  constructor(url: string, log: Logger) {
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    this.pubSub = createPubSub<Topics>({ eventTarget });
    this.listener = new PgListener({
      url,
      channel: CHANNEL,
      applicationName: 'fulcrum-notifications',
      name: 'notification',
      log,
      onNotification: (payload) => {
        try {
          const signal: unknown = JSON.parse(payload);
          if (isSignal(signal)) this.pubSub.publish('NOTIFICATION', signal.recipientId, signal);
        } catch (error) {
          log.warn({ err: error }, 'ignored a malformed notification event');
        }
      },
    });
  }

  async start(): Promise<void> {
    await this.listener.start();
  }

  subscribe(recipientId: string): AsyncIterable<NotificationSignal> {
    return this.pubSub.subscribe('NOTIFICATION', recipientId);
  }

  async stop(): Promise<void> {
    await this.listener.stop();
  }
}

declare module '../core/context' {
  interface AppServices {
    /** New inbox items from every instance (PostgreSQL LISTEN/NOTIFY). */
    notificationEvents: NotificationEvents;
  }
}
