import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ratingsAgree,
  readiness,
  ReadinessStage,
  SIGNAL_KEYS,
  SignalKey,
  SignalRating,
  type SignalRatings,
} from './signals';

const { CLEAR, EMERGING, NOT_SEEN } = SignalRating;

function rated(entries: Partial<Record<SignalKey, [SignalRating | null, SignalRating | null]>>): SignalRatings[] {
  return SIGNAL_KEYS.map((signal) => ({
    signal,
    selfRating: entries[signal]?.[0] ?? null,
    managerRating: entries[signal]?.[1] ?? null,
  }));
}

describe('the signal catalogue', () => {
  it('a single clear signal keeps a senior growing when it is a blocker, and is not enough when it is a change signal', () => {
    const stageWithOnlyClear = Object.fromEntries(
      SIGNAL_KEYS.map((key) => [key, readiness(rated({ [key]: [null, CLEAR] })).stage]),
    );
    expect(stageWithOnlyClear).toEqual({
      REPLACEMENT_GAP: ReadinessStage.FOCUS_ON_SENIOR_SCOPE,
      ROTATION_DOUBT: ReadinessStage.FOCUS_ON_SENIOR_SCOPE,
      INCONSISTENCY: ReadinessStage.FOCUS_ON_SENIOR_SCOPE,
      DIMINISHING_RETURNS: ReadinessStage.BUILDING_SIGNALS,
      FEEDBACK_DRIES_UP: ReadinessStage.BUILDING_SIGNALS,
      ROLE_MODEL: ReadinessStage.BUILDING_SIGNALS,
      CROSS_SPECIALTY_CONTACT: ReadinessStage.BUILDING_SIGNALS,
    });
  });
});

describe('readiness', () => {
  it('is BUILDING_SIGNALS with nothing rated', () => {
    const result = readiness(rated({}));
    expect(result.stage).toBe(ReadinessStage.BUILDING_SIGNALS);
    expect(result.reasons.join(' ')).toMatch(/No change signal is clear/);
  });

  it('is FOCUS_ON_SENIOR_SCOPE when any blocker is clear, naming the blockers', () => {
    const result = readiness(
      rated({
        ROTATION_DOUBT: [null, CLEAR],
        ROLE_MODEL: [CLEAR, CLEAR],
        DIMINISHING_RETURNS: [CLEAR, CLEAR],
      }),
    );
    expect(result.stage).toBe(ReadinessStage.FOCUS_ON_SENIOR_SCOPE);
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toMatch(/Rotation doubt \(manager\) is clear/);
  });

  it('is READY_FOR_CHANGE with no blocker clear and two change signals clear, naming them', () => {
    const result = readiness(
      rated({
        REPLACEMENT_GAP: [EMERGING, NOT_SEEN],
        FEEDBACK_DRIES_UP: [null, CLEAR],
        CROSS_SPECIALTY_CONTACT: [CLEAR, CLEAR],
      }),
    );
    expect(result.stage).toBe(ReadinessStage.READY_FOR_CHANGE);
    expect(result.reasons.join(' ')).toMatch(/Feedback dries up \(manager\) is clear/);
    expect(result.reasons.join(' ')).toMatch(/Cross-specialty contact \(manager\) is clear/);
  });

  it('uses the manager rating over the self rating, and the self rating where the manager has not rated', () => {
    // Self says the blocker is clear but the manager disagrees: the manager's view counts.
    expect(
      readiness(
        rated({
          INCONSISTENCY: [CLEAR, EMERGING],
          ROLE_MODEL: [null, CLEAR],
          FEEDBACK_DRIES_UP: [null, CLEAR],
        }),
      ).stage,
    ).toBe(ReadinessStage.READY_FOR_CHANGE);
    // Manager has not rated the blocker yet: the self rating stands in.
    const selfOnly = readiness(rated({ INCONSISTENCY: [CLEAR, null] }));
    expect(selfOnly.stage).toBe(ReadinessStage.FOCUS_ON_SENIOR_SCOPE);
    expect(selfOnly.reasons[0]).toMatch(/self-rated/);
  });

  it('one clear change signal is not enough', () => {
    const result = readiness(rated({ ROLE_MODEL: [null, CLEAR], DIMINISHING_RETURNS: [EMERGING, EMERGING] }));
    expect(result.stage).toBe(ReadinessStage.BUILDING_SIGNALS);
    expect(result.reasons.join(' ')).toMatch(/Only one change signal is clear \(Role model/);
    expect(result.reasons.join(' ')).toMatch(/Emerging: Diminishing returns/);
  });

  // The manager's rating decides where there is one, so fixing the manager's side states the
  // stage whatever the self ratings and the other signals say.
  const anyRating = fc.constantFrom(null, NOT_SEEN, EMERGING, CLEAR);
  const notClear = fc.constantFrom<SignalRating | null>(NOT_SEEN, EMERGING);
  /** `length` ratings, each drawn from `rating`. */
  const ratings = (rating: fc.Arbitrary<SignalRating | null>, length: number) =>
    fc.array(rating, { minLength: length, maxLength: length });
  /** The index of a change signal in a manager's ratings (after the three blockers). */
  const changeIndex = fc.constantFrom(3, 4, 5, 6);
  const BLOCKERS = [SignalKey.REPLACEMENT_GAP, SignalKey.ROTATION_DOUBT, SignalKey.INCONSISTENCY];
  const CHANGES = [
    SignalKey.DIMINISHING_RETURNS,
    SignalKey.FEEDBACK_DRIES_UP,
    SignalKey.ROLE_MODEL,
    SignalKey.CROSS_SPECIALTY_CONTACT,
  ];
  /** Self ratings in catalogue order; manager ratings of the blockers, then of the change signals, in the lists above. */
  const ratingsOf = (self: (SignalRating | null)[], manager: (SignalRating | null)[]) => {
    const byKey = new Map([...BLOCKERS, ...CHANGES].map((key, i) => [key, manager[i]!]));
    return SIGNAL_KEYS.map((signal, i) => ({ signal, selfRating: self[i]!, managerRating: byKey.get(signal)! }));
  };

  it('is FOCUS_ON_SENIOR_SCOPE whenever the manager rates a blocker clear, whatever else is rated', () => {
    fc.assert(
      fc.property(ratings(anyRating, 7), ratings(anyRating, 7), fc.constantFrom(0, 1, 2), (self, manager, blocker) => {
        manager[blocker] = CLEAR;
        expect(readiness(ratingsOf(self, manager)).stage).toBe(ReadinessStage.FOCUS_ON_SENIOR_SCOPE);
      }),
    );
  });

  it('is READY_FOR_CHANGE when the manager rates no blocker clear and two change signals clear, whatever the self ratings', () => {
    fc.assert(
      fc.property(
        ratings(anyRating, 7),
        ratings(notClear, 3),
        ratings(anyRating, 4),
        fc.uniqueArray(changeIndex, { minLength: 2, maxLength: 2 }),
        (self, blockers, changes, clear) => {
          const manager = [...blockers, ...changes];
          for (const i of clear) manager[i] = CLEAR;
          expect(readiness(ratingsOf(self, manager)).stage).toBe(ReadinessStage.READY_FOR_CHANGE);
        },
      ),
    );
  });

  it('is BUILDING_SIGNALS when the manager rates no blocker and at most one change signal clear, whatever the self ratings', () => {
    fc.assert(
      fc.property(
        ratings(anyRating, 7),
        ratings(notClear, 7),
        fc.option(changeIndex, { nil: undefined }),
        (self, manager, clear) => {
          if (clear !== undefined) manager[clear] = CLEAR;
          const result = readiness(ratingsOf(self, manager));
          expect(result.stage).toBe(ReadinessStage.BUILDING_SIGNALS);
          expect(result.reasons.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('agreement', () => {
  it('disagrees only when both sides rated differently', () => {
    expect(ratingsAgree(null, null)).toBe(true);
    expect(ratingsAgree(CLEAR, null)).toBe(true);
    expect(ratingsAgree(null, EMERGING)).toBe(true);
    expect(ratingsAgree(CLEAR, CLEAR)).toBe(true);
    expect(ratingsAgree(CLEAR, EMERGING)).toBe(false);
  });
});
