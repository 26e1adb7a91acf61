import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Quarterly reflections with their frozen snapshot, and the promotion-case narrative (§4). */
export class Reflections1764210000000 implements MigrationInterface {
  name = 'Reflections1764210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reflection (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES growth_plan(id) ON DELETE CASCADE,
        quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SHARED','SIGNED_OFF')),
        snapshot jsonb NOT NULL,
        self_text text,
        manager_text text,
        next_gap_id uuid REFERENCES gap(id) ON DELETE SET NULL,
        self_reported_anti_patterns text[] NOT NULL DEFAULT '{}',
        signed_off_by_self boolean NOT NULL DEFAULT false,
        signed_off_by_manager boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (plan_id, quarter)
      )`);
    await q.query(`CREATE INDEX reflection_organization_id_idx ON reflection (organization_id)`);
    await q.query(`CREATE INDEX reflection_next_gap_id_idx ON reflection (next_gap_id)`);
    await q.query(`ALTER TABLE growth_plan ADD COLUMN promotion_narrative text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE growth_plan ADD COLUMN promotion_narrative_version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE growth_plan DROP COLUMN promotion_narrative_version`);
    await q.query(`ALTER TABLE growth_plan DROP COLUMN promotion_narrative`);
    await q.query(`DROP TABLE reflection`);
  }
}
