import { SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_SECONDS } from '@fulcrum/shared';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/** The table every attempt counter lives in (migration Foundation), one row per prefixed key. */
const TABLE = 'sign_in_limit';

export interface AttemptLimits {
  /** Prefix of this limiter's keys in the shared table (`sign-in`, `new-account`). */
  name: string;
  /** Failed attempts allowed per key inside the window. */
  maxFailures: number;
  windowSeconds: number;
}

/** The keys an attempt is counted under: the email it is about (when known) and the client address. */
export function attemptKeys(email: string | null | undefined, address: string): string[] {
  return email ? [`email:${email}`, `address:${address}`] : [`address:${address}`];
}

/**
 * Counts failed attempts of one kind (signing in, creating an account) per key — the email and
 * the client address — in PostgreSQL, so every server instance sees the same counts. After
 * `maxFailures` failures inside the window, further attempts are refused until it has passed.
 *
 * An attempt is counted before it is checked (one atomic upsert per key), and handed back when
 * it succeeds: checking first and counting after would let simultaneous requests all pass the
 * check and get any number of tries through.
 */
export class AttemptLimiter {
  private readonly limiter: RateLimiterPostgres;

  constructor(
    private readonly db: DataSource,
    private readonly limits: AttemptLimits,
  ) {
    const pool = (db.driver as unknown as { master: unknown }).master;
    this.limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: TABLE,
      tableCreated: true,
      keyPrefix: limits.name,
      points: limits.maxFailures,
      duration: limits.windowSeconds,
      clearExpiredByTimeout: false,
    });
  }

  /**
   * Takes one attempt from the allowance of every key. Returns 0 when the attempt may go ahead
   * (it counts as a failure until `recordSuccess`), or the seconds to wait when any allowance is
   * used up (the attempt is then not counted against the others).
   */
  async beginAttempt(keys: readonly string[]): Promise<number> {
    const states = await Promise.all(
      keys.map((key) =>
        // Consuming past the limit rejects with the limiter state; the count is still recorded.
        this.limiter.consume(key).catch((rejection: unknown) => {
          if (rejection instanceof RateLimiterRes) return rejection;
          throw rejection;
        }),
      ),
    );
    const over = states.map((state) => state.consumedPoints > this.limits.maxFailures);
    if (!over.includes(true)) return 0;
    await Promise.all(keys.filter((_, i) => !over[i]).map((key) => this.giveBack(key)));
    const waits = states.filter((_, i) => over[i]).map((state) => state.msBeforeNext);
    return Math.max(1, Math.ceil(Math.max(...waits) / 1000));
  }

  /**
   * A success clears the count of the email (its owner got in) and hands the attempt back to the
   * address: successes do not count against a client, failures do.
   */
  async recordSuccess(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((key) => (key.startsWith('email:') ? this.limiter.delete(key) : this.giveBack(key))));
  }

  /** Hands back one attempt taken by `beginAttempt`, within the same window only. */
  private async giveBack(key: string): Promise<void> {
    await this.db.query(`UPDATE ${TABLE} SET points = points - 1 WHERE key = $1 AND points > 0 AND expire > $2`, [
      this.limiter.getKey(key),
      Date.now(),
    ]);
  }
}

/**
 * The app's limiters. 10 refusals in 15 minutes each: failed sign-ins; and refused attempts to
 * create an account, by sign-up or by accepting an invitation — both ways of asking whether an
 * address is free, so their refusals add up.
 */
export function attemptLimiters(db: DataSource): AttemptLimiters {
  const limits = { maxFailures: SIGN_IN_MAX_FAILURES, windowSeconds: SIGN_IN_WINDOW_SECONDS };
  return {
    signIn: new AttemptLimiter(db, { name: 'sign-in', ...limits }),
    newAccount: new AttemptLimiter(db, { name: 'new-account', ...limits }),
    // Every request counts (none is handed back): an inbox is not flooded, nor addresses probed.
    passwordReset: new AttemptLimiter(db, { name: 'password-reset', ...PASSWORD_RESET_LIMITS }),
  };
}

/** Password-reset requests allowed per address and per client: 5 an hour. */
export const PASSWORD_RESET_LIMITS = { maxFailures: 5, windowSeconds: 60 * 60 } as const;

export interface AttemptLimiters {
  signIn: AttemptLimiter;
  newAccount: AttemptLimiter;
  passwordReset: AttemptLimiter;
}

declare module '../../core/context' {
  interface AppServices {
    /** Refused attempts per email and client address: signing in, and creating an account (sign-up, invitation). */
    limiters: AttemptLimiters;
  }
}
