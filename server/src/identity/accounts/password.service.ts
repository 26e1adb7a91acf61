import { emailProblem, normalizeEmail, PASSWORD_RESET_MINUTES, passwordProblem } from '@fulcrum/shared';
import { IsNull, Not } from 'typeorm';
import { requireActor } from '../../core/actor';
import type { Context, Viewer } from '../../core/context';
import { BadUserInputError, RateLimitedError, UnauthenticatedError } from '../../core/errors';
import { enqueue } from '../../core/jobs';
import { seal, type Sealed } from '../../core/sealed';
import { assertValid } from '../../core/validation';
import { Account } from './account.entity';
import { attemptKeys } from './attempt-limiter';
import type { ChangePasswordInput, ResetPasswordInput } from './auth.inputs';
import { signedIn } from './auth.service';
import { hashPassword, verifyPassword } from './password';
import { PasswordReset } from './password-reset.entity';
import { Session } from './session.entity';
import { createSession } from './session.service';
import { hashToken, newToken } from './tokens';

declare module '../../core/jobs' {
  interface JobTasks {
    /** The email carrying a reset link; the token travels sealed (core/sealed.ts). */
    'password-reset-email': { passwordResetId: string; organizationId: string; token: Sealed };
  }
}

const MINUTE_MS = 60_000;

/**
 * Starts a password reset: when the address has an account, a single-use link valid an hour is
 * written (earlier unused ones stop working) and its email is queued in the same transaction.
 * Always true, whether or not the address has an account; every request counts against the
 * address and the client (`limiters.passwordReset`), which answer RATE_LIMITED alike for both.
 */
export async function requestPasswordReset(ctx: Context, rawEmail: string): Promise<boolean> {
  assertValid({ email: emailProblem(rawEmail) });
  const email = normalizeEmail(rawEmail);
  const wait = await ctx.app.limiters.passwordReset.beginAttempt(attemptKeys(email, ctx.clientAddress));
  if (wait > 0) throw new RateLimitedError(wait);
  const account = await ctx.app.db.getRepository(Account).findOne({ where: { email } });
  if (!account) {
    ctx.log.info({ reason: 'unknown email' }, 'password reset not sent');
    return true;
  }
  const token = newToken();
  const secret = ctx.app.config.sessionSecret;
  await ctx.app.db.transaction(async (em) => {
    await em.update(
      PasswordReset,
      { accountId: account.id, usedAt: IsNull() },
      { expiresAt: () => 'LEAST(expires_at, now())' },
    );
    const reset = await em.save(
      em.create(PasswordReset, {
        organizationId: account.organizationId,
        accountId: account.id,
        tokenHash: hashToken(secret, token),
        expiresAt: new Date(Date.now() + PASSWORD_RESET_MINUTES * MINUTE_MS),
        usedAt: null,
      }),
    );
    await enqueue(
      em,
      'password-reset-email',
      { passwordResetId: reset.id, organizationId: account.organizationId, token: seal(secret, token) },
      { maxAttempts: 10 },
    );
  });
  ctx.log.info({ accountId: account.id }, 'password reset requested');
  return true;
}

const RESET_LINK_INVALID = 'This password-reset link is not valid. Ask for a new one.';

/**
 * Sets a new password from a reset link, signs in, and ends every other session of the account.
 * The link works once and for an hour. Refused tokens count against the client address.
 */
export async function resetPassword(ctx: Context, input: ResetPasswordInput): Promise<Viewer> {
  assertValid({ password: passwordProblem(input.password) });
  const keys = attemptKeys(null, ctx.clientAddress);
  const limiter = ctx.app.limiters.signIn;
  const wait = await limiter.beginAttempt(keys);
  if (wait > 0) throw new RateLimitedError(wait);
  const secret = ctx.app.config.sessionSecret;
  const passwordHash = await hashPassword(input.password);
  const { account, token } = await ctx.app.db.transaction(async (em) => {
    const reset = await em
      .getRepository(PasswordReset)
      .createQueryBuilder('r')
      .where('r.token_hash = :tokenHash', { tokenHash: hashToken(secret, input.token.trim()) })
      .setLock('pessimistic_write')
      .getOne();
    if (!reset) throw BadUserInputError.field('token', RESET_LINK_INVALID);
    if (reset.usedAt)
      throw BadUserInputError.field('token', 'This password-reset link was already used. Ask for a new one.');
    if (reset.expiresAt.getTime() <= Date.now())
      throw BadUserInputError.field('token', 'This password-reset link has expired. Ask for a new one.');
    const owner = await em.findOneByOrFail(Account, { id: reset.accountId, organizationId: reset.organizationId });
    await em.update(PasswordReset, { id: reset.id }, { usedAt: new Date() });
    await em.update(Account, { id: owner.id }, { passwordHash });
    // Whoever knew the old password is signed out everywhere; this browser gets a new session.
    await em.delete(Session, { accountId: owner.id });
    return { account: owner, token: await createSession(em, secret, owner) };
  });
  await limiter.recordSuccess(keys);
  ctx.log.info({ accountId: account.id }, 'password reset; every other session ended');
  return signedIn(ctx, account, token);
}

/** Changes the signed-in account's password and ends every other session of it. */
export async function changePassword(ctx: Context, input: ChangePasswordInput): Promise<boolean> {
  const viewer = requireActor(ctx);
  assertValid({ newPassword: passwordProblem(input.newPassword) });
  const account = await ctx.app.db.getRepository(Account).findOneBy({ id: viewer.accountId });
  if (!account) throw new UnauthenticatedError();
  const keys = attemptKeys(account.email, ctx.clientAddress);
  const limiter = ctx.app.limiters.signIn;
  const wait = await limiter.beginAttempt(keys);
  if (wait > 0) throw new RateLimitedError(wait);
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw BadUserInputError.field('currentPassword', 'This is not your current password.');
  }
  await limiter.recordSuccess(keys);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.app.db.transaction(async (em) => {
    await em.update(Account, { id: account.id }, { passwordHash });
    await em.delete(Session, { accountId: account.id, id: Not(viewer.sessionId) });
  });
  ctx.log.info({ accountId: account.id }, 'password changed; every other session ended');
  return true;
}
