import { roundHours } from './week';

/** Help-request triage of §2.6. */
export enum GuidanceHorizon {
  ONE_OFF = 'ONE_OFF',
  WEEKS = 'WEEKS',
  MONTHS = 'MONTHS',
}

export enum HelpDecision {
  HELP = 'HELP',
  TEACH = 'TEACH',
  REDIRECT = 'REDIRECT',
}

export const HORIZON_LABELS: Record<GuidanceHorizon, string> = {
  [GuidanceHorizon.ONE_OFF]: 'A one-off',
  [GuidanceHorizon.WEEKS]: 'Weeks',
  [GuidanceHorizon.MONTHS]: 'Months',
};

export const DECISION_LABELS: Record<HelpDecision, string> = {
  [HelpDecision.HELP]: 'Help',
  [HelpDecision.TEACH]: 'Teach',
  [HelpDecision.REDIRECT]: 'Redirect',
};

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

export const RECOMMENDATION_REASONS: Record<HelpDecision, string> = {
  [HelpDecision.REDIRECT]:
    'Someone else is better placed: point them to the team or workflow that owns it, and say so plainly.',
  [HelpDecision.TEACH]: 'They will reuse the lesson: teach it once instead of solving it again and again.',
  [HelpDecision.HELP]: 'You are exceptionally placed and the answer will guide their work for a while: help directly.',
};

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
