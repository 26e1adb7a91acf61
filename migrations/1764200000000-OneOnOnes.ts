import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 1:1 sessions of a plan: agenda, versioned shared notes, private notes, action items (§3). */
export class OneOnOnes1764200000000 implements MigrationInterface {
  name = 'OneOnOnes1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE one_on_one (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES growth_plan(id) ON DELETE CASCADE,
        scheduled_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'UPCOMING' CHECK (status IN ('UPCOMING','DONE')),
        shared_notes text NOT NULL DEFAULT '' CHECK (length(shared_notes) <= 100000),
        shared_notes_version integer NOT NULL DEFAULT 1,
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX one_on_one_organization_id_idx ON one_on_one (organization_id)`);
    await q.query(`CREATE INDEX one_on_one_plan_scheduled_idx ON one_on_one (plan_id, scheduled_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        one_on_one_id uuid NOT NULL REFERENCES one_on_one(id) ON DELETE CASCADE,
        text text NOT NULL,
        author_id uuid NOT NULL REFERENCES person(id),
        position integer NOT NULL,
        link_kind text CHECK (link_kind IN ('SIGNAL','GAP','GOAL','DELEGATION')),
        link_id text,
        discussed boolean NOT NULL DEFAULT false,
        proposed boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((link_kind IS NULL) = (link_id IS NULL))
      )`);
    await q.query(`CREATE INDEX agenda_item_organization_id_idx ON agenda_item (organization_id)`);
    await q.query(`CREATE INDEX agenda_item_one_on_one_idx ON agenda_item (one_on_one_id, position)`);
    await q.query(`CREATE INDEX agenda_item_author_id_idx ON agenda_item (author_id)`);

    // One private note per participant and 1:1; only its author can ever read it.
    await q.query(`
      CREATE TABLE private_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        one_on_one_id uuid NOT NULL REFERENCES one_on_one(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        text text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (one_on_one_id, author_id)
      )`);
    await q.query(`CREATE INDEX private_note_organization_id_idx ON private_note (organization_id)`);
    await q.query(`CREATE INDEX private_note_author_id_idx ON private_note (author_id)`);

    await q.query(`
      CREATE TABLE action_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        one_on_one_id uuid NOT NULL REFERENCES one_on_one(id) ON DELETE CASCADE,
        text text NOT NULL,
        owner_id uuid NOT NULL REFERENCES person(id),
        due_on date,
        done boolean NOT NULL DEFAULT false,
        carried_from_id uuid REFERENCES action_item(id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX action_item_organization_id_idx ON action_item (organization_id)`);
    await q.query(`CREATE INDEX action_item_one_on_one_idx ON action_item (one_on_one_id, created_at)`);
    await q.query(`CREATE INDEX action_item_owner_id_idx ON action_item (owner_id)`);
    await q.query(`CREATE INDEX action_item_carried_from_id_idx ON action_item (carried_from_id)`);

    // Bumped to rotate the secret of a person's calendar feed URL (the URL is an HMAC of it).
    await q.query(`ALTER TABLE person ADD COLUMN calendar_feed_version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person DROP COLUMN calendar_feed_version`);
    await q.query(`DROP TABLE action_item`);
    await q.query(`DROP TABLE private_note`);
    await q.query(`DROP TABLE agenda_item`);
    await q.query(`DROP TABLE one_on_one`);
  }
}
