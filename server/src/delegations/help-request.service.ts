import { activityHoursProblem, HelpDecision, isId, LIMITS, requiredTextProblem } from '@fulcrum/shared';
import { newestFirstPage, type Connection, type PageArgs } from '../core/connection';
import type { Context } from '../core/context';
import { BadUserInputError } from '../core/errors';
import { assertValid, optionalText } from '../core/validation';
import { Person } from '../identity/people/person.entity';
import { assertVersion, changePlan, planOf } from '../plans/plan-change';
import type { DecideHelpRequestInput, LogHelpRequestInput } from './delegation.inputs';
import { HelpRequest } from './help-request.entity';

/** Logs a request that reached the plan's owner, with the four triage answers. */
export async function logHelpRequest(ctx: Context, input: LogHelpRequestInput): Promise<HelpRequest> {
  assertValid({
    topic: requiredTextProblem(input.topic, LIMITS.descriptionMax, 'Say what the request is about.'),
  });
  return changePlan(ctx, input.planId, async (em, plan) => {
    let requesterName = optionalText(input.requesterName);
    if (input.requesterId) {
      const requester = isId(input.requesterId)
        ? await em.findOneBy(Person, { id: input.requesterId, organizationId: plan.organizationId })
        : null;
      if (!requester)
        throw BadUserInputError.field('requesterId', 'Choose someone from your organization, or type a name.');
      requesterName = requester.name;
    }
    if (!requesterName) throw BadUserInputError.field('requesterName', 'Say who asked: pick a person or type a name.');
    return em.save(
      em.create(HelpRequest, {
        organizationId: plan.organizationId,
        planId: plan.id,
        requesterId: input.requesterId ?? null,
        requesterName,
        topic: input.topic.trim(),
        receivedAt: new Date(),
        uniqueSkill: input.uniqueSkill,
        reusableLesson: input.reusableLesson,
        owningTeamExists: input.owningTeamExists,
        guidanceHorizon: input.guidanceHorizon,
        decision: null,
        redirectedTo: null,
        hoursSpent: 0,
      }),
    );
  });
}

/** Records what was decided ("no" is never silence: a redirect names where to), and the hours spent. */
export async function decideHelpRequest(ctx: Context, input: DecideHelpRequestInput): Promise<HelpRequest> {
  const planId = await planOf(ctx, 'help request', () => ctx.loaders.delegations.helpRequest.load(input.id));
  const redirectedTo = optionalText(input.redirectedTo);
  assertValid({
    redirectedTo:
      input.decision === HelpDecision.REDIRECT && !redirectedTo ? 'Say whom or where you redirected them to.' : null,
    hoursSpent: input.hoursSpent == null || input.hoursSpent === 0 ? null : activityHoursProblem(input.hoursSpent, 80),
  });
  const saved = await changePlan(ctx, planId, async (em, plan) => {
    const request = await em.findOneByOrFail(HelpRequest, { id: input.id, planId: plan.id });
    assertVersion(request, input.version, request);
    request.decision = input.decision;
    request.redirectedTo = input.decision === HelpDecision.REDIRECT ? redirectedTo : null;
    if (input.hoursSpent != null) request.hoursSpent = input.hoursSpent;
    return em.save(request);
  });
  ctx.loaders.delegations.helpRequest.clear(saved.id);
  return saved;
}

/**
 * A plan's requests, newest first. The caller has checked that the viewer reads the plan.
 * Pages and counts go through the request's loaders: a list of plans costs two statements.
 */
export function listHelpRequests(ctx: Context, planId: string, page: PageArgs): Promise<Connection<HelpRequest>> {
  const { helpRequestPage, helpRequestCountByPlan } = ctx.loaders.delegations;
  return newestFirstPage({ page: helpRequestPage, count: helpRequestCountByPlan }, planId, page, 'requests');
}
