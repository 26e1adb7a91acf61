import { INVITATION_DAYS, passwordProblem, Role } from '@fulcrum/shared';
import { IsNull } from 'typeorm';
import { requireActor } from '../../core/actor';
import type { Context, Viewer } from '../../core/context';
import { BadUserInputError, RateLimitedError } from '../../core/errors';
import { enqueue } from '../../core/jobs';
import { seal, type Sealed } from '../../core/sealed';
import { assertValid } from '../../core/validation';
import { Account } from '../accounts/account.entity';
import { attemptKeys } from '../accounts/attempt-limiter';
import type { AcceptInvitationInput } from '../accounts/auth.inputs';
import { createAccount, signedIn } from '../accounts/auth.service';
import { hashPassword } from '../accounts/password';
import { hashToken, newToken } from '../accounts/tokens';
import { assertCanInvite } from '../people/people.policy';
import { loadVisiblePerson } from '../people/people.service';
import { Person } from '../people/person.entity';
import { Invitation } from './invitation.entity';

const DAY_MS = 24 * 60 * 60 * 1000;

declare module '../../core/jobs' {
  interface JobTasks {
    /** The invitee's email with the accept link; the token travels sealed (core/sealed.ts). */
    'invitation-email': { invitationId: string; organizationId: string; token: Sealed };
  }
}

/**
 * Creates a single-use invitation for a person who has an email and no account yet. Earlier
 * pending invitations of that person stop working. The invitee's email is queued in the same
 * transaction (sent by notifications/, which checks the invitation is still pending first); the
 * link also goes back to the inviter, to share by hand when no mail reaches the invitee.
 */
export async function invitePerson(ctx: Context, personId: string): Promise<Invitation> {
  const viewer = requireActor(ctx);
  const person = await loadVisiblePerson(ctx, personId);
  await assertCanInvite(ctx, person);
  if (!person.email)
    throw BadUserInputError.field('personId', `Add an email address for ${person.name} before inviting them.`);
  if (await ctx.loaders.hasAccount.load(person.id)) {
    throw BadUserInputError.field('personId', `${person.name} already has an account.`);
  }
  const token = newToken();
  const invitation = await ctx.app.db.transaction(async (em) => {
    await em.update(
      Invitation,
      {
        organizationId: person.organizationId,
        personId: person.id,
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
      },
      { revokedAt: new Date() },
    );
    const created = await em.save(
      em.create(Invitation, {
        organizationId: person.organizationId,
        personId: person.id,
        invitedById: viewer.personId,
        tokenHash: hashToken(ctx.app.config.sessionSecret, token),
        expiresAt: new Date(Date.now() + INVITATION_DAYS * DAY_MS),
        acceptedAt: null,
        revokedAt: null,
      }),
    );
    await enqueue(
      em,
      'invitation-email',
      {
        invitationId: created.id,
        organizationId: created.organizationId,
        token: seal(ctx.app.config.sessionSecret, token),
      },
      { maxAttempts: 10 },
    );
    return created;
  });
  invitation.acceptUrl = `${ctx.origin}/invitation/${token}`;
  ctx.log.info(
    {
      invitationId: invitation.id,
      personId: person.id,
      acceptUrl: invitation.acceptUrl,
      expiresAt: invitation.expiresAt,
    },
    'invitation created; its email is queued (the link is also handed to the inviter)',
  );
  return invitation;
}

/**
 * The answer when the invitee's email already belongs to an account (necessarily in another
 * organization: in this one the email would be another person's, which a person's unique email
 * rules out). Like the sign-up's, it gives no reason and points the owner to signing in; the
 * invitation stays unused, so once the address is corrected the same link works.
 */
export const INVITATION_EMAIL_REFUSED =
  'The email address of this invitation cannot be used for a new account. If you already use Fulcrum with it, sign in; otherwise ask whoever invited you to correct the address, then open this link again.';

/**
 * Sets the password from an invitation, creates the person's account and signs in. Refused
 * attempts count against the invitee's email (when the token names one) and the client address,
 * with the sign-up's counters (`limiters.newAccount`, attempt-limiter.ts).
 */
export async function acceptInvitation(ctx: Context, input: AcceptInvitationInput): Promise<Viewer> {
  assertValid({ password: passwordProblem(input.password) });
  const tokenHash = hashToken(ctx.app.config.sessionSecret, input.token.trim());
  // Whose invitation, for the limiter only; everything is read again, locked, below.
  const invitees: { email: string | null }[] = await ctx.app.db.query(
    `SELECT p.email FROM invitation i JOIN person p ON p.id = i.person_id AND p.organization_id = i.organization_id WHERE i.token_hash = $1`,
    [tokenHash],
  );
  const invitee = invitees.at(0);
  const limiter = ctx.app.limiters.newAccount;
  const keys = attemptKeys(invitee?.email, ctx.clientAddress);
  const wait = await limiter.beginAttempt(keys);
  if (wait > 0) throw new RateLimitedError(wait);

  const passwordHash = await hashPassword(input.password);
  const refused = { field: 'token', message: INVITATION_EMAIL_REFUSED, event: 'invitation refused' };
  const { account, token } = await createAccount(ctx, refused, async (em) => {
    const invitation = await em
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .where('i.token_hash = :tokenHash', { tokenHash })
      .setLock('pessimistic_write')
      .getOne();
    if (!invitation) throw BadUserInputError.field('token', 'This invitation link is not valid. Ask for a new one.');
    if (invitation.acceptedAt)
      throw BadUserInputError.field('token', 'This invitation has already been used. Sign in instead.');
    if (invitation.revokedAt)
      throw BadUserInputError.field(
        'token',
        'This invitation was replaced by a newer one. Use the latest link you received.',
      );
    if (invitation.expiresAt.getTime() <= Date.now()) {
      throw BadUserInputError.field(
        'token',
        `This invitation expired on ${invitation.expiresAt.toISOString().slice(0, 10)}. Ask for a new one.`,
      );
    }
    const person = await em.findOneByOrFail(Person, {
      id: invitation.personId,
      organizationId: invitation.organizationId,
    });
    if (await em.existsBy(Account, { personId: person.id })) {
      throw BadUserInputError.field('token', `${person.name} already has an account. Sign in instead.`);
    }
    if (!person.email)
      throw BadUserInputError.field('token', 'This person has no email address any more. Ask for a new invitation.');
    // The account is written next, in the same transaction: refused, it undoes this too.
    await em.update(Invitation, { id: invitation.id }, { acceptedAt: new Date() });
    return {
      organizationId: person.organizationId,
      personId: person.id,
      email: person.email,
      passwordHash,
      role: Role.MEMBER,
    };
  });
  await limiter.recordSuccess(keys);
  ctx.log.info({ accountId: account.id, personId: account.personId }, 'invitation accepted');
  return signedIn(ctx, account, token);
}
