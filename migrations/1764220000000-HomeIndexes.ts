import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The manager's home at scale (issue 7): the people below a manager are walked level by level
 * (`descendantsOf`, a recursive query on `manager_id` within one organization). Without this
 * index PostgreSQL reads the whole `person` table at every level once an organization is a
 * sizeable part of it; `person_manager_id_idx` stays for the foreign key's own lookups.
 */
export class HomeIndexes1764220000000 implements MigrationInterface {
  name = 'HomeIndexes1764220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX person_organization_manager_idx ON person (organization_id, manager_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX person_organization_manager_idx`);
  }
}
