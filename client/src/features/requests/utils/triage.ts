import {
  DECISION_LABELS,
  GuidanceHorizon,
  HOURS_STEP,
  HelpDecision,
  recommendation,
  type TriageAnswers,
} from '@fulcrum/shared';
import { COLORS, LABELS } from '@/lib/palette';

export type YesNo = '' | 'yes' | 'no';

export interface TriageDraft {
  uniqueSkill: YesNo;
  reusableLesson: YesNo;
  owningTeamExists: YesNo;
  guidanceHorizon: '' | GuidanceHorizon;
}

const BOOLEANS = [true, false];
const HORIZONS = Object.values(GuidanceHorizon);

/**
 * The recommendation as soon as the answers given so far decide it: the shared rule is tried
 * with every value of the questions not answered yet, and when all agree, that is the answer.
 * Null while the missing answers could still change it.
 */
export function liveRecommendation(draft: TriageDraft): HelpDecision | null {
  const options = <T>(value: T | '', all: readonly T[]): readonly T[] => (value === '' ? all : [value]);
  const bool = (value: YesNo) => options(value === '' ? '' : value === 'yes', BOOLEANS);
  const seen = new Set<HelpDecision>();
  for (const uniqueSkill of bool(draft.uniqueSkill))
    for (const reusableLesson of bool(draft.reusableLesson))
      for (const owningTeamExists of bool(draft.owningTeamExists))
        for (const guidanceHorizon of options(draft.guidanceHorizon, HORIZONS)) {
          const answers: TriageAnswers = {
            uniqueSkill,
            reusableLesson,
            owningTeamExists,
            guidanceHorizon,
          };
          seen.add(recommendation(answers));
        }
  return seen.size === 1 ? [...seen][0] : null;
}

export function decisionLabel(decision: HelpDecision): string {
  return LABELS.decision[decision];
}

export function decisionColor(decision: HelpDecision): string {
  return COLORS.decision[decision];
}

export const QUESTIONS = {
  uniqueSkill: 'Am I exceptionally placed to solve it?',
  reusableLesson: 'If I teach it, will they reuse it often?',
  owningTeamExists: 'Is there a team or standard workflow whose job this is?',
  guidanceHorizon: 'How long will the answer guide their work?',
} as const;

export const DECISION_OPTIONS = Object.values(HelpDecision).map((value) => ({
  value,
  label: DECISION_LABELS[value],
}));

/** Hours spent on a request: 0 to 80, in quarter hours. */
export function hoursProblem(value: number | string): string | null {
  const hours = Number(value);
  if (value === '' || !Number.isFinite(hours) || hours < 0) return 'Hours spent are 0 or more.';
  if (hours > 80) return 'At most 80 hours.';
  return Math.abs(hours / HOURS_STEP - Math.round(hours / HOURS_STEP)) > 1e-9
    ? 'Use quarter-hour steps (for example 1.25 or 1.5).'
    : null;
}
