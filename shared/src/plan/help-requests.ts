import { enumOfKeys, pluck, type ValueOf } from '../enumeration';
import { roundHours } from './week';

/** Help-request triage of §2.6. */
export const HORIZON_LABELS = {
  ONE_OFF: 'A one-off',
  WEEKS: 'Weeks',
  MONTHS: 'Months',
};
export const GuidanceHorizon = enumOfKeys(HORIZON_LABELS);
export type GuidanceHorizon = ValueOf<typeof GuidanceHorizon>;

/** Each decision with why `recommendation` proposes it. */
const DECISIONS = {
  HELP: {
    label: 'Help',
    reason: 'You are exceptionally placed and the answer will guide their work for a while: help directly.',
  },
  TEACH: {
    label: 'Teach',
    reason: 'They will reuse the lesson: teach it once instead of solving it again and again.',
  },
  REDIRECT: {
    label: 'Redirect',
    reason: 'Someone else is better placed: point them to the team or workflow that owns it, and say so plainly.',
  },
};
export const HelpDecision = enumOfKeys(DECISIONS);
export type HelpDecision = ValueOf<typeof HelpDecision>;
export const DECISION_LABELS = pluck(DECISIONS, 'label');
export const RECOMMENDATION_REASONS = pluck(DECISIONS, 'reason');

export interface TriageAnswers {
  /** Am I exceptionally placed to solve it? */
  uniqueSkill: boolean;
  /** If I teach it, will they reuse it often? */
  reusableLesson: boolean;
  /** Is there a team or standard workflow whose job this is? */
  owningTeamExists: boolean;
  /** How long will the answer guide their work? */
  guidanceHorizon: GuidanceHorizon;
}

/**
 * REDIRECT when a team owns it and the skill is not unique; else TEACH when the lesson is
 * reusable; else HELP when the skill is unique and the answer guides them for weeks or months;
 * else REDIRECT.
 */
export function recommendation(answers: TriageAnswers): HelpDecision {
  if (answers.owningTeamExists && !answers.uniqueSkill) return HelpDecision.REDIRECT;
  if (answers.reusableLesson) return HelpDecision.TEACH;
  if (answers.uniqueSkill && answers.guidanceHorizon !== GuidanceHorizon.ONE_OFF) return HelpDecision.HELP;
  return HelpDecision.REDIRECT;
}

export const REQUEST_WINDOW_DAYS = 28;
/** Share of four weekly budgets above which requests crowd out the plan. */
export const OVERWHELMED_SHARE = 0.2;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Hours spent on requests received in the last four weeks, and their share of four weekly budgets. */
export function requestLoad(
  requests: readonly { receivedAt: Date; hoursSpent: number }[],
  weeklyHours: number,
  now: Date = new Date(),
): { hours: number; share: number } {
  const since = now.getTime() - REQUEST_WINDOW_DAYS * DAY_MS;
  const hours = roundHours(
    requests.filter((r) => r.receivedAt.getTime() >= since).reduce((sum, r) => sum + r.hoursSpent, 0),
  );
  return { hours, share: weeklyHours > 0 ? hours / (4 * weeklyHours) : 0 };
}
