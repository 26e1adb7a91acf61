import 'reflect-metadata';
import '../core/enums';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DateTimeISO } from '../core/date-time';
import { guardArguments } from '../core/input-hygiene';
import { AuthResolver } from '../identity/accounts/auth.resolver';
import { InvitationResolver } from '../identity/invitations/invitation.resolver';
import {
  CheckInResolver,
  DelegationResolver,
  GoalDelegationResolver,
  HelpRequestResolver,
  PlanDelegationsResolver,
} from '../delegations/delegation.resolver';
import {
  ActionItemResolver,
  AgendaItemResolver,
  OneOnOneResolver,
  PlanOneOnOnesResolver,
  ViewerCalendarResolver,
} from '../one-on-ones/one-on-one.resolver';
import { createOneOnOnePubSub, type OneOnOnePubSub } from '../one-on-ones/one-on-one.events';
import { PeopleResolver } from '../identity/people/people.resolver';
import { RecordResolver } from '../read-models/record/record.resolver';
// Imported in this order: a type's fields appear in the schema in the order their resolvers load.
import { PlanQueryResolver } from '../plans/plan-query.resolver';
import { HomesResolver } from '../read-models/homes/homes.resolver';
import { GoalResolver, PersonPlanResolver, PlanResolver } from '../plans/plan.resolver';
import { PlanAntiPatternsResolver } from '../read-models/plan-insights/anti-patterns.resolver';
import { PlanReflectionsResolver, ReflectionResolver } from '../reflections/reflection.resolver';
import { PlanTrendResolver } from '../read-models/plan-insights/trend.resolver';
import { NotificationResolver, ViewerNotificationsResolver } from '../notifications/notification.resolver';

export const resolvers = [
  AuthResolver,
  PeopleResolver,
  InvitationResolver,
  PlanQueryResolver,
  HomesResolver,
  PlanResolver,
  PersonPlanResolver,
  GoalResolver,
  PlanAntiPatternsResolver,
  DelegationResolver,
  CheckInResolver,
  HelpRequestResolver,
  PlanDelegationsResolver,
  GoalDelegationResolver,
  OneOnOneResolver,
  AgendaItemResolver,
  ActionItemResolver,
  PlanOneOnOnesResolver,
  ViewerCalendarResolver,
  ReflectionResolver,
  PlanReflectionsResolver,
  PlanTrendResolver,
  RecordResolver,
  NotificationResolver,
  ViewerNotificationsResolver,
] as const;

/**
 * The schema; `pubSub` is where the instance's live 1:1 events arrive (a fresh one to only print
 * it). Every field with arguments checks them first (input-hygiene.ts: control characters,
 * hours, dates, list sizes), then class-validator's lengths run, then the resolver.
 */
export async function buildFulcrumSchema(pubSub: OneOnOnePubSub = createOneOnOnePubSub()): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...resolvers],
    pubSub,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
  });
  return guardArguments(schema);
}
