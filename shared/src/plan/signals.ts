/** The readiness assessment of §2.1: seven signals, rated by both sides, and the derived stage. */
export enum SignalKey {
  REPLACEMENT_GAP = 'REPLACEMENT_GAP',
  ROTATION_DOUBT = 'ROTATION_DOUBT',
  INCONSISTENCY = 'INCONSISTENCY',
  DIMINISHING_RETURNS = 'DIMINISHING_RETURNS',
  FEEDBACK_DRIES_UP = 'FEEDBACK_DRIES_UP',
  ROLE_MODEL = 'ROLE_MODEL',
  CROSS_SPECIALTY_CONTACT = 'CROSS_SPECIALTY_CONTACT',
}

export enum SignalKind {
  BLOCKER = 'BLOCKER',
  CHANGE = 'CHANGE',
}

export enum SignalRating {
  NOT_SEEN = 'NOT_SEEN',
  EMERGING = 'EMERGING',
  CLEAR = 'CLEAR',
}

export enum ReadinessStage {
  FOCUS_ON_SENIOR_SCOPE = 'FOCUS_ON_SENIOR_SCOPE',
  BUILDING_SIGNALS = 'BUILDING_SIGNALS',
  READY_FOR_CHANGE = 'READY_FOR_CHANGE',
}

export enum RatingSide {
  SELF = 'SELF',
  MANAGER = 'MANAGER',
}

export interface SignalInfo {
  key: SignalKey;
  kind: SignalKind;
  title: string;
  question: string;
}

/** In enum order, which is also the order every list of signals is shown in. */
export const SIGNALS: readonly SignalInfo[] = [
  {
    key: SignalKey.REPLACEMENT_GAP,
    kind: SignalKind.BLOCKER,
    title: 'Replacement gap',
    question:
      'If every senior on the team worked like this person, would something important suffer: code quality, how sustainable the pipelines and models are, how analysis reaches decisions?',
  },
  {
    key: SignalKey.ROTATION_DOUBT,
    kind: SignalKind.BLOCKER,
    title: 'Rotation doubt',
    question:
      'Would you hesitate to see them move to another team: "great, as long as someone helps them with X"? That X is a gap.',
  },
  {
    key: SignalKey.INCONSISTENCY,
    kind: SignalKind.BLOCKER,
    title: 'Inconsistency',
    question:
      'Do outcomes vary a lot, or do old mistakes come back: the same data bias, sloppy dataset building, a shaky deployment?',
  },
  {
    key: SignalKey.DIMINISHING_RETURNS,
    kind: SignalKind.CHANGE,
    title: 'Diminishing returns',
    question:
      'Does each extra effort on the same kind of work (one more model, one more analysis) improve it less than before?',
  },
  {
    key: SignalKey.FEEDBACK_DRIES_UP,
    kind: SignalKind.CHANGE,
    title: 'Feedback dries up',
    question: 'Has corrective feedback on the core work become rare, with only nice-to-haves left?',
  },
  {
    key: SignalKey.ROLE_MODEL,
    kind: SignalKind.CHANGE,
    title: 'Role model',
    question: "Are other seniors pointed to this person's work as the standard to follow?",
  },
  {
    key: SignalKey.CROSS_SPECIALTY_CONTACT,
    kind: SignalKind.CHANGE,
    title: 'Cross-specialty contact',
    question:
      'Do engineering, product or business people come to this person directly, with other leads stepping back from those conversations?',
  },
];

export const SIGNAL_KEYS: readonly SignalKey[] = SIGNALS.map((s) => s.key);

export function signalInfo(key: SignalKey): SignalInfo {
  const info = SIGNALS.find((s) => s.key === key);
  if (!info) throw new Error(`No catalog entry for signal ${key}`);
  return info;
}

export const RATING_LABELS: Record<SignalRating, string> = {
  [SignalRating.NOT_SEEN]: 'Not seen',
  [SignalRating.EMERGING]: 'Emerging',
  [SignalRating.CLEAR]: 'Clear',
};

export interface SignalRatings {
  signal: SignalKey;
  selfRating: SignalRating | null;
  managerRating: SignalRating | null;
}

/** Self and manager agree unless both have rated and the ratings differ. */
export function ratingsAgree(selfRating: SignalRating | null, managerRating: SignalRating | null): boolean {
  return selfRating === null || managerRating === null || selfRating === managerRating;
}

export interface Readiness {
  stage: ReadinessStage;
  reasons: string[];
}

/**
 * §2.1: derived from the manager's ratings, the self rating standing in where the manager has
 * not rated yet. Any blocker CLEAR → keep growing as a Senior; otherwise two or more change
 * signals CLEAR → ready to change the nature of the work; otherwise still building signals.
 */
export function readiness(ratings: readonly SignalRatings[]): Readiness {
  const effective = SIGNALS.map((info) => {
    const row = ratings.find((r) => r.signal === info.key);
    const rating = row?.managerRating ?? row?.selfRating ?? null;
    const source = row?.managerRating ? 'manager' : row?.selfRating ? 'self-rated, manager not yet' : 'not rated';
    return { info, rating, source };
  });
  const clearBlockers = effective.filter((e) => e.info.kind === SignalKind.BLOCKER && e.rating === SignalRating.CLEAR);
  const clearChanges = effective.filter((e) => e.info.kind === SignalKind.CHANGE && e.rating === SignalRating.CLEAR);
  const label = (e: (typeof effective)[number]) => `${e.info.title} (${e.source})`;

  if (clearBlockers.length > 0) {
    return {
      stage: ReadinessStage.FOCUS_ON_SENIOR_SCOPE,
      reasons: clearBlockers.map(
        (e) => `${label(e)} is clear: keep growing as a Senior and turn it into a gap to close.`,
      ),
    };
  }
  if (clearChanges.length >= 2) {
    return {
      stage: ReadinessStage.READY_FOR_CHANGE,
      reasons: ['No blocker is clear.', ...clearChanges.map((e) => `${label(e)} is clear.`)],
    };
  }
  const emerging = effective.filter((e) => e.rating === SignalRating.EMERGING);
  return {
    stage: ReadinessStage.BUILDING_SIGNALS,
    reasons: [
      'No blocker is clear.',
      clearChanges.length === 1
        ? `Only one change signal is clear (${label(clearChanges[0])}); two are needed.`
        : 'No change signal is clear yet; two are needed.',
      ...(emerging.length > 0 ? [`Emerging: ${emerging.map((e) => e.info.title).join(', ')}.`] : []),
    ],
  };
}
