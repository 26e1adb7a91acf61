import { NotificationKind, PASSWORD_RESET_MINUTES } from '@fulcrum/shared';
import type { JobRun, JobTasks } from '../core/jobs';
import { unseal } from '../core/sealed';
import { deliver, type DeliveryEnv } from './deliver';
import { InvitationEmail, PasswordResetEmail } from './mail/templates';

/** Where the client opens the links the emails carry. */
export const LINKS = {
  invitation: (origin: string, token: string) => `${origin}/invitation/${token}`,
  resetPassword: (origin: string, token: string) => `${origin}/reset-password/${token}`,
  home: (origin: string) => `${origin}/`,
};

interface InvitationRow {
  person_id: string;
  invitee: string;
  email: string | null;
  inviter: string;
  organization: string;
  expires_at: Date;
  pending: boolean;
}

interface ResetRow {
  person_id: string;
  name: string;
  email: string;
  usable: boolean;
}

/**
 * The invitee's email. Checked when the job runs, not when it was queued: the invitation must
 * still be pending (not accepted, replaced or expired), the invitee still without an account and
 * with an email address; otherwise nothing is sent.
 */
export async function sendInvitation(
  env: DeliveryEnv,
  payload: JobTasks['invitation-email'],
  run: JobRun,
): Promise<void> {
  const token = unseal(env.config.sessionSecret, payload.token);
  const [row] = (await env.db.query<InvitationRow[]>(
    `SELECT p.id AS person_id, p.name AS invitee, p.email, b.name AS inviter, o.name AS organization, i.expires_at,
            (i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
              AND NOT EXISTS (SELECT 1 FROM account a WHERE a.person_id = p.id)) AS pending
       FROM invitation i
       JOIN person p ON p.id = i.person_id AND p.organization_id = i.organization_id
       JOIN person b ON b.id = i.invited_by_id AND b.organization_id = i.organization_id
       JOIN organization o ON o.id = i.organization_id
      WHERE i.id = $1 AND i.organization_id = $2`,
    [payload.invitationId, payload.organizationId],
  )) as (InvitationRow | undefined)[];
  if (!token || !row?.pending || !row.email) {
    env.log.info(
      { invitationId: payload.invitationId, sealed: !!token },
      'invitation email dropped: no longer pending',
    );
    return;
  }
  const acceptUrl = LINKS.invitation(env.origin, token);
  const props = {
    inviteeName: row.invitee,
    inviterName: row.inviter,
    organizationName: row.organization,
    acceptUrl,
    expiresOn: row.expires_at.toISOString().slice(0, 10),
  };
  await deliver(env, run, {
    kind: NotificationKind.INVITATION,
    organizationId: payload.organizationId,
    recipientId: row.person_id,
    to: row.email,
    title: `${row.inviter} invited you to ${row.organization}`,
    body: 'Welcome to Fulcrum: the invitation was emailed to you.',
    url: LINKS.home(env.origin),
    subject: { type: 'Invitation', id: payload.invitationId },
    email: {
      subject: `${row.inviter} invited you to ${row.organization} on Fulcrum`,
      render: (unsubscribeUrl) => InvitationEmail({ ...props, unsubscribeUrl }),
    },
  });
}

/** The reset link's email, if the link is still unused and valid when the job runs. */
export async function sendPasswordReset(
  env: DeliveryEnv,
  payload: JobTasks['password-reset-email'],
  run: JobRun,
): Promise<void> {
  const token = unseal(env.config.sessionSecret, payload.token);
  const [row] = (await env.db.query<ResetRow[]>(
    `SELECT a.person_id, p.name, a.email, (r.used_at IS NULL AND r.expires_at > now()) AS usable
       FROM password_reset r
       JOIN account a ON a.id = r.account_id
       JOIN person p ON p.id = a.person_id AND p.organization_id = a.organization_id
      WHERE r.id = $1 AND r.organization_id = $2`,
    [payload.passwordResetId, payload.organizationId],
  )) as (ResetRow | undefined)[];
  if (!token || !row?.usable) {
    env.log.info({ passwordResetId: payload.passwordResetId }, 'password-reset email dropped: link used or expired');
    return;
  }
  const resetUrl = LINKS.resetPassword(env.origin, token);
  await deliver(env, run, {
    kind: NotificationKind.PASSWORD_RESET,
    organizationId: payload.organizationId,
    recipientId: row.person_id,
    to: row.email,
    title: 'A password reset was requested',
    body: 'A link to set a new password was emailed to you. If you did not ask for it, your password is unchanged.',
    url: LINKS.home(env.origin),
    subject: null,
    email: {
      subject: 'Set a new Fulcrum password',
      render: (unsubscribeUrl) =>
        PasswordResetEmail({ name: row.name, resetUrl, minutes: PASSWORD_RESET_MINUTES, unsubscribeUrl }),
    },
  });
}
