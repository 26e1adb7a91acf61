import {
  emailProblem,
  Level,
  nameProblem,
  LIMITS,
  normalizeEmail,
  passwordProblem,
  Role,
  Track,
} from '@fulcrum/shared';
import type { EntityManager } from 'typeorm';
import type { Context, Viewer } from '../../core/context';
import { BadUserInputError, RateLimitedError, UnauthenticatedError } from '../../core/errors';
import { assertValid, isUniqueViolation } from '../../core/validation';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { Account } from './account.entity';
import type { SignInInput, SignUpInput } from './auth.inputs';
import { attemptKeys } from './attempt-limiter';
import { hashPassword, verifyPassword } from './password';
import { clearSessionCookie, createSession, deleteSession, setSessionCookie } from './session.service';

export const DEFAULT_WEEKLY_HOURS = 40;

/** Sets the session cookie and makes the rest of this request run as the new account. */
export function signedIn(ctx: Context, account: Account, token: string): Viewer {
  if (ctx.http) setSessionCookie(ctx.http.req, ctx.http.res, token);
  const viewer: Viewer = {
    accountId: account.id,
    personId: account.personId,
    organizationId: account.organizationId,
    role: account.role,
    sessionId: '',
  };
  // Later resolvers of this response (Viewer.person…) read as the new account.
  ctx.viewer = viewer;
  ctx.loaders = ctx.app.loadersFor(viewer);
  return viewer;
}

export interface NewAccount {
  organizationId: string;
  personId: string;
  email: string;
  passwordHash: string;
  role: Role;
}

/**
 * Writes a new account and its first session in one transaction, after `prepare` wrote or
 * checked (in the same transaction) what the account belongs to. The account's unique email
 * refuses an address that already has one: `refused` answers it on its field, naming no reason.
 */
export async function createAccount(
  ctx: Context,
  refused: { field: string; message: string; event: string },
  prepare: (em: EntityManager) => Promise<NewAccount>,
): Promise<{ account: Account; token: string }> {
  try {
    return await ctx.app.db.transaction(async (em) => {
      const account = await em.save(em.create(Account, await prepare(em)));
      return { account, token: await createSession(em, ctx.app.config.sessionSecret, account) };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'account_email_key')) {
      ctx.log.info({ reason: 'email has an account' }, refused.event);
      throw BadUserInputError.field(refused.field, refused.message);
    }
    throw error;
  }
}

/**
 * The one answer to a sign-up whose email cannot get a new account. It names no reason: the
 * same words would fit an address that is free but refused for any other cause, and it tells
 * the owner of an existing account what to do (sign in) without telling anyone else that the
 * account exists. See docs/security-web.md for what this hides and what it cannot.
 */
export const SIGN_UP_EMAIL_REFUSED =
  'This email address cannot be used for a new organization. If you already use Fulcrum with it, sign in instead; otherwise use another address.';

/**
 * Creates an organization, its first person and an ADMIN account, then signs in. Refused
 * attempts count against the email and the client address (`limiters.newAccount`, attempt-limiter.ts); a taken
 * email costs the same work as a free one (the password is hashed and the rows are written
 * until the account's unique email refuses them) and gets SIGN_UP_EMAIL_REFUSED.
 */
export async function signUp(ctx: Context, input: SignUpInput): Promise<Viewer> {
  assertValid({
    email: emailProblem(input.email),
    password: passwordProblem(input.password),
    name: nameProblem(input.name),
    organizationName: nameProblem(input.organizationName, LIMITS.organizationNameMax),
  });
  const email = normalizeEmail(input.email);
  const limiter = ctx.app.limiters.newAccount;
  const keys = attemptKeys(email, ctx.clientAddress);
  const wait = await limiter.beginAttempt(keys);
  if (wait > 0) throw new RateLimitedError(wait);

  const passwordHash = await hashPassword(input.password);
  const refused = { field: 'email', message: SIGN_UP_EMAIL_REFUSED, event: 'sign-up refused' };
  const { account, token } = await createAccount(ctx, refused, async (em) => {
    const organization = await em.save(
      em.create(Organization, {
        name: input.organizationName.trim(),
        defaultWeeklyHours: DEFAULT_WEEKLY_HOURS,
      }),
    );
    const person = await em.save(
      em.create(Person, {
        organizationId: organization.id,
        name: input.name.trim(),
        email,
        title: null,
        level: Level.LEAD,
        track: Track.MANAGER,
        specialty: null,
        managerId: null,
      }),
    );
    return { organizationId: organization.id, personId: person.id, email, passwordHash, role: Role.ADMIN };
  });
  await limiter.recordSuccess(keys);
  ctx.log.info({ organizationId: account.organizationId, accountId: account.id }, 'organization signed up');
  return signedIn(ctx, account, token);
}

const WRONG_CREDENTIALS = 'That email and password do not match an account.';

/**
 * Signs in with email and password. Failures are counted per email and per client address;
 * an unknown email and a wrong password give the same answer in the same time.
 */
export async function signIn(ctx: Context, input: SignInInput): Promise<Viewer> {
  const email = normalizeEmail(input.email);
  const limiter = ctx.app.limiters.signIn;
  const keys = attemptKeys(email, ctx.clientAddress);
  const wait = await limiter.beginAttempt(keys);
  if (wait > 0) throw new RateLimitedError(wait);

  const account = await ctx.app.db.getRepository(Account).findOne({ where: { email } });
  const ok = await verifyPassword(account?.passwordHash ?? null, input.password);
  if (!account || !ok) {
    ctx.log.info({ reason: account ? 'wrong password' : 'unknown email' }, 'sign-in refused');
    throw new UnauthenticatedError(WRONG_CREDENTIALS);
  }
  await limiter.recordSuccess(keys);
  const token = await createSession(ctx.app.db.manager, ctx.app.config.sessionSecret, account);
  return signedIn(ctx, account, token);
}

export async function signOut(ctx: Context): Promise<boolean> {
  if (ctx.viewer?.sessionId) await deleteSession(ctx.app.db.manager, ctx.viewer.sessionId);
  if (ctx.http) clearSessionCookie(ctx.http.req, ctx.http.res);
  ctx.viewer = null;
  return true;
}
