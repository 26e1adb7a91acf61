import { DelegationStage, Side } from '@fulcrum/shared';
import { describe, expect, it } from 'vitest';
import { lastBySide, newestFirst, riskReason } from './delegation';

const NOW = new Date('2026-06-30T12:00:00Z');
const checkIn = (side: Side, at: string, confidence: number) => ({ side, at, confidence, coachingHours: 0 });

describe('riskReason', () => {
  it('is null for a delegation that is checked in on and confident', () => {
    const d = {
      stage: DelegationStage.PAIRING,
      createdAt: '2026-06-01T00:00:00Z',
      checkIns: [checkIn(Side.DELEGATEE, '2026-06-25T00:00:00Z', 4)],
    };
    expect(riskReason(d, NOW)).toBeNull();
  });

  it('names a low last confidence', () => {
    const d = {
      stage: DelegationStage.PAIRING,
      createdAt: '2026-06-01T00:00:00Z',
      checkIns: [
        checkIn(Side.DELEGATEE, '2026-06-20T00:00:00Z', 4),
        checkIn(Side.DELEGATOR, '2026-06-28T00:00:00Z', 2),
      ],
    };
    expect(riskReason(d, NOW)).toBe('last confidence 2/5');
  });

  it('counts the silence from the last check-in, or from the start when nobody checked in', () => {
    const silent = {
      stage: DelegationStage.SHADOWING,
      createdAt: '2026-05-01T00:00:00Z',
      checkIns: [checkIn(Side.DELEGATEE, '2026-06-10T12:00:00Z', 4)],
    };
    expect(riskReason(silent, NOW)).toBe('no check-in for 20 days');
    expect(riskReason({ ...silent, checkIns: [] }, NOW)).toBe('no check-in since it started 60 days ago');
  });

  it('is null once the work is owned or reclaimed', () => {
    expect(
      riskReason({ stage: DelegationStage.OWNED, createdAt: '2026-01-01T00:00:00Z', checkIns: [] }, NOW),
    ).toBeNull();
  });
});

describe('check-ins by side and by date', () => {
  const checkIns = [
    checkIn(Side.DELEGATOR, '2026-06-01T00:00:00Z', 2),
    checkIn(Side.DELEGATEE, '2026-06-05T00:00:00Z', 3),
    checkIn(Side.DELEGATOR, '2026-06-09T00:00:00Z', 4),
  ];

  it('finds the latest of each side', () => {
    expect(lastBySide(checkIns)).toEqual({ delegator: checkIns[2], delegatee: checkIns[1] });
    expect(lastBySide([])).toEqual({ delegator: null, delegatee: null });
  });

  it('orders the newest first without touching the list', () => {
    expect(newestFirst(checkIns).map((c) => c.confidence)).toEqual([4, 3, 2]);
    expect(checkIns[0].confidence).toBe(2);
  });
});
