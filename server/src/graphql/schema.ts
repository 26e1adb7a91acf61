import 'reflect-metadata';
import './enums';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../modules/accounts/auth.resolver';
import { InvitationResolver } from '../modules/invitations/invitation.resolver';
import { PeopleResolver } from '../modules/people/people.resolver';
import { GoalResolver, PersonPlanResolver, PlanResolver } from '../modules/plans/plan.resolver';

export const resolvers = [AuthResolver, PeopleResolver, InvitationResolver, PlanResolver, PersonPlanResolver, GoalResolver] as const;

export function buildFulcrumSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers],
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
  });
}
