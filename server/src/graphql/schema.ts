import 'reflect-metadata';
import './enums';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../modules/accounts/auth.resolver';
import { InvitationResolver } from '../modules/invitations/invitation.resolver';
import {
  CheckInResolver,
  DelegationResolver,
  GoalDelegationResolver,
  HelpRequestResolver,
  PlanDelegationsResolver,
} from '../modules/delegations/delegation.resolver';
import { PeopleResolver } from '../modules/people/people.resolver';
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
] as const;

export function buildFulcrumSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
  });
}
