import { SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_SECONDS } from '@fulcrum/shared';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/**
 * Counts failed sign-ins per email and per client address in PostgreSQL, so every server
 * instance sees the same counts. After SIGN_IN_MAX_FAILURES failures inside the window,
 * further attempts are refused until the window has passed.
 */
export class SignInLimiter {
  private readonly limiter: RateLimiterPostgres;

  constructor(db: DataSource) {
    const pool = (db.driver as unknown as { master: unknown }).master;
    this.limiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: 'sign_in_limit',
      tableCreated: true,
      keyPrefix: 'sign-in',
      points: SIGN_IN_MAX_FAILURES,
      duration: SIGN_IN_WINDOW_SECONDS,
      clearExpiredByTimeout: false,
    });
  }

  private static keys(email: string, address: string): string[] {
    return [`email:${email}`, `address:${address}`];
  }

  /** Seconds to wait before another attempt, or 0 when an attempt is allowed now. */
  async retryAfterSeconds(email: string, address: string): Promise<number> {
    const states = await Promise.all(SignInLimiter.keys(email, address).map((key) => this.limiter.get(key)));
    const blocked = states.filter((s): s is RateLimiterRes => s !== null && s.consumedPoints >= SIGN_IN_MAX_FAILURES);
    if (blocked.length === 0) return 0;
    return Math.max(1, Math.ceil(Math.max(...blocked.map((s) => s.msBeforeNext)) / 1000));
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all(
      SignInLimiter.keys(email, address).map((key) =>
        // Consuming past the limit rejects with the limiter state; the count is still recorded.
        this.limiter.consume(key).catch((rejection: unknown) => {
          if (rejection instanceof Error) throw rejection;
        }),
      ),
    );
  }

  async recordSuccess(email: string): Promise<void> {
    await this.limiter.delete(`email:${email}`);
  }
}
