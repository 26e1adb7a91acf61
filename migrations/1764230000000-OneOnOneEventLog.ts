import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live 1:1 events are written, not only notified (issue 12): each change inserts a row in the
 * writing transaction and `pg_notify`s its id. An instance whose LISTEN connection was away
 * (the database restarted, the connection dropped) replays the rows it missed when it is back,
 * so open subscriptions lose nothing. Rows are kept for a day; `created_at` serves both the
 * replay and the clean-up.
 */
export class OneOnOneEventLog1764230000000 implements MigrationInterface {
  name = 'OneOnOneEventLog1764230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE one_on_one_event (
        id bigserial PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        one_on_one_id uuid NOT NULL REFERENCES one_on_one(id) ON DELETE CASCADE,
        change text NOT NULL,
        by_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX one_on_one_event_organization_id_idx ON one_on_one_event (organization_id)`);
    await q.query(`CREATE INDEX one_on_one_event_one_on_one_id_idx ON one_on_one_event (one_on_one_id)`);
    await q.query(`CREATE INDEX one_on_one_event_created_at_idx ON one_on_one_event (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE one_on_one_event`);
  }
}
