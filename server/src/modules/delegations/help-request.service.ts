import { activityHoursProblem, HelpDecision, isId, LIMITS, requiredTextProblem } from '@fulcrum/shared';
import type { Context } from '../../graphql/context';
import { BadUserInputError } from '../../graphql/errors';
import { assertValid, optionalText } from '../../graphql/validation';
import { Person } from '../people/person.entity';
import { assertVersion, changePlan, planOf } from '../plans/plan.service';
import type { DecideHelpRequestInput, LogHelpRequestInput } from './delegation.inputs';
import type { RequestPosition } from './delegation.loaders';
import { HelpRequest } from './help-request.entity';

/** Logs a request that reached the plan's owner, with the four triage answers. */
export async function logHelpRequest(ctx: Context, input: LogHelpRequestInput): Promise<HelpRequest> {
  assertValid({ topic: requiredTextProblem(input.topic, LIMITS.descriptionMax, 'Say what the request is about.') });
  return changePlan(ctx, input.planId, async (em, plan) => {
    let requesterName = optionalText(input.requesterName);
    if (input.requesterId) {
      const requester = isId(input.requesterId) ? await em.findOneBy(Person, { id: input.requesterId, organizationId: plan.organizationId }) : null;
      if (!requester) throw BadUserInputError.field('requesterId', 'Choose someone from your organization, or type a name.');
      requesterName = requester.name;
    }
    if (!requesterName) throw BadUserInputError.field('requesterName', 'Say who asked: pick a person or type a name.');
    return em.save(em.create(HelpRequest, {
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
    }));
  });
}

/** Records what was decided ("no" is never silence: a redirect names where to), and the hours spent. */
export async function decideHelpRequest(ctx: Context, input: DecideHelpRequestInput): Promise<HelpRequest> {
  const planId = await planOf(ctx, 'help request', () => ctx.loaders.delegations.helpRequest.load(input.id));
  const redirectedTo = optionalText(input.redirectedTo);
  assertValid({
    redirectedTo: input.decision === HelpDecision.REDIRECT && !redirectedTo ? 'Say whom or where you redirected them to.' : null,
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

export interface HelpRequestPage {
  edges: { cursor: string; node: HelpRequest }[];
  hasNextPage: boolean;
  totalCount: number;
}

/** A position as stored (to the microsecond), in UTC ISO 8601: what a cursor may carry. */
const POSITION_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

function encodeRequestCursor(position: RequestPosition): string {
  return Buffer.from(JSON.stringify([position.receivedAt, position.id])).toString('base64url');
}

function decodeRequestCursor(cursor: string): RequestPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) && value.length === 2 &&
      typeof value[0] === 'string' && POSITION_TIME.test(value[0]) && !Number.isNaN(Date.parse(value[0])) &&
      typeof value[1] === 'string' && isId(value[1])
    ) {
      return { receivedAt: value[0], id: value[1] };
    }
  } catch {
    // fall through to the input error
  }
  throw BadUserInputError.field('after', 'This cursor is not valid; start again from the first page.');
}

/**
 * A plan's requests, newest first. The caller has checked that the viewer reads the plan.
 * Pages and counts go through the request's loaders: a list of plans costs two statements.
 */
export async function listHelpRequests(ctx: Context, planId: string, first: number, after: string | null | undefined): Promise<HelpRequestPage> {
  assertValid({ first: first < 1 || first > LIMITS.pageSizeMax ? `Ask for between 1 and ${LIMITS.pageSizeMax} requests.` : null });
  const position = after ? decodeRequestCursor(after) : null;
  const loaders = ctx.loaders.delegations;
  const [rows, totalCount] = await Promise.all([
    loaders.helpRequestPage.load({ planId, first, after: position }),
    loaders.helpRequestCountByPlan.load(planId),
  ]);
  return {
    edges: rows.slice(0, first).map((row) => ({ cursor: encodeRequestCursor(row.position), node: row.request })),
    hasNextPage: rows.length > first,
    totalCount,
  };
}
