import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
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

import {
  type Part,
  PARTS_BY_FIELD,
  type RowReads,
  SIGNAL_READS,
  ACTIVITY_READS,
  GOAL_READS,
  REQUEST_READS,
  REFLECTION_READS,
  DELEGATION_READS,
  CHECK_IN_READS,
  AGENDA_READS,
  ACTION_ITEM_READS,
  columnsRead,
  readsAny,
  sending,
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
  };
}

export type Shapes = ReturnType<typeof shapesFor>;

export const shapesByDataSource = new WeakMap<DataSource, Shapes>();

export function shapesOf(db: DataSource): Shapes {
  let shapes = shapesByDataSource.get(db);
  if (!shapes) shapesByDataSource.set(db, (shapes = shapesFor(db)));
  return shapes;
}

/** The lists whose columns follow what the operation reads (the other rows are sent whole). */
export const LIST_READS = {
  signal: SIGNAL_READS,
  activity: ACTIVITY_READS,
  goal: GOAL_READS,
  delegation: DELEGATION_READS,
  checkIn: CHECK_IN_READS,
  agendaItem: AGENDA_READS,
  actionItem: ACTION_ITEM_READS,
  helpRequest: REQUEST_READS,
  reflection: REFLECTION_READS,
} satisfies Partial<Record<keyof Shapes, RowReads>>;

/** Where the people the plans' rows name come from (each only when its column is read). */
export type PeopleSource =
  | 'owner'
  | 'ownersManager'
  | 'manager'
  | 'delegatee'
  | 'delegator'
  | 'checkInAuthor'
  | 'agendaAuthor'
  | 'actionItemOwner';

/** What one query asks of the plans: the parts to read, each kind of row with the columns sent, whether check-ins are, the people named. */
export type Shaped = Shapes & {
  parts: ReadonlySet<Part>;
  checkIns: boolean;
  people: ReadonlySet<PeopleSource>;
};

export function shape(shapes: Shapes, info: GraphQLResolveInfo, selected: Map<string, FieldNode[]>): Shaped {
  const parts = new Set<Part>();
  for (const field of selected.keys()) for (const part of PARTS_BY_FIELD[field] ?? []) parts.add(part);
  const operation = operationFields(info);
  const people = new Set<PeopleSource>();
  const shaped: Shaped = {
    ...shapes,
    parts,
    checkIns: readsAny(operation, CHECK_IN_READS),
    people,
  };
  for (const [name, reads] of Object.entries(LIST_READS) as [keyof typeof LIST_READS, RowReads][]) {
    const whole = shapes[name] as JsonRow<object, never>;
    (shaped as Record<keyof typeof LIST_READS, JsonRow<object, never>>)[name] = sending(
      whole,
      columnsRead(whole, operation, reads),
    );
  }
  const sends = (shape: { columns: readonly string[] }, column: string) => shape.columns.includes(column);
  if (selected.has('owner')) people.add('owner');
  if (selected.has('owner') && operation.has('Person.manager')) people.add('ownersManager');
  if (selected.has('manager')) people.add('manager');
  if (parts.has('delegations') && sends(shaped.delegation, 'delegateeId')) people.add('delegatee');
  if (parts.has('delegations') && sends(shaped.delegation, 'delegatorId')) people.add('delegator');
  if (parts.has('delegations') && shaped.checkIns && sends(shaped.checkIn, 'authorId')) people.add('checkInAuthor');
  if (parts.has('nextOneOnOne') && sends(shaped.agendaItem, 'authorId')) people.add('agendaAuthor');
  if (parts.has('nextOneOnOne') && sends(shaped.actionItem, 'ownerId')) people.add('actionItemOwner');
  return shaped;
}
