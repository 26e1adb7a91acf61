import { enumOfKeys, type ValueOf } from '../enumeration';
import { GoalStatus, isAddition, isOpenGoal } from './goals';
import { OVERWHELMED_SHARE, REQUEST_WINDOW_DAYS, requestLoad } from './help-requests';
import { doingShare, type QuarterPoint } from './reflection';

/** The anti-patterns of §2.7. */
export const ANTI_PATTERN_LABELS = {
  ADDITION_NOT_CHANGE: 'Addition, not change',
  PREMIUM_SENIOR: 'Premium senior',
  SCATTERED_SMALL_WINS: 'Scattered small wins',
  OVERWHELMED_BY_REQUESTS: 'Overwhelmed by requests',
  MEDIATOR_MIMIC: 'Mediator mimic',
  NOT_MY_JOB: '"Not my job"',
  RUSHING: 'Rushing the step',
};
export const AntiPattern = enumOfKeys(ANTI_PATTERN_LABELS);
export type AntiPattern = ValueOf<typeof AntiPattern>;

export interface AntiPatternFinding {
  pattern: AntiPattern;
  detected: boolean;
  selfReported: boolean;
  evidence: string | null;
}

export interface AntiPatternInput {
  goals: readonly {
    title: string;
    status: GoalStatus;
    stop: { activityId: string; hours: number } | null;
    startHours?: number;
  }[];
  /** Quarterly snapshots, oldest first, taken while the plan was active. */
  snapshots?: readonly QuarterPoint[];
  /** Help requests with the hours spent on them, and the plan's weekly budget. */
  requests?: {
    items: readonly { receivedAt: Date; hoursSpent: number }[];
    weeklyHours: number;
    now?: Date;
  };
  /** Ticked in the latest reflection. */
  selfReported?: readonly AntiPattern[];
}

interface Detection {
  detected: boolean;
  evidence: string | null;
}

const NOT_DETECTED: Detection = { detected: false, evidence: null };

/** ADDITION_NOT_CHANGE: an active or proposed goal frees no hours. */
export function detectAdditionNotChange(goals: AntiPatternInput['goals']): Detection {
  const additions = goals.filter((g) => isOpenGoal(g.status) && isAddition(g));
  if (additions.length === 0) return NOT_DETECTED;
  const names = additions.map((g) => `"${g.title}"`).join(', ');
  return {
    detected: true,
    evidence: `${additions.length === 1 ? 'Goal' : 'Goals'} ${names} ${additions.length === 1 ? 'adds' : 'add'} work without stopping anything: the hours have to come from somewhere.`,
  };
}

/** OVERWHELMED_BY_REQUESTS: help requests of the last 4 weeks took over 20% of four weekly budgets. */
export function detectOverwhelmedByRequests(requests: NonNullable<AntiPatternInput['requests']>): Detection {
  const { hours, share } = requestLoad(requests.items, requests.weeklyHours, requests.now);
  if (share <= OVERWHELMED_SHARE) return NOT_DETECTED;
  return {
    detected: true,
    evidence: `${hours} h went to help requests in the last ${REQUEST_WINDOW_DAYS / 7} weeks: ${Math.round(share * 100)}% of ${4 * requests.weeklyHours} h, above the ${OVERWHELMED_SHARE * 100}% line. Triage harder: redirect and teach.`,
  };
}

export const SCATTERED_MAX_ACTIVE_GOALS = 5;
export const BIG_SHIFT_HOURS = 4;

/** PREMIUM_SENIOR: the share of DOING hours has not gone down between the last two snapshots. */
export function detectPremiumSenior(snapshots: readonly QuarterPoint[]): Detection {
  if (snapshots.length < 2) return NOT_DETECTED;
  const [before, after] = snapshots.slice(-2) as [QuarterPoint, QuarterPoint];
  const was = doingShare(before);
  const is = doingShare(after);
  if (is < was) return NOT_DETECTED;
  return {
    detected: true,
    evidence: `Doing took ${Math.round(was * 100)}% of the week in ${before.quarter} and ${Math.round(is * 100)}% in ${after.quarter}: the old levers are still carrying the work.`,
  };
}

/** SCATTERED_SMALL_WINS: more than 5 active goals, or active goals none of which shifts 4 hours or more. */
export function detectScatteredSmallWins(goals: AntiPatternInput['goals']): Detection {
  const active = goals.filter((g) => g.status === GoalStatus.ACTIVE);
  if (active.length > SCATTERED_MAX_ACTIVE_GOALS) {
    return {
      detected: true,
      evidence: `${active.length} active goals at once: finish or drop some and take on one big problem.`,
    };
  }
  const shift = (g: (typeof active)[number]) => Math.max(g.stop?.hours ?? 0, g.startHours ?? 0);
  if (active.length > 0 && active.every((g) => shift(g) < BIG_SHIFT_HOURS)) {
    return {
      detected: true,
      evidence: `No active goal shifts ${BIG_SHIFT_HOURS} hours or more: small wins, no big problem taken on.`,
    };
  }
  return NOT_DETECTED;
}

/**
 * Every anti-pattern, in enum order, with what the data shows. Patterns whose rule needs data
 * the plan does not record yet report `detected: false`.
 */
export function antiPatternFindings(input: AntiPatternInput): AntiPatternFinding[] {
  const detections: Partial<Record<AntiPattern, Detection>> = {
    [AntiPattern.ADDITION_NOT_CHANGE]: detectAdditionNotChange(input.goals),
    [AntiPattern.SCATTERED_SMALL_WINS]: detectScatteredSmallWins(input.goals),
    ...(input.snapshots ? { [AntiPattern.PREMIUM_SENIOR]: detectPremiumSenior(input.snapshots) } : {}),
    ...(input.requests ? { [AntiPattern.OVERWHELMED_BY_REQUESTS]: detectOverwhelmedByRequests(input.requests) } : {}),
  };
  const selfReported = new Set(input.selfReported ?? []);
  return Object.values(AntiPattern).map((pattern) => {
    const detection = detections[pattern] ?? NOT_DETECTED;
    return {
      pattern,
      detected: detection.detected,
      selfReported: selfReported.has(pattern),
      evidence: detection.evidence,
    };
  });
}
