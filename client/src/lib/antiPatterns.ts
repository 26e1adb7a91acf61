import { ANTI_PATTERN_LABELS, AntiPattern } from '@fulcrum/shared';

export function antiPatternLabel(pattern: AntiPattern): string {
  return ANTI_PATTERN_LABELS[pattern];
}

/** What each anti-pattern means, in a sentence: the evidence the app shows when it detects one. */
export const ANTI_PATTERN_EXPLANATIONS: Record<AntiPattern, string> = {
  [AntiPattern.ADDITION_NOT_CHANGE]: 'A goal adds work without stopping anything.',
  [AntiPattern.PREMIUM_SENIOR]:
    'Compensating with the old levers: the share of doing hours did not go down between the last two quarters.',
  [AntiPattern.SCATTERED_SMALL_WINS]:
    'More than 5 active goals, or none shifting 4 hours or more: no big problem taken on.',
  [AntiPattern.OVERWHELMED_BY_REQUESTS]: 'Help requests took over 20% of the last four weekly budgets.',
  [AntiPattern.MEDIATOR_MIMIC]: 'Guiding the room without the knowledge to resolve the question.',
  [AntiPattern.NOT_MY_JOB]: 'Refusing needed work as "not a lead job".',
  [AntiPattern.RUSHING]: 'Hurrying the step instead of growing into it.',
};
