import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations, people, accounts, sessions, invitations and the sign-in rate limiter.
 * Enumerations are text with CHECK constraints so adding a value is a one-line migration.
 */
export class Foundation1764163200000 implements MigrationInterface {
  name = 'Foundation1764163200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        default_weekly_hours numeric(5,2) NOT NULL DEFAULT 40 CHECK (default_weekly_hours > 0 AND default_weekly_hours <= 80),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        name text NOT NULL,
        email text,
        title text,
        level text NOT NULL CHECK (level IN ('JUNIOR','MID','SENIOR','LEAD','STAFF','PRINCIPAL')),
        track text NOT NULL CHECK (track IN ('INDIVIDUAL_CONTRIBUTOR','MANAGER')),
        specialty text,
        manager_id uuid REFERENCES person(id) ON DELETE SET NULL CHECK (manager_id <> id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX person_organization_id_idx ON person (organization_id, name, id)`);
    await q.query(`CREATE INDEX person_manager_id_idx ON person (manager_id)`);
    await q.query(
      `CREATE UNIQUE INDEX person_organization_email_key ON person (organization_id, email) WHERE email IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        person_id uuid NOT NULL UNIQUE REFERENCES person(id) ON DELETE CASCADE,
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN','MEMBER')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX account_organization_id_idx ON account (organization_id)`);

    await q.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX session_organization_id_idx ON session (organization_id)`);
    await q.query(`CREATE INDEX session_account_id_idx ON session (account_id)`);
    await q.query(`CREATE INDEX session_expires_at_idx ON session (expires_at)`);

    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        invited_by_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX invitation_organization_id_idx ON invitation (organization_id)`);
    await q.query(`CREATE INDEX invitation_person_id_idx ON invitation (person_id)`);
    await q.query(`CREATE INDEX invitation_invited_by_id_idx ON invitation (invited_by_id)`);

    // The table layout rate-limiter-flexible's RateLimiterPostgres expects (it is told not to create it).
    await q.query(`
      CREATE TABLE sign_in_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sign_in_limit`);
    await q.query(`DROP TABLE invitation`);
    await q.query(`DROP TABLE session`);
    await q.query(`DROP TABLE account`);
    await q.query(`DROP TABLE person`);
    await q.query(`DROP TABLE organization`);
  }
}
