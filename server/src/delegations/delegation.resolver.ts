import {
  coachingHoursTotal,
  isAtRisk,
  leverageRatio,
  nextCheckInDue,
  recommendation,
  DelegationStage,
  HelpDecision,
} from '@fulcrum/shared';
import { Arg, Args, Ctx, FieldResolver, Float, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionOf, PageArgs, type Connection } from '../core/connection';
import type { Context } from '../core/context';
import { after, type Eventually } from '../core/eventually';
import { NotFoundError } from '../core/errors';
import { ALL, Reads } from '../core/reads';
import { namedPerson } from '../identity/people/people.service';
import { Person } from '../identity/people/person.entity';
import { Activity } from '../plans/activity.entity';
import { ChangeGoal } from '../plans/goal.entity';
import { GrowthPlan } from '../plans/plan.entity';
import { CheckIn } from './check-in.entity';
import { Delegation } from './delegation.entity';
import {
  AdvanceDelegationInput,
  CheckInInput,
  CreateDelegationInput,
  DecideHelpRequestInput,
  LogHelpRequestInput,
} from './delegation.inputs';
import { delegationAccess, seesPlanContent } from './delegation.policy';
import * as delegations from './delegation.service';
import { HelpRequest } from './help-request.entity';
import * as requests from './help-request.service';

@Resolver(() => Delegation)
export class DelegationResolver {
  @Query(() => [Delegation], { description: 'Delegations where the viewer is the delegatee.' })
  delegationsToMe(@Ctx() ctx: Context): Promise<Delegation[]> {
    return delegations.delegationsToMe(ctx);
  }

  @Mutation(() => Delegation)
  createDelegation(@Arg('input') input: CreateDelegationInput, @Ctx() ctx: Context): Promise<Delegation> {
    return delegations.createDelegation(ctx, input);
  }

  @Mutation(() => Delegation)
  advanceDelegation(@Arg('input') input: AdvanceDelegationInput, @Ctx() ctx: Context): Promise<Delegation> {
    return delegations.advanceDelegation(ctx, input);
  }

  @Mutation(() => CheckIn, { description: 'Side from who the viewer is.' })
  checkIn(@Arg('input') input: CheckInInput, @Ctx() ctx: Context): Promise<CheckIn> {
    return delegations.checkIn(ctx, input);
  }

  @Reads({ delegation: ['createdAt'] })
  @FieldResolver(() => Date, {
    description: 'When it was agreed: a delegation never checked in on is at risk 14 days later.',
  })
  createdAt(@Root() delegation: Delegation): Date {
    return delegation.createdAt;
  }

  /** The plan itself: never opened to a delegatee who cannot otherwise read it. */
  @Reads({ delegation: ['delegateeId'] })
  @FieldResolver(() => GrowthPlan)
  async plan(@Root() delegation: Delegation, @Ctx() ctx: Context): Promise<GrowthPlan> {
    const plan = await ctx.loaders.plans.plan.load(delegation.planId);
    if (!plan || !seesPlanContent(await delegationAccess(ctx, delegation))) throw new NotFoundError('plan');
    return plan;
  }

  @Reads({ delegation: ['activityId', 'delegateeId'], activity: [] })
  @FieldResolver(() => Activity, {
    nullable: true,
    description: 'Null once the hours have fully left the week.',
  })
  async activity(@Root() delegation: Delegation, @Ctx() ctx: Context): Promise<Activity | null> {
    if (!delegation.activityId || !seesPlanContent(await delegationAccess(ctx, delegation))) return null;
    return (
      (await ctx.loaders.plans.activitiesByPlan.load(delegation.planId)).find((a) => a.id === delegation.activityId) ??
      null
    );
  }

  @Reads({ delegation: ['delegatorId'] })
  @FieldResolver(() => Person)
  delegator(@Root() delegation: Delegation, @Ctx() ctx: Context): Eventually<Person> {
    return namedPerson(ctx, delegation.delegatorId);
  }

  @Reads({ delegation: ['delegateeId'] })
  @FieldResolver(() => Person)
  delegatee(@Root() delegation: Delegation, @Ctx() ctx: Context): Eventually<Person> {
    return namedPerson(ctx, delegation.delegateeId);
  }

  @Reads({ delegation: ['goalId', 'delegateeId'], goal: [] })
  @FieldResolver(() => ChangeGoal, { nullable: true })
  async goal(@Root() delegation: Delegation, @Ctx() ctx: Context): Promise<ChangeGoal | null> {
    if (!delegation.goalId || !seesPlanContent(await delegationAccess(ctx, delegation))) return null;
    return (
      (await ctx.loaders.plans.goalsByPlan.load(delegation.planId)).find((g) => g.id === delegation.goalId) ?? null
    );
  }

  @Reads({ checkIn: [] })
  @FieldResolver(() => [CheckIn], { description: 'Oldest first.' })
  checkIns(@Root() delegation: Delegation, @Ctx() ctx: Context): Eventually<CheckIn[]> {
    return ctx.loaders.delegations.checkInsByDelegation.get(delegation.id);
  }

  @Reads({ delegation: ['stage', 'createdAt'], checkIn: ['at', 'confidence'] })
  @FieldResolver(() => Boolean, {
    description: 'Not final, and the last check-in had confidence ≤ 2 or nobody checked in for 14 days.',
  })
  atRisk(@Root() delegation: Delegation, @Ctx() ctx: Context): Eventually<boolean> {
    return after(this.checkIns(delegation, ctx), (checkIns) => isAtRisk(delegation, checkIns));
  }

  @Reads({ delegation: ['stage', 'createdAt'], checkIn: ['at'] })
  @FieldResolver(() => Date, {
    nullable: true,
    description: '14 days after the last check-in (or the creation); null once OWNED or RECLAIMED.',
  })
  nextCheckInDue(@Root() delegation: Delegation, @Ctx() ctx: Context): Eventually<Date | null> {
    return after(this.checkIns(delegation, ctx), (checkIns) => nextCheckInDue(delegation, checkIns));
  }

  @Reads({ checkIn: ['coachingHours'] })
  @FieldResolver(() => Float)
  coachingHoursTotal(@Root() delegation: Delegation, @Ctx() ctx: Context): Eventually<number> {
    return after(this.checkIns(delegation, ctx), coachingHoursTotal);
  }

  @Reads({ delegation: ['stage', 'hoursPerWeek', 'handedOverAt'], checkIn: ['coachingHours'] })
  @FieldResolver(() => Float, { nullable: true, description: 'Null until coaching hours > 0.' })
  leverageRatio(@Root() delegation: Delegation, @Ctx() ctx: Context): Eventually<number | null> {
    return after(this.checkIns(delegation, ctx), (checkIns) => leverageRatio(delegation, checkIns));
  }
}

@Resolver(() => CheckIn)
export class CheckInResolver {
  @Reads({ checkIn: ['authorId'] })
  @FieldResolver(() => Person)
  author(@Root() checkIn: CheckIn, @Ctx() ctx: Context): Eventually<Person> {
    return namedPerson(ctx, checkIn.authorId);
  }
}

const HelpRequestConnection = connectionOf('HelpRequest', HelpRequest);

@Resolver(() => HelpRequest)
export class HelpRequestResolver {
  @Mutation(() => HelpRequest)
  logHelpRequest(@Arg('input') input: LogHelpRequestInput, @Ctx() ctx: Context): Promise<HelpRequest> {
    return requests.logHelpRequest(ctx, input);
  }

  @Mutation(() => HelpRequest)
  decideHelpRequest(@Arg('input') input: DecideHelpRequestInput, @Ctx() ctx: Context): Promise<HelpRequest> {
    return requests.decideHelpRequest(ctx, input);
  }

  @Reads({ helpRequest: ['requesterId'] })
  @FieldResolver(() => Person, { nullable: true })
  requester(@Root() request: HelpRequest, @Ctx() ctx: Context): Promise<Person | null> | null {
    return request.requesterId ? ctx.loaders.person.load(request.requesterId) : null;
  }

  @Reads({ helpRequest: ALL })
  @FieldResolver(() => HelpDecision)
  recommendation(@Root() request: HelpRequest): HelpDecision {
    return recommendation(request);
  }
}

/** The plan's delegations and help requests; reached only through a plan the viewer reads. */
@Resolver(() => GrowthPlan)
export class PlanDelegationsResolver {
  @Reads({ delegation: [] })
  @FieldResolver(() => [Delegation])
  delegations(@Root() plan: GrowthPlan, @Ctx() ctx: Context): Eventually<Delegation[]> {
    return ctx.loaders.delegations.delegationsByPlan.get(plan.id);
  }

  @Reads.nothing()
  @FieldResolver(() => HelpRequestConnection)
  helpRequests(
    @Root() plan: GrowthPlan,
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
  ): Promise<Connection<HelpRequest>> {
    return requests.listHelpRequests(ctx, plan.id, page);
  }
}

@Resolver(() => ChangeGoal)
export class GoalDelegationResolver {
  @Reads({ delegation: ['goalId', 'stage'] })
  @FieldResolver(() => Delegation, {
    nullable: true,
    description: "The delegation that frees this goal's hours, if any.",
  })
  async delegation(@Root() goal: ChangeGoal, @Ctx() ctx: Context): Promise<Delegation | null> {
    const serving = (await ctx.loaders.delegations.delegationsByPlan.load(goal.planId)).filter(
      (d) => d.goalId === goal.id,
    );
    return serving.filter((d) => d.stage !== DelegationStage.RECLAIMED).at(-1) ?? serving.at(-1) ?? null;
  }
}
