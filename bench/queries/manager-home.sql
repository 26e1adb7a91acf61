-- The manager-home query as one hand-written statement: the physical limit of the bench.
-- $1 is the HMAC of the session token (as Fulcrum stores it). PostgreSQL builds the whole
-- response body, byte for byte what Fulcrum answers to bench/queries/manager-home.graphql:
-- the same visibility rule, the same derived fields, the same orders.
WITH RECURSIVE viewer AS (
  SELECT a.person_id, a.organization_id
    FROM session s JOIN account a ON a.id = s.account_id
   WHERE s.token_hash = $1 AND s.expires_at > now()
), below AS (
  SELECT p.id, p.organization_id FROM person p JOIN viewer v ON p.organization_id = v.organization_id AND p.manager_id = v.person_id
  UNION
  SELECT p.id, p.organization_id FROM person p JOIN below b ON p.organization_id = b.organization_id AND p.manager_id = b.id
), plans AS (
  SELECT gp.*
    FROM growth_plan gp JOIN viewer v ON gp.organization_id = v.organization_id
   WHERE gp.status <> 'ARCHIVED'
     AND (gp.owner_id = v.person_id OR gp.manager_id = v.person_id OR gp.owner_id IN (SELECT id FROM below))
)
SELECT json_build_object('data', json_build_object('visiblePlans', coalesce(json_agg(home_row.home ORDER BY p.created_at, p.id), '[]'::json)))::text AS body
  FROM plans p
  CROSS JOIN LATERAL (
    SELECT json_build_object(
      'id', p.id,
      'status', p.status,
      'targetArchetype', p.target_archetype,
      'owner', (SELECT json_build_object('id', o.id, 'name', o.name, 'title', o.title) FROM person o WHERE o.id = p.owner_id),
      'readiness', json_build_object('stage', (
        SELECT CASE
                 WHEN bool_or(x.blocker AND x.rating = 'CLEAR') THEN 'FOCUS_ON_SENIOR_SCOPE'
                 WHEN count(*) FILTER (WHERE NOT x.blocker AND x.rating = 'CLEAR') >= 2 THEN 'READY_FOR_CHANGE'
                 ELSE 'BUILDING_SIGNALS'
               END
          FROM (SELECT sr.signal IN ('REPLACEMENT_GAP', 'ROTATION_DOUBT', 'INCONSISTENCY') AS blocker,
                       coalesce(max(sr.rating) FILTER (WHERE sr.side = 'MANAGER'), max(sr.rating) FILTER (WHERE sr.side = 'SELF')) AS rating
                  FROM signal_rating sr WHERE sr.plan_id = p.id GROUP BY sr.signal) x)),
      'week', json_build_object(
        'current', json_build_object('byMode', (
          SELECT json_build_array(
                   json_build_object('key', 'DOING', 'hours', coalesce(sum(a.hours_per_week) FILTER (WHERE a.mode = 'DOING'), 0)::float8),
                   json_build_object('key', 'MULTIPLYING', 'hours', coalesce(sum(a.hours_per_week) FILTER (WHERE a.mode = 'MULTIPLYING'), 0)::float8))
            FROM activity a WHERE a.plan_id = p.id)),
        'projected', json_build_object('byMode', (
          SELECT json_build_array(
                   json_build_object('key', 'DOING', 'hours', coalesce(sum(w.hours) FILTER (WHERE w.mode = 'DOING'), 0)::float8),
                   json_build_object('key', 'MULTIPLYING', 'hours', coalesce(sum(w.hours) FILTER (WHERE w.mode = 'MULTIPLYING'), 0)::float8))
            FROM (
              SELECT a.mode,
                     greatest(0, a.hours_per_week - coalesce((
                       SELECT sum(greatest(0, g.stop_hours - g.stop_freed_hours)) FROM change_goal g
                        WHERE g.plan_id = p.id AND g.status IN ('PROPOSED', 'ACTIVE') AND g.stop_activity_id = a.id), 0)) AS hours
                FROM activity a WHERE a.plan_id = p.id
              UNION ALL
              SELECT coalesce(sa.mode, g.start_mode), g.start_hours
                FROM change_goal g LEFT JOIN activity sa ON sa.id = g.start_activity_id AND sa.plan_id = p.id
               WHERE g.plan_id = p.id AND g.status IN ('PROPOSED', 'ACTIVE') AND (g.start_activity_id IS NULL OR sa.id IS NOT NULL)
            ) w))),
      'nextOneOnOne', (
        SELECT json_build_object(
                 'id', n.id,
                 'scheduledAt', to_char(n.scheduled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                 'actionItems', (SELECT coalesce(json_agg(json_build_object('id', ai.id, 'text', ai.text, 'done', ai.done) ORDER BY ai.created_at, ai.id), '[]'::json)
                                   FROM action_item ai WHERE ai.one_on_one_id = n.id))
          FROM one_on_one n
         WHERE n.plan_id = p.id AND n.status = 'UPCOMING'
         ORDER BY n.scheduled_at, n.id
         LIMIT 1),
      'delegations', (
        SELECT coalesce(json_agg(json_build_object(
                 'id', d.id,
                 'activityName', d.activity_name,
                 'stage', d.stage,
                 'delegatee', json_build_object('name', dp.name),
                 'checkIns', (SELECT coalesce(json_agg(json_build_object(
                                        'confidence', c.confidence,
                                        'at', to_char(c.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) ORDER BY c.at, c.id), '[]'::json)
                                FROM check_in c WHERE c.delegation_id = d.id)
               ) ORDER BY d.created_at, d.id), '[]'::json)
          FROM delegation d JOIN person dp ON dp.id = d.delegatee_id
         WHERE d.plan_id = p.id),
      'antiPatterns', json_build_array(
        json_build_object('pattern', 'ADDITION_NOT_CHANGE', 'detected', EXISTS (
          SELECT 1 FROM change_goal g
           WHERE g.plan_id = p.id AND g.status IN ('PROPOSED', 'ACTIVE') AND (g.stop_hours IS NULL OR g.stop_hours <= 0))),
        json_build_object('pattern', 'PREMIUM_SENIOR', 'detected', coalesce((
          SELECT count(*) >= 2 AND (array_agg(r.share ORDER BY r.quarter DESC))[1] >= (array_agg(r.share ORDER BY r.quarter DESC))[2]
            FROM (SELECT x.quarter, CASE WHEN x.d + x.m = 0 THEN 0 ELSE x.d / (x.d + x.m) END AS share
                    FROM (SELECT rf.quarter, (rf.snapshot -> 'point' ->> 'doingHours')::float8 AS d,
                                 (rf.snapshot -> 'point' ->> 'multiplyingHours')::float8 AS m
                            FROM reflection rf WHERE rf.plan_id = p.id) x) r), false)),
        json_build_object('pattern', 'SCATTERED_SMALL_WINS', 'detected', (
          SELECT count(*) > 5 OR (count(*) > 0 AND bool_and(greatest(coalesce(g.stop_hours, 0), g.start_hours) < 4))
            FROM change_goal g WHERE g.plan_id = p.id AND g.status = 'ACTIVE')),
        json_build_object('pattern', 'OVERWHELMED_BY_REQUESTS', 'detected', (
          SELECT coalesce(sum(h.hours_spent), 0) > 0.2 * 4 * p.weekly_hours
            FROM help_request h WHERE h.plan_id = p.id AND h.received_at >= now() - interval '28 days')),
        json_build_object('pattern', 'MEDIATOR_MIMIC', 'detected', false),
        json_build_object('pattern', 'NOT_MY_JOB', 'detected', false),
        json_build_object('pattern', 'RUSHING', 'detected', false))
    ) AS home
  ) home_row
