-- What PostGraphile 5 needs to answer the manager-home query, created in the bench database only.
--
-- PostGraphile exposes tables; Fulcrum's derived fields (readiness, the week by mode today and
-- projected, anti-pattern detection, the next 1:1) and its visibility rule are business logic.
-- The PostGraphile way to add them is SQL: computed-column functions (`<table>_<field>(row)`)
-- and a root function. Each one below implements the same rule as Fulcrum's TypeScript
-- (shared/src/plan/*.ts, the resolvers and loaders); the bench checks the answers are identical.
-- The viewer comes from the session cookie, as in Fulcrum: PostGraphile's `pgSettings` puts the
-- token's HMAC into `fulcrum.token_hash` for the transaction.

CREATE SCHEMA bench_pgl;

CREATE TYPE bench_pgl.hours_by AS (key text, hours double precision);
CREATE TYPE bench_pgl.anti_pattern_finding AS (pattern text, detected boolean);

-- Query.visiblePlans: the viewer's own plan, plans they manage, and every plan below them in
-- the manager chain; not archived; oldest first (server/src/read-models/homes/homes.resolver.ts).
CREATE FUNCTION bench_pgl.visible_plans() RETURNS SETOF public.growth_plan
LANGUAGE sql STABLE AS $$
  WITH RECURSIVE viewer AS (
    SELECT a.person_id, a.organization_id
      FROM public.session s JOIN public.account a ON a.id = s.account_id
     WHERE s.token_hash = current_setting('fulcrum.token_hash', true) AND s.expires_at > now()
  ), below AS (
    SELECT p.id, p.organization_id FROM public.person p JOIN viewer v ON p.organization_id = v.organization_id AND p.manager_id = v.person_id
    UNION
    SELECT p.id, p.organization_id FROM public.person p JOIN below b ON p.organization_id = b.organization_id AND p.manager_id = b.id
  )
  SELECT gp.*
    FROM public.growth_plan gp JOIN viewer v ON gp.organization_id = v.organization_id
   WHERE gp.status <> 'ARCHIVED'
     AND (gp.owner_id = v.person_id OR gp.manager_id = v.person_id OR gp.owner_id IN (SELECT id FROM below))
   ORDER BY gp.created_at, gp.id
$$;

-- GrowthPlan.readiness.stage (shared/src/plan/signals.ts): the manager's rating, else the self
-- rating; any blocker CLEAR → FOCUS_ON_SENIOR_SCOPE; else 2+ change signals CLEAR → READY_FOR_CHANGE.
CREATE FUNCTION bench_pgl.growth_plan_readiness_stage(p public.growth_plan) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE
           WHEN bool_or(x.blocker AND x.rating = 'CLEAR') THEN 'FOCUS_ON_SENIOR_SCOPE'
           WHEN count(*) FILTER (WHERE NOT x.blocker AND x.rating = 'CLEAR') >= 2 THEN 'READY_FOR_CHANGE'
           ELSE 'BUILDING_SIGNALS'
         END
    FROM (SELECT sr.signal IN ('REPLACEMENT_GAP', 'ROTATION_DOUBT', 'INCONSISTENCY') AS blocker,
                 coalesce(max(sr.rating) FILTER (WHERE sr.side = 'MANAGER'), max(sr.rating) FILTER (WHERE sr.side = 'SELF')) AS rating
            FROM public.signal_rating sr
           WHERE sr.plan_id = p.id
           GROUP BY sr.signal) x
$$;

-- GrowthPlan.week.current.byMode (shared/src/plan/week.ts): hours per mode, both keys, enum order.
CREATE FUNCTION bench_pgl.growth_plan_current_by_mode(p public.growth_plan) RETURNS SETOF bench_pgl.hours_by
LANGUAGE sql STABLE AS $$
  SELECT m.key, coalesce(sum(a.hours_per_week), 0)::double precision
    FROM (VALUES (1, 'DOING'), (2, 'MULTIPLYING')) m(ord, key)
    LEFT JOIN public.activity a ON a.plan_id = p.id AND a.mode = m.key
   GROUP BY m.ord, m.key
   ORDER BY m.ord
$$;

-- GrowthPlan.week.projected.byMode (shared/src/plan/goals.ts): every PROPOSED or ACTIVE goal
-- applied: its stop (less what owned delegations already freed) shrinks the stopped activity,
-- never below 0; its start grows an activity of the week or adds a new one.
CREATE FUNCTION bench_pgl.growth_plan_projected_by_mode(p public.growth_plan) RETURNS SETOF bench_pgl.hours_by
LANGUAGE sql STABLE AS $$
  WITH open_goal AS (
    SELECT g.* FROM public.change_goal g WHERE g.plan_id = p.id AND g.status IN ('PROPOSED', 'ACTIVE')
  ), week AS (
    SELECT a.mode,
           greatest(0, a.hours_per_week - coalesce((SELECT sum(greatest(0, g.stop_hours - g.stop_freed_hours))
                                                      FROM open_goal g WHERE g.stop_activity_id = a.id), 0)) AS hours
      FROM public.activity a WHERE a.plan_id = p.id
    UNION ALL
    SELECT coalesce(sa.mode, g.start_mode), g.start_hours
      FROM open_goal g LEFT JOIN public.activity sa ON sa.id = g.start_activity_id AND sa.plan_id = p.id
     WHERE g.start_activity_id IS NULL OR sa.id IS NOT NULL
  )
  SELECT m.key, coalesce(sum(w.hours), 0)::double precision
    FROM (VALUES (1, 'DOING'), (2, 'MULTIPLYING')) m(ord, key)
    LEFT JOIN week w ON w.mode = m.key
   GROUP BY m.ord, m.key
   ORDER BY m.ord
$$;

-- GrowthPlan.nextOneOnOne (one-on-one.loaders.ts): the earliest 1:1 still UPCOMING.
CREATE FUNCTION bench_pgl.growth_plan_next_one_on_one(p public.growth_plan) RETURNS public.one_on_one
LANGUAGE sql STABLE AS $$
  SELECT o.* FROM public.one_on_one o
   WHERE o.plan_id = p.id AND o.status = 'UPCOMING'
   ORDER BY o.scheduled_at, o.id
   LIMIT 1
$$;

-- GrowthPlan.antiPatterns { pattern detected } (shared/src/plan/anti-patterns.ts): all seven,
-- in enum order; the last three are self-reported only, never detected.
CREATE FUNCTION bench_pgl.growth_plan_anti_patterns(p public.growth_plan) RETURNS SETOF bench_pgl.anti_pattern_finding
LANGUAGE sql STABLE AS $$
  SELECT f.pattern, f.detected FROM (VALUES
    (1, 'ADDITION_NOT_CHANGE', EXISTS (
      SELECT 1 FROM public.change_goal g
       WHERE g.plan_id = p.id AND g.status IN ('PROPOSED', 'ACTIVE') AND (g.stop_hours IS NULL OR g.stop_hours <= 0))),
    (2, 'PREMIUM_SENIOR', coalesce((
      SELECT count(*) >= 2 AND (array_agg(r.share ORDER BY r.quarter DESC))[1] >= (array_agg(r.share ORDER BY r.quarter DESC))[2]
        FROM (SELECT x.quarter, CASE WHEN x.d + x.m = 0 THEN 0 ELSE x.d / (x.d + x.m) END AS share
                FROM (SELECT rf.quarter, (rf.snapshot -> 'point' ->> 'doingHours')::double precision AS d,
                             (rf.snapshot -> 'point' ->> 'multiplyingHours')::double precision AS m
                        FROM public.reflection rf WHERE rf.plan_id = p.id) x) r), false)),
    (3, 'SCATTERED_SMALL_WINS', (
      SELECT count(*) > 5 OR (count(*) > 0 AND bool_and(greatest(coalesce(g.stop_hours, 0), g.start_hours) < 4))
        FROM public.change_goal g WHERE g.plan_id = p.id AND g.status = 'ACTIVE')),
    (4, 'OVERWHELMED_BY_REQUESTS', (
      SELECT coalesce(sum(h.hours_spent), 0) > 0.2 * 4 * p.weekly_hours
        FROM public.help_request h WHERE h.plan_id = p.id AND h.received_at >= now() - interval '28 days')),
    (5, 'MEDIATOR_MIMIC', false),
    (6, 'NOT_MY_JOB', false),
    (7, 'RUSHING', false)
  ) f(ord, pattern, detected)
  ORDER BY f.ord
$$;

-- Lists, not connections, for the computed fields: they are small fixed sets.
COMMENT ON FUNCTION bench_pgl.growth_plan_current_by_mode(public.growth_plan) IS E'@behavior -connection +list';
COMMENT ON FUNCTION bench_pgl.growth_plan_projected_by_mode(public.growth_plan) IS E'@behavior -connection +list';
COMMENT ON FUNCTION bench_pgl.growth_plan_anti_patterns(public.growth_plan) IS E'@behavior -connection +list';
COMMENT ON FUNCTION bench_pgl.visible_plans() IS E'@behavior -connection +list';
