import { enumOf, enumOfKeys, type ValueOf } from '../enumeration';

/** The readiness assessment of §2.1: seven signals, rated by both sides, and the derived stage. */
export const SignalKind = enumOf('BLOCKER', 'CHANGE');
export type SignalKind = ValueOf<typeof SignalKind>;

export const RATING_LABELS = {
  NOT_SEEN: 'Not seen',
  EMERGING: 'Emerging',
  CLEAR: 'Clear',
};
export const SignalRating = enumOfKeys(RATING_LABELS);
export type SignalRating = ValueOf<typeof SignalRating>;

export const ReadinessStage = enumOf('FOCUS_ON_SENIOR_SCOPE', 'BUILDING_SIGNALS', 'READY_FOR_CHANGE');
export type ReadinessStage = ValueOf<typeof ReadinessStage>;

export const RatingSide = enumOf('SELF', 'MANAGER');
export type RatingSide = ValueOf<typeof RatingSide>;

/** The signals, in the order every list of them is shown in (the API contract's). */
const SIGNAL_CATALOG = {
  REPLACEMENT_GAP: {
    kind: SignalKind.BLOCKER,
    title: 'Replacement gap',
    question:
      'If every senior on the team worked like this person, would something important suffer: code quality, how sustainable the pipelines and models are, how analysis reaches decisions?',
  },
  ROTATION_DOUBT: {
    kind: SignalKind.BLOCKER,
    title: 'Rotation doubt',
    question:
      'Would you hesitate to see them move to another team: "great, as long as someone helps them with X"? That X is a gap.',
  },
  INCONSISTENCY: {
    kind: SignalKind.BLOCKER,
    title: 'Inconsistency',
    question:
      'Do outcomes vary a lot, or do old mistakes come back: the same data bias, sloppy dataset building, a shaky deployment?',
  },
  DIMINISHING_RETURNS: {
    kind: SignalKind.CHANGE,
    title: 'Diminishing returns',
    question:
      'Does each extra effort on the same kind of work (one more model, one more analysis) improve it less than before?',
  },
  FEEDBACK_DRIES_UP: {
    kind: SignalKind.CHANGE,
    title: 'Feedback dries up',
    question: 'Has corrective feedback on the core work become rare, with only nice-to-haves left?',
  },
  ROLE_MODEL: {
    kind: SignalKind.CHANGE,
    title: 'Role model',
    question: "Are other seniors pointed to this person's work as the standard to follow?",
  },
  CROSS_SPECIALTY_CONTACT: {
    kind: SignalKind.CHANGE,
    title: 'Cross-specialty contact',
    question:
      'Do engineering, product or business people come to this person directly, with other leads stepping back from those conversations?',
  },
};
export const SignalKey = enumOfKeys(SIGNAL_CATALOG);
export type SignalKey = ValueOf<typeof SignalKey>;

export interface SignalInfo {
  key: SignalKey;
  kind: SignalKind;
  title: string;
  question: string;
}

export function signalInfo(key: SignalKey): SignalInfo {
  return { key, ...SIGNAL_CATALOG[key] };
}

export const SIGNALS: readonly SignalInfo[] = Object.values(SignalKey).map(signalInfo);

export const SIGNAL_KEYS: readonly SignalKey[] = Object.values(SignalKey);

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
