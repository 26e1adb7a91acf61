import type { DataSource } from 'typeorm';

/**
 * The recursive CTE `below`: everyone below person $2 in organization $1's manager chain (not
 * including the person). For statements that need it inline (the plans preload).
 */
export const BELOW_CTE = `below AS (
  SELECT id FROM person WHERE organization_id = $1 AND manager_id = $2
  UNION
  SELECT p.id FROM person p JOIN below b ON p.manager_id = b.id WHERE p.organization_id = $1
)`;

/** Everyone below `personId` in the manager chain (not including the person). */
export async function descendantsOf(
  db: Pick<DataSource, 'query'>,
  organizationId: string,
  personId: string,
): Promise<string[]> {
  const rows: { id: string }[] = await db.query(`WITH RECURSIVE ${BELOW_CTE} SELECT id FROM below`, [
    organizationId,
    personId,
  ]);
  return rows.map((r) => r.id);
}
