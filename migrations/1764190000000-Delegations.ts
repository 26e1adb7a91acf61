import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Delegations with their check-ins, help requests, and what owned delegations freed of a goal (§2.5, §2.6). */
export class Delegations1764190000000 implements MigrationInterface {
  name = 'Delegations1764190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE delegation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES growth_plan(id) ON DELETE CASCADE,
        activity_id uuid REFERENCES activity(id) ON DELETE SET NULL,
        activity_name text NOT NULL,
        delegator_id uuid NOT NULL REFERENCES person(id),
        delegatee_id uuid NOT NULL REFERENCES person(id),
        hours_per_week numeric(5,2) NOT NULL CHECK (hours_per_week > 0),
        learning_objective text NOT NULL,
        goal_id uuid REFERENCES change_goal(id) ON DELETE SET NULL,
        stage text NOT NULL DEFAULT 'PLANNED' CHECK (stage IN ('PLANNED','SHADOWING','PAIRING','REVIEWING','OWNED','RECLAIMED')),
        handed_over_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (delegatee_id <> delegator_id)
      )`);
    await q.query(`CREATE INDEX delegation_organization_id_idx ON delegation (organization_id)`);
    await q.query(`CREATE INDEX delegation_plan_id_idx ON delegation (plan_id)`);
    await q.query(`CREATE INDEX delegation_delegatee_id_idx ON delegation (delegatee_id)`);
    await q.query(`CREATE INDEX delegation_delegator_id_idx ON delegation (delegator_id)`);
    await q.query(`CREATE INDEX delegation_activity_id_idx ON delegation (activity_id)`);
    await q.query(`CREATE INDEX delegation_goal_id_idx ON delegation (goal_id)`);

    await q.query(`
      CREATE TABLE check_in (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        delegation_id uuid NOT NULL REFERENCES delegation(id) ON DELETE CASCADE,
        side text NOT NULL CHECK (side IN ('DELEGATOR','DELEGATEE')),
        author_id uuid NOT NULL REFERENCES person(id),
        at timestamptz NOT NULL DEFAULT now(),
        confidence integer NOT NULL CHECK (confidence BETWEEN 1 AND 5),
        coaching_hours numeric(5,2) NOT NULL CHECK (coaching_hours >= 0),
        note text
      )`);
    await q.query(`CREATE INDEX check_in_organization_id_idx ON check_in (organization_id)`);
    await q.query(`CREATE INDEX check_in_delegation_id_idx ON check_in (delegation_id, at)`);
    await q.query(`CREATE INDEX check_in_author_id_idx ON check_in (author_id)`);

    await q.query(`
      CREATE TABLE help_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES growth_plan(id) ON DELETE CASCADE,
        requester_id uuid REFERENCES person(id) ON DELETE SET NULL,
        requester_name text NOT NULL,
        topic text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        unique_skill boolean NOT NULL,
        reusable_lesson boolean NOT NULL,
        owning_team_exists boolean NOT NULL,
        guidance_horizon text NOT NULL CHECK (guidance_horizon IN ('ONE_OFF','WEEKS','MONTHS')),
        decision text CHECK (decision IN ('HELP','TEACH','REDIRECT')),
        redirected_to text,
        hours_spent numeric(5,2) NOT NULL DEFAULT 0 CHECK (hours_spent >= 0),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (decision IS DISTINCT FROM 'REDIRECT' OR redirected_to IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX help_request_organization_id_idx ON help_request (organization_id)`);
    await q.query(`CREATE INDEX help_request_plan_received_idx ON help_request (plan_id, received_at DESC, id DESC)`);
    await q.query(`CREATE INDEX help_request_requester_id_idx ON help_request (requester_id)`);

    // Hours of a goal's stop already taken off the week by owned delegations serving it.
    await q.query(
      `ALTER TABLE change_goal ADD COLUMN stop_freed_hours numeric(5,2) NOT NULL DEFAULT 0 CHECK (stop_freed_hours >= 0)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE change_goal DROP COLUMN stop_freed_hours`);
    await q.query(`DROP TABLE help_request`);
    await q.query(`DROP TABLE check_in`);
    await q.query(`DROP TABLE delegation`);
  }
}
