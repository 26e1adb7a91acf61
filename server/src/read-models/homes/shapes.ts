import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { listOrder, parentColumn } from '../../core/db/batch';
import { jsonRow, type JsonRow } from '../../core/db/json-rows';
import { operationFields } from '../../core/selection';
import { CheckIn } from '../../delegations/check-in.entity';
import { Delegation } from '../../delegations/delegation.entity';
import { HelpRequest } from '../../delegations/help-request.entity';
import { ActionItem, AgendaItem, OneOnOne } from '../../one-on-ones/one-on-one.entity';
import { Person } from '../../identity/people/person.entity';
import { Reflection } from '../../reflections/reflection.entity';
import { Activity } from '../../plans/activity.entity';
import { Gap } from '../../plans/gap.entity';
import { ChangeGoal } from '../../plans/goal.entity';
import { GrowthPlan } from '../../plans/plan.entity';
import { SignalRatingRow } from '../../plans/signal-rating.entity';

import { ALL } from '../../core/reads';
import {
  columnsRead,
  KINDS,
  NARROWED,
  PEOPLE_SOURCES,
  PLAN_PEOPLE,
  readPath,
  readsAny,
  sending,
  type ListKind,
  type Part,
  type PeopleSource,
} from './reads';

export type InPlan = 'organizationId' | 'planId';
export type InOneOnOne = 'organizationId' | 'oneOnOneId';

/** Each row as compact JSON, without the columns the statement already fixes (organization, parent). */
export function shapesFor(db: DataSource) {
  return {
    plan: jsonRow(db, GrowthPlan, ['organizationId']),
    signal: jsonRow<SignalRatingRow, InPlan>(db, SignalRatingRow, ['organizationId', 'planId']),
    gap: jsonRow<Gap, InPlan>(db, Gap, ['organizationId', 'planId']),
    activity: jsonRow<Activity, InPlan>(db, Activity, ['organizationId', 'planId']),
    goal: jsonRow<ChangeGoal, InPlan>(db, ChangeGoal, ['organizationId', 'planId']),
    delegation: jsonRow<Delegation, InPlan>(db, Delegation, ['organizationId', 'planId']),
    checkIn: jsonRow(db, CheckIn, ['organizationId', 'delegationId']),
    oneOnOne: jsonRow<OneOnOne, InPlan>(db, OneOnOne, ['organizationId', 'planId']),
    agendaItem: jsonRow<AgendaItem, InOneOnOne>(db, AgendaItem, ['organizationId', 'oneOnOneId']),
    actionItem: jsonRow<ActionItem, InOneOnOne>(db, ActionItem, ['organizationId', 'oneOnOneId']),
    helpRequest: jsonRow<HelpRequest, InPlan>(db, HelpRequest, ['organizationId', 'planId']),
    reflection: jsonRow<Reflection, InPlan>(db, Reflection, ['organizationId', 'planId']),
    person: jsonRow(db, Person, ['organizationId']),
    lists: listsFor(db),
  };
}

export type Shapes = ReturnType<typeof shapesFor>;

export const shapesByDataSource = new WeakMap<DataSource, Shapes>();

export function shapesOf(db: DataSource): Shapes {
  let shapes = shapesByDataSource.get(db);
  if (!shapes) shapesByDataSource.set(db, (shapes = shapesFor(db)));
  return shapes;
}

/** Per list, its parent column and its order as SQL (`listOrder`): the loader's own spec. */
function listsFor(db: DataSource) {
  const lists = {} as Record<ListKind, { parent: string; order: (alias: string) => string }>;
  for (const kind of Object.keys(KINDS) as ListKind[]) {
    const { spec } = KINDS[kind];
    lists[kind] = { parent: parentColumn(db, spec), order: (alias) => listOrder(db, spec, alias) };
  }
  return lists;
}

/** What one query asks of the plans: the parts to read, each kind of row with the columns sent, whether check-ins are, the people named. */
export type Shaped = Shapes & {
  parts: ReadonlySet<Part>;
  checkIns: boolean;
  people: ReadonlySet<PeopleSource>;
};

export function shape(shapes: Shapes, info: GraphQLResolveInfo, selected: Map<string, FieldNode[]>): Shaped {
  const path = readPath();
  const parts = new Set<Part>();
  const planColumns = new Set<string>();
  for (const field of selected.keys()) {
    for (const part of path.partsByField.get(field) ?? []) parts.add(part);
    const read = path.planColumnsByField.get(field);
    for (const column of read === ALL ? Object.keys(PLAN_PEOPLE) : (read ?? [])) planColumns.add(column);
  }
  const operation = operationFields(info);
  const checkIns = readsAny(operation, path.reads.checkIn);
  const shaped: Shaped = { ...shapes, parts, checkIns, people: new Set() };
  for (const kind of NARROWED) {
    const whole = shapes[kind] as JsonRow<object, never>;
    (shaped as Record<ListKind, JsonRow<object, never>>)[kind] = sending(
      whole,
      columnsRead(whole, operation, path.reads[kind], path.declared),
    );
  }
  // The people the rows sent name: a person-id column sent (of the plan: read by a field asked for).
  const people = new Set<PeopleSource>();
  for (const [column, source] of Object.entries(PLAN_PEOPLE)) if (planColumns.has(column)) people.add(source);
  if (people.has('owner') && operation.has('Person.manager')) people.add('ownersManager');
  for (const kind of Object.keys(KINDS) as ListKind[]) {
    const { part, people: named = {} } = KINDS[kind] as { part: Part; people?: Record<string, PeopleSource> };
    if (!parts.has(part) || (kind === 'checkIn' && !checkIns)) continue;
    for (const [column, source] of Object.entries(named)) if (shaped[kind].columns.includes(column)) people.add(source);
  }
  // In a fixed order: the statement's text is the same for the same query.
  shaped.people = new Set(PEOPLE_SOURCES.filter((source) => people.has(source)));
  return shaped;
}
