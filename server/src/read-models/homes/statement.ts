import { OneOnOneStatus, PlanStatus, REQUEST_WINDOW_DAYS } from '@fulcrum/shared';
import { jsonList } from '../../core/db/json-rows';
import { BELOW_CTE } from '../../core/org-chart';
import { planReadableSql } from '../../plans/plan.policy';

import { NARROWED, type ListKind, type PeopleSource } from './reads';
import { type Shapes, type Shaped } from './shapes';

/** The statement's text per shape: built once, then reused (and prepared by PostgreSQL's plan cache alike). */
export const statementCache = new WeakMap<Shapes, Map<string, string>>();

/**
 * One row per visible plan, `doc` holding the plan and the requested parts. $1 organization,
 * $2 viewer; `below` is everyone below the viewer (the people policy's subtree, inline), and
 * which plans are visible is the plan policy's own rule (`planReadableSql`). The
 * constants of the rules (statuses, the request window) are written into the text: they are
 * the code's own values, never input.
 * Each list is read by its loader's spec (each module's `*.loaders.ts`): the same parent, the same order.
 */
export function statement(shapes: Shapes, shaped: Shaped): string {
  const { parts } = shaped;
  const key = [
    [...parts].sort().join(','),
    [...shaped.people].sort().join(','),
    shaped.checkIns,
    ...NARROWED.map((kind) => shaped[kind].columns),
  ].join('|');
  let cache = statementCache.get(shapes);
  if (!cache) statementCache.set(shapes, (cache = new Map<string, string>()));
  const cached = cache.get(key);
  if (cached) return cached;

  const pieces = planPieces(shaped);
  const sources = peopleSql();
  const people = [...shaped.people].map((source) => sources[source]);

  const sql = `WITH RECURSIVE ${BELOW_CTE},
visible AS MATERIALIZED (
  SELECT * FROM growth_plan p
  WHERE p.organization_id = $1 AND p.status <> '${PlanStatus.ARCHIVED}' AND ${planReadableSql('p', '$2')}
)
SELECT doc, person FROM (
  SELECT json_build_object(${pieces.join(',\n  ')})::text AS doc, NULL AS person, 0 AS k, p.created_at AS at, p.id FROM visible p
${
  people.length === 0
    ? ''
    : `  UNION ALL
  SELECT NULL, ${shaped.person.sql('x')}::text, 1, NULL, x.id FROM person x
  WHERE x.organization_id = $1 AND x.id IN (${people.join('\n    UNION ')})
`
}) rows
ORDER BY k, at, id`;
  cache.set(key, sql);
  return sql;
}

/** The plan's document: the plan, then each part the query asks for, as compact JSON. */
function planPieces(shaped: Shaped): string[] {
  const { parts, lists } = shaped;
  /** The rows of `kind` aliased `alias` whose parent is `parent`. */
  const of = (kind: ListKind, alias: string, parent: string) =>
    `FROM ${shaped[kind].table} ${alias} WHERE ${alias}.organization_id = $1 AND ${alias}.${lists[kind].parent} = ${parent}`;
  /** Those rows as a JSON list in the loader's order. */
  const list = (kind: ListKind, alias: string, parent: string, element = shaped[kind].sql(alias), where = '') =>
    jsonList(element, `${of(kind, alias, parent)}${where}`, lists[kind].order(alias));
  const pieces: string[] = [`'plan', ${shaped.plan.sql('p')}`];
  if (parts.has('signals')) pieces.push(`'signals', ${list('signal', 's', 'p.id')}`);
  if (parts.has('gaps')) pieces.push(`'gaps', ${list('gap', 'g', 'p.id')}`);
  if (parts.has('activities')) pieces.push(`'activities', ${list('activity', 'a', 'p.id')}`);
  if (parts.has('goals')) pieces.push(`'goals', ${list('goal', 'cg', 'p.id')}`);
  if (parts.has('delegations')) {
    const checkIns = shaped.checkIns ? list('checkIn', 'c', 'd.id') : 'NULL';
    pieces.push(
      `'delegations', ${list('delegation', 'd', 'p.id', `json_build_array(${shaped.delegation.sql('d')}, ${checkIns})`)}`,
    );
  }
  if (parts.has('nextOneOnOne')) {
    const agenda = list('agendaItem', 'ag', 'o.id');
    const actionItems = list('actionItem', 'ai', 'o.id');
    pieces.push(`'nextOneOnOne', (SELECT json_build_array(${shaped.oneOnOne.sql('o')}, ${agenda}, ${actionItems})
      ${of('oneOnOne', 'o', 'p.id')} AND o.status = '${OneOnOneStatus.UPCOMING}' ORDER BY ${lists.oneOnOne.order('o')} LIMIT 1)`);
  }
  if (parts.has('recentRequests')) {
    pieces.push(
      `'recentRequests', ${list('helpRequest', 'h', 'p.id', undefined, ` AND h.received_at >= now() - make_interval(days => ${REQUEST_WINDOW_DAYS})`)}`,
    );
  }
  if (parts.has('reflections')) pieces.push(`'reflections', ${list('reflection', 'r', 'p.id')}`);

  return pieces;
}

/**
 * The people the rows name, a superset (every upcoming 1:1's items, not only the next one's):
 * read in the same statement, they cost no statement of their own and never race another
 * field's batch.
 */
function peopleSql(): Record<PeopleSource, string> {
  const upcoming = `SELECT o.id FROM one_on_one o WHERE o.organization_id = $1 AND o.plan_id IN (SELECT id FROM visible) AND o.status = '${OneOnOneStatus.UPCOMING}'`;
  const ofDelegations = (column: string, from = 'delegation d', where = '') =>
    `SELECT ${column} FROM ${from} WHERE d.organization_id = $1 AND d.plan_id IN (SELECT id FROM visible)${where}`;
  return {
    owner: 'SELECT owner_id FROM visible',
    ownersManager:
      'SELECT o.manager_id FROM person o WHERE o.organization_id = $1 AND o.id IN (SELECT owner_id FROM visible)',
    manager: 'SELECT manager_id FROM visible',
    delegatee: ofDelegations('d.delegatee_id'),
    delegator: ofDelegations('d.delegator_id'),
    checkInAuthor: ofDelegations(
      'c.author_id',
      'check_in c JOIN delegation d ON d.id = c.delegation_id',
      ' AND c.organization_id = $1',
    ),
    agendaAuthor: `SELECT author_id FROM agenda_item WHERE organization_id = $1 AND one_on_one_id IN (${upcoming})`,
    actionItemOwner: `SELECT owner_id FROM action_item WHERE organization_id = $1 AND one_on_one_id IN (${upcoming})`,
  };
}
