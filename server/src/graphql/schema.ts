import 'reflect-metadata';
import './enums';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DateTimeISO } from './date-time';
import { guardArguments } from './input-hygiene';
import { AuthResolver } from '../modules/accounts/auth.resolver';
import { InvitationResolver } from '../modules/invitations/invitation.resolver';
import {
  CheckInResolver,
  DelegationResolver,
  GoalDelegationResolver,
  HelpRequestResolver,
  PlanDelegationsResolver,
} from '../modules/delegations/delegation.resolver';
import {
  ActionItemResolver,
  AgendaItemResolver,
  OneOnOneResolver,
  PlanOneOnOnesResolver,
  ViewerCalendarResolver,
} from '../modules/one-on-ones/one-on-one.resolver';
import { createOneOnOnePubSub, type OneOnOnePubSub } from '../modules/one-on-ones/one-on-one.events';
import { PeopleResolver } from '../modules/people/people.resolver';
import { RecordResolver } from '../modules/record/record.resolver';
import { PlanReflectionsResolver, ReflectionResolver } from '../modules/reflections/reflection.resolver';
import { GoalResolver, PersonPlanResolver, PlanResolver } from '../modules/plans/plan.resolver';

export const resolvers = [
  AuthResolver,
  PeopleResolver,
  InvitationResolver,
  PlanResolver,
  PersonPlanResolver,
  GoalResolver,
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
  RecordResolver,
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
