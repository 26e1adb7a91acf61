import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reaching people (issue 14): password-reset links (a keyed hash of the token, single use, an
 * hour), the in-app inbox (one row per message, written when its job runs; `job_id` lets a retry
 * find the row its first attempt wrote, `emailed_at` that the email left), each person's
 * preferences, and the development mailbox (emails kept when no SMTP server is configured,
 * outside production). graphile-worker's own tables are not here: it installs and migrates its
 * `graphile_worker` schema itself when the job runner starts.
 */
export class ReachingPeople1764240000000 implements MigrationInterface {
  name = 'ReachingPeople1764240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX password_reset_organization_id_idx ON password_reset (organization_id)`);
    await q.query(`CREATE INDEX password_reset_account_id_idx ON password_reset (account_id)`);

    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        recipient_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('INVITATION','PASSWORD_RESET','ONE_ON_ONE_PREPARE','ONE_ON_ONE_FOLLOW_UP','CHECK_IN_DUE','DELEGATION_AT_RISK','ACTION_ITEM_DUE','REFLECTION_SHARED','REFLECTION_DUE','WEEKLY_BRIEF')),
        title text NOT NULL,
        body text NOT NULL,
        url text NOT NULL,
        subject_type text,
        subject_id uuid,
        job_id bigint UNIQUE,
        emailed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_organization_id_idx ON notification (organization_id)`);
    // The inbox: a person's items newest first (scanned backwards), and the unread count.
    await q.query(`CREATE INDEX notification_inbox_idx ON notification (recipient_id, created_at, id)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (recipient_id) WHERE read_at IS NULL`);

    await q.query(`
      CREATE TABLE notification_preference (
        person_id uuid PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        email_off text[] NOT NULL DEFAULT '{}',
        weekly_brief_day integer NOT NULL DEFAULT 1 CHECK (weekly_brief_day BETWEEN 1 AND 7),
        weekly_brief_hour integer NOT NULL DEFAULT 8 CHECK (weekly_brief_hour BETWEEN 0 AND 23),
        time_zone text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX notification_preference_organization_id_idx ON notification_preference (organization_id)`,
    );

    await q.query(`
      CREATE TABLE dev_mailbox_message (
        id bigserial PRIMARY KEY,
        message_id text NOT NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        html text NOT NULL,
        text text NOT NULL,
        headers jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dev_mailbox_message`);
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`DROP TABLE notification`);
    await q.query(`DROP TABLE password_reset`);
  }
}
