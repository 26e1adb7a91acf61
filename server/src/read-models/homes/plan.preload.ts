import type { GraphQLResolveInfo } from 'graphql';
import { type JsonRow } from '../../core/db/json-rows';
import type { Loader } from '../../core/db/loader';
import type { Context, Loaders } from '../../core/context';
import { selectedFields } from '../../core/selection';
import { GrowthPlan } from '../../plans/plan.entity';

import { shape, shapesOf, type Shaped } from './shapes';
import { statement } from './statement';

type Row = unknown[];

interface PlanDoc {
  plan: Row;
  signals?: Row[];
  gaps?: Row[];
  activities?: Row[];
  goals?: Row[];
  /** [delegation, its check-ins (null when none was asked for)] */
  delegations?: [Row, Row[] | null][];
  /** [1:1, its agenda, its action items] */
  nextOneOnOne?: [Row, Row[], Row[]] | null;
  recentRequests?: Row[];
  reflections?: Row[];
}

/**
 * The plans the viewer sees on their home (own, and the plans of people below them whose
 * manager is the viewer or below them; never archived ones), oldest first, with what `info`
 * asks of them already loaded.
 */
export async function loadVisiblePlans(
  ctx: Context,
  info: GraphQLResolveInfo,
  viewer: { organizationId: string; personId: string },
): Promise<GrowthPlan[]> {
  const { db } = ctx.app;
  const { loaders } = ctx;
  const selected = selectedFields(info);
  const shapes = shapesOf(db);
  const shaped = shape(shapes, info, selected);

  // Each plan's document as text, parsed as it is read: one plan's parsed rows are garbage
  // before the next is parsed, instead of all of them alive at once (less for the GC to copy).
  const rows: ({ doc: string; person: null } | { doc: null; person: string })[] = await db.query(
    statement(shapes, shaped),
    [viewer.organizationId, viewer.personId],
  );

  const { organizationId } = viewer;
  const plans: GrowthPlan[] = [];
  for (const row of rows) {
    if (row.person !== null) {
      const person = shaped.person.read(JSON.parse(row.person) as Row, { organizationId });
      loaders.person.prime(person.id, person);
      continue;
    }
    plans.push(primePlanDoc(loaders, shaped, JSON.parse(row.doc) as PlanDoc, organizationId));
  }
  return plans;
}

function primeEach<T extends { id: string }>(loader: Loader<T | null>, rows: T[]): T[] {
  for (const row of rows) loader.prime(row.id, row);
  return rows;
}

/** Reads one plan's document and primes the request's loaders with its rows. */
function primePlanDoc(loaders: Loaders, shaped: Shaped, doc: PlanDoc, organizationId: string): GrowthPlan {
  const plan = shaped.plan.read(doc.plan, { organizationId });
  const id = plan.id;
  const inPlan = { organizationId, planId: id };
  const readAll = <T, K extends keyof T>(shape: JsonRow<T, K>, list: Row[], known: Pick<T, K>) =>
    list.map((values) => shape.read(values, known));
  loaders.plans.plan.prime(id, plan);
  if (doc.signals) loaders.plans.signalsByPlan.prime(id, readAll(shaped.signal, doc.signals, inPlan));
  if (doc.gaps) loaders.plans.gapsByPlan.prime(id, primeEach(loaders.plans.gap, readAll(shaped.gap, doc.gaps, inPlan)));
  if (doc.activities)
    loaders.plans.activitiesByPlan.prime(
      id,
      primeEach(loaders.plans.activity, readAll(shaped.activity, doc.activities, inPlan)),
    );
  if (doc.goals)
    loaders.plans.goalsByPlan.prime(id, primeEach(loaders.plans.goal, readAll(shaped.goal, doc.goals, inPlan)));
  if (doc.delegations) {
    const delegations = doc.delegations.map(([row, checkIns]) => {
      const delegation = shaped.delegation.read(row, inPlan);
      if (checkIns) {
        const read = readAll(shaped.checkIn, checkIns, {
          organizationId,
          delegationId: delegation.id,
        });
        loaders.delegations.checkInsByDelegation.prime(delegation.id, read);
      }
      return delegation;
    });
    loaders.delegations.delegationsByPlan.prime(id, primeEach(loaders.delegations.delegation, delegations));
  }
  if (doc.nextOneOnOne !== undefined) {
    const next = doc.nextOneOnOne && shaped.oneOnOne.read(doc.nextOneOnOne[0], inPlan);
    loaders.oneOnOnes.nextByPlan.prime(id, next);
    if (next && doc.nextOneOnOne) {
      const inOneOnOne = { organizationId, oneOnOneId: next.id };
      loaders.oneOnOnes.oneOnOne.prime(next.id, next);
      const agenda = readAll(shaped.agendaItem, doc.nextOneOnOne[1], inOneOnOne);
      const actionItems = primeEach(
        loaders.oneOnOnes.actionItem,
        readAll(shaped.actionItem, doc.nextOneOnOne[2], inOneOnOne),
      );
      loaders.oneOnOnes.contentByOneOnOne.prime(next.id, { agenda, actionItems });
    }
  }
  if (doc.recentRequests) {
    loaders.delegations.recentRequestsByPlan.prime(
      id,
      primeEach(loaders.delegations.helpRequest, readAll(shaped.helpRequest, doc.recentRequests, inPlan)),
    );
  }
  if (doc.reflections) {
    loaders.reflections.reflectionsByPlan.prime(
      id,
      primeEach(loaders.reflections.reflection, readAll(shaped.reflection, doc.reflections, inPlan)),
    );
  }
  return plan;
}
