import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Growth plans with their signals, gaps, the week's activities and change goals (§2.1–2.4). */
export class GrowthPlan1764180000000 implements MigrationInterface {
  name = 'GrowthPlan1764180000000';

  async up(q: QueryRunner): Promise<void> {
    const levels = `('JUNIOR','MID','SENIOR','LEAD','STAFF','PRINCIPAL')`;
    await q.query(`
      CREATE TABLE growth_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        owner_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        manager_id uuid NOT NULL REFERENCES person(id),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','ACTIVE','ARCHIVED')),
        current_level text NOT NULL CHECK (current_level IN ${levels}),
        target_level text NOT NULL CHECK (target_level IN ${levels}),
        target_archetype text CHECK (target_archetype IN ('TECH_LEAD','SOLVER','ARCHITECT','RIGHT_HAND')),
        weekly_hours numeric(5,2) NOT NULL CHECK (weekly_hours >= 1 AND weekly_hours <= 80),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX growth_plan_organization_id_idx ON growth_plan (organization_id)`);
    await q.query(`CREATE INDEX growth_plan_owner_id_idx ON growth_plan (owner_id)`);
    await q.query(`CREATE INDEX growth_plan_manager_id_idx ON growth_plan (manager_id)`);
    // One plan per person that is not archived.
    await q.query(
      `CREATE UNIQUE INDEX growth_plan_one_open_per_owner ON growth_plan (owner_id) WHERE status <> 'ARCHIVED'`,
    );

    await q.query(`
      CREATE TABLE signal_rating (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES growth_plan(id) ON DELETE CASCADE,
        signal text NOT NULL CHECK (signal IN ('REPLACEMENT_GAP','ROTATION_DOUBT','INCONSISTENCY','DIMINISHING_RETURNS','FEEDBACK_DRIES_UP','ROLE_MODEL','CROSS_SPECIALTY_CONTACT')),
        side text NOT NULL CHECK (side IN ('SELF','MANAGER')),
        rating text NOT NULL CHECK (rating IN ('NOT_SEEN','EMERGING','CLEAR')),
        evidence text,
        rated_by_id uuid NOT NULL REFERENCES person(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (plan_id, signal, side)
      )`);
    await q.query(`CREATE INDEX signal_rating_organization_id_idx ON signal_rating (organization_id)`);
    await q.query(`CREATE INDEX signal_rating_rated_by_id_idx ON signal_rating (rated_by_id)`);

    await q.query(`
      CREATE TABLE gap (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES growth_plan(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('AUTONOMY','NEXT_SCOPE')),
        title text NOT NULL,
        description text,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','WORKING','CLOSED')),
        opened_quarter text NOT NULL CHECK (opened_quarter ~ '^[0-9]{4}-Q[1-4]$'),
        closed_quarter text CHECK (closed_quarter ~ '^[0-9]{4}-Q[1-4]$'),
        evidence text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'CLOSED') = (closed_quarter IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX gap_organization_id_idx ON gap (organization_id)`);
    await q.query(`CREATE INDEX gap_plan_id_idx ON gap (plan_id)`);

    await q.query(`
      CREATE TABLE activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES growth_plan(id) ON DELETE CASCADE,
        name text NOT NULL,
        hours_per_week numeric(5,2) NOT NULL CHECK (hours_per_week > 0),
        mode text NOT NULL CHECK (mode IN ('DOING','MULTIPLYING')),
        leverage text NOT NULL CHECK (leverage IN ('HIGH','NEUTRAL','OVERHEAD')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX activity_organization_id_idx ON activity (organization_id)`);
    await q.query(`CREATE INDEX activity_plan_id_idx ON activity (plan_id)`);

    await q.query(`
      CREATE TABLE change_goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES growth_plan(id) ON DELETE CASCADE,
        title text NOT NULL,
        lever text NOT NULL CHECK (lever IN ('BUILD_TOOLS_AND_ASSETS','SHARE_KNOWLEDGE','PUSH_IMPROVEMENTS_WIDELY','INVEST_TO_MULTIPLY','OWN_END_TO_END','LEAD_TECHNICAL_DECISIONS','OWN_SYSTEM_STATE','EXTEND_TIME_HORIZON','DEVELOP_OTHERS_WITH_MANAGERS','REPRESENT_EXPERTISE')),
        status text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED','ACTIVE','DONE','DROPPED')),
        gap_id uuid REFERENCES gap(id) ON DELETE SET NULL,
        stop_activity_id uuid REFERENCES activity(id) ON DELETE SET NULL,
        stop_activity_name text,
        stop_mode text CHECK (stop_mode IN ('DOING','MULTIPLYING')),
        stop_leverage text CHECK (stop_leverage IN ('HIGH','NEUTRAL','OVERHEAD')),
        stop_hours numeric(5,2) CHECK (stop_hours >= 0),
        start_activity_id uuid REFERENCES activity(id) ON DELETE SET NULL,
        start_activity_name text,
        start_mode text CHECK (start_mode IN ('DOING','MULTIPLYING')),
        start_leverage text CHECK (start_leverage IN ('HIGH','NEUTRAL','OVERHEAD')),
        start_hours numeric(5,2) NOT NULL CHECK (start_hours > 0),
        success_measure text,
        target_quarter text CHECK (target_quarter ~ '^[0-9]{4}-Q[1-4]$'),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX change_goal_organization_id_idx ON change_goal (organization_id)`);
    await q.query(`CREATE INDEX change_goal_plan_id_idx ON change_goal (plan_id)`);
    await q.query(`CREATE INDEX change_goal_gap_id_idx ON change_goal (gap_id)`);
    await q.query(`CREATE INDEX change_goal_stop_activity_id_idx ON change_goal (stop_activity_id)`);
    await q.query(`CREATE INDEX change_goal_start_activity_id_idx ON change_goal (start_activity_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE change_goal`);
    await q.query(`DROP TABLE activity`);
    await q.query(`DROP TABLE gap`);
    await q.query(`DROP TABLE signal_rating`);
    await q.query(`DROP TABLE growth_plan`);
  }
}
