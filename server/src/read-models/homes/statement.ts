import { OneOnOneStatus, PlanStatus, REQUEST_WINDOW_DAYS } from '@fulcrum/shared';
import { jsonList } from '../../core/db/json-rows';
import { BELOW_CTE } from '../../core/org-chart';
import { planReadableSql } from '../../plans/plan.policy';

import { type Shapes, LIST_READS, type PeopleSource, type Shaped } from './shapes';

/** The statement's text per shape: built once, then reused (and prepared by PostgreSQL's plan cache alike). */
export const statementCache = new WeakMap<Shapes, Map<string, string>>();

/**
 * One row per visible plan, `doc` holding the plan and the requested parts. $1 organization,
 * $2 viewer; `below` is everyone below the viewer (the people policy's subtree, inline), and
 * which plans are visible is the plan policy's own rule (`planReadableSql`). The
 * constants of the rules (statuses, the request window) are written into the text: they are
 * the code's own values, never input.
 * Orders are the loaders' orders (see each module's `*.loaders.ts`).
 */
export function statement(shapes: Shapes, shaped: Shaped): string {
  const { parts } = shaped;
  const key = [
    [...parts].sort().join(','),
    [...shaped.people].sort().join(','),
    shaped.checkIns,
    ...Object.keys(LIST_READS).map((name) => shaped[name as keyof typeof LIST_READS].columns),
  ].join('|');
  let cache = statementCache.get(shapes);
  if (!cache) statementCache.set(shapes, (cache = new Map()));
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

const of = (table: string, alias: string, parent: string) =>
  `FROM ${table} ${alias} WHERE ${alias}.organization_id = $1 AND ${alias}.${parent}`;

/** The plan's document: the plan, then each part the query asks for, as compact JSON. */
function planPieces(shaped: Shaped): string[] {
  const { parts } = shaped;
  const pieces: string[] = [`'plan', ${shaped.plan.sql('p')}`];
  if (parts.has('signals'))
    pieces.push(
      `'signals', ${jsonList(shaped.signal.sql('s'), of('signal_rating', 's', 'plan_id = p.id'), 's.signal, s.id')}`,
    );
  if (parts.has('gaps'))
    pieces.push(`'gaps', ${jsonList(shaped.gap.sql('g'), of('gap', 'g', 'plan_id = p.id'), 'g.created_at, g.id')}`);
  if (parts.has('activities'))
    pieces.push(
      `'activities', ${jsonList(shaped.activity.sql('a'), of('activity', 'a', 'plan_id = p.id'), 'a.created_at, a.id')}`,
    );
  if (parts.has('goals'))
    pieces.push(
      `'goals', ${jsonList(shaped.goal.sql('cg'), of('change_goal', 'cg', 'plan_id = p.id'), 'cg.created_at, cg.id')}`,
    );
  if (parts.has('delegations')) {
    const checkIns = shaped.checkIns
      ? jsonList(shaped.checkIn.sql('c'), of('check_in', 'c', 'delegation_id = d.id'), 'c.at, c.id')
      : 'NULL';
    pieces.push(
      `'delegations', ${jsonList(`json_build_array(${shaped.delegation.sql('d')}, ${checkIns})`, of('delegation', 'd', 'plan_id = p.id'), 'd.created_at, d.id')}`,
    );
  }
  if (parts.has('nextOneOnOne')) {
    const agenda = jsonList(
      shaped.agendaItem.sql('ag'),
      of('agenda_item', 'ag', 'one_on_one_id = o.id'),
      'ag.position, ag.created_at, ag.id',
    );
    const actionItems = jsonList(
      shaped.actionItem.sql('ai'),
      of('action_item', 'ai', 'one_on_one_id = o.id'),
      'ai.created_at, ai.id',
    );
    pieces.push(`'nextOneOnOne', (SELECT json_build_array(${shaped.oneOnOne.sql('o')}, ${agenda}, ${actionItems})
      ${of('one_on_one', 'o', 'plan_id = p.id')} AND o.status = '${OneOnOneStatus.UPCOMING}' ORDER BY o.scheduled_at, o.id LIMIT 1)`);
  }
  if (parts.has('recentRequests')) {
    pieces.push(
      `'recentRequests', ${jsonList(shaped.helpRequest.sql('h'), `${of('help_request', 'h', 'plan_id = p.id')} AND h.received_at >= now() - make_interval(days => ${Number(REQUEST_WINDOW_DAYS)})`, 'h.received_at, h.id')}`,
    );
  }
  if (parts.has('reflections'))
    pieces.push(
      `'reflections', ${jsonList(shaped.reflection.sql('r'), of('reflection', 'r', 'plan_id = p.id'), 'r.quarter, r.id')}`,
    );

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
