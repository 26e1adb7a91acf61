import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RatingSide,
  ratingsAgree,
  readiness,
  ReadinessStage,
  SIGNAL_KEYS,
  SignalKey,
  SignalKind,
  SignalRating,
  SIGNALS,
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
  it('has the 7 signals in enum order, 3 blockers then 4 change signals', () => {
    expect(SIGNAL_KEYS).toEqual(Object.values(SignalKey));
    expect(SIGNALS.map((s) => s.kind)).toEqual([
      ...Array(3).fill(SignalKind.BLOCKER),
      ...Array(4).fill(SignalKind.CHANGE),
    ]);
    expect(Object.values(RatingSide)).toEqual(['SELF', 'MANAGER']);
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

  it('matches the rule of §2.1 for every combination of ratings', () => {
    const rating = fc.constantFrom(null, NOT_SEEN, EMERGING, CLEAR);
    fc.assert(
      fc.property(fc.array(fc.tuple(rating, rating), { minLength: 7, maxLength: 7 }), (pairs) => {
        const ratings = SIGNAL_KEYS.map((signal, i) => ({
          signal,
          selfRating: pairs[i]![0],
          managerRating: pairs[i]![1],
        }));
        const effective = ratings.map((r) => r.managerRating ?? r.selfRating);
        const blockerClear = effective.slice(0, 3).includes(CLEAR);
        const changeClear = effective.slice(3).filter((r) => r === CLEAR).length;
        const expected = blockerClear
          ? ReadinessStage.FOCUS_ON_SENIOR_SCOPE
          : changeClear >= 2
            ? ReadinessStage.READY_FOR_CHANGE
            : ReadinessStage.BUILDING_SIGNALS;
        const result = readiness(ratings);
        expect(result.stage).toBe(expected);
        expect(result.reasons.length).toBeGreaterThan(0);
      }),
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
