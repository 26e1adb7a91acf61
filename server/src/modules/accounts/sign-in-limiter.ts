import { SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_SECONDS } from '@fulcrum/shared';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/**
 * Counts failed sign-ins per email and per client address in PostgreSQL, so every server
 * instance sees the same counts. After SIGN_IN_MAX_FAILURES failures inside the window,
 * further attempts are refused until the window has passed.
 *
 * An attempt is counted before its password is checked (one atomic upsert per key), and
 * handed back when it succeeds: checking first and counting after would let simultaneous
 * requests all pass the check and get any number of guesses through.
 */
export class SignInLimiter {
  private readonly limiter: RateLimiterPostgres;

  constructor(private readonly db: DataSource) {
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

  /**
   * Takes one attempt from the allowance of the email and of the client address. Returns 0
   * when the attempt may go ahead (it counts as a failure until `recordSuccess`), or the
   * seconds to wait when either allowance is used up (the attempt is then not counted
   * against the other one).
   */
  async beginAttempt(email: string, address: string): Promise<number> {
    const keys = SignInLimiter.keys(email, address);
    const states = await Promise.all(
      keys.map((key) =>
        // Consuming past the limit rejects with the limiter state; the count is still recorded.
        this.limiter.consume(key).catch((rejection: unknown) => {
          if (rejection instanceof RateLimiterRes) return rejection;
          throw rejection;
        }),
      ),
    );
    const over = states.map((state) => state.consumedPoints > SIGN_IN_MAX_FAILURES);
    if (!over.includes(true)) return 0;
    await Promise.all(keys.filter((_, i) => !over[i]).map((key) => this.giveBack(key)));
    const waits = states.filter((_, i) => over[i]).map((state) => state.msBeforeNext);
    return Math.max(1, Math.ceil(Math.max(...waits) / 1000));
  }

  /** A successful sign-in clears the email's count and does not count against the address. */
  async recordSuccess(email: string, address: string): Promise<void> {
    const [emailKey, addressKey] = SignInLimiter.keys(email, address);
    await Promise.all([this.limiter.delete(emailKey!), this.giveBack(addressKey!)]);
  }

  /** Hands back one attempt taken by `beginAttempt`, within the same window only. */
  private async giveBack(key: string): Promise<void> {
    await this.db.query(`UPDATE sign_in_limit SET points = points - 1 WHERE key = $1 AND points > 0 AND expire > $2`, [
      this.limiter.getKey(key),
      Date.now(),
    ]);
  }
}
