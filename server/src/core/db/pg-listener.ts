import { Client } from 'pg';
import type { Logger } from '../logger';

export interface PgListenerOptions {
  /** The database to listen on, over a connection of its own. */
  url: string;
  /** The channel to LISTEN on (an identifier the caller owns, not user input). */
  channel: string;
  /** The connection's `application_name`, as it shows in `pg_stat_activity`. */
  applicationName: string;
  /** What the logs call this connection, e.g. `live-event`: "live-event connection restored". */
  name: string;
  log: Logger;
  /** Every notification's payload, as it arrives; the handler deals with a malformed one itself. */
  onNotification: (payload: string) => void;
  /**
   * Runs once the connection listens, before it is taken as established: a failure ends it and
   * the next attempt follows. `lostAt` is when the previous connection was lost (null on the first).
   */
  onConnected?: (client: Client, state: { reconnected: boolean; lostAt: number | null }) => Promise<void>;
}

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 5_000;

/**
 * One dedicated connection that LISTENs on a channel and hands its notifications to an
 * in-process handler. It handles its errors and, when lost (e.g. the database restarts), comes
 * back by itself with exponential backoff until `stop()`.
 */
export class PgListener {
  private client: Client | undefined;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;
  /** When the last connection was lost; null while listening. */
  private lostAt: number | null = null;

  constructor(private readonly options: PgListenerOptions) {}

  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const { url, channel, applicationName, name, log, onNotification, onConnected } = this.options;
    const client = new Client({ connectionString: url, application_name: applicationName });
    client.on('error', (error) => {
      log.warn({ err: error }, `${name} connection lost; reconnecting`);
      this.reconnectLater(client);
    });
    client.on('end', () => this.reconnectLater(client));
    client.on('notification', (message) => onNotification(message.payload ?? ''));
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
      await onConnected?.(client, { reconnected: this.lostAt !== null, lostAt: this.lostAt });
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    // Only a listening connection is ours: its errors and end trigger a reconnect.
    this.client = client;
    this.lostAt = null;
  }

  private reconnectLater(client: Client): void {
    if (this.stopped || this.client !== client) return;
    const { name, log } = this.options;
    this.client = undefined;
    this.lostAt = Date.now();
    client.removeAllListeners('end');
    const attempt = (delay: number) => {
      this.retry = setTimeout(() => {
        if (this.stopped) return;
        this.connect()
          .then(() => log.info(`${name} connection restored`))
          .catch((error: unknown) => {
            log.debug({ err: error }, `${name} reconnect failed; retrying`);
            attempt(Math.min(delay * 2, MAX_RETRY_MS));
          });
      }, delay);
      this.retry.unref();
    };
    attempt(FIRST_RETRY_MS);
  }
}
