import { GuidanceHorizon, HelpDecision } from '@fulcrum/shared';
import { describe, expect, it } from 'vitest';
import { hoursProblem, liveRecommendation, type TriageDraft } from './triage';

const EMPTY: TriageDraft = { uniqueSkill: '', reusableLesson: '', owningTeamExists: '', guidanceHorizon: '' };

describe('liveRecommendation', () => {
  it('waits while the missing answers could still change it', () => {
    expect(liveRecommendation(EMPTY)).toBeNull();
    expect(liveRecommendation({ ...EMPTY, uniqueSkill: 'yes' })).toBeNull();
  });

  it('decides as soon as the answers given settle it', () => {
    // Someone owns it and it takes no unique skill: redirect, whatever the rest.
    expect(liveRecommendation({ ...EMPTY, uniqueSkill: 'no', owningTeamExists: 'yes' })).toBe(HelpDecision.REDIRECT);
    // A reusable lesson with a unique skill: teach, whatever the horizon.
    expect(liveRecommendation({ ...EMPTY, uniqueSkill: 'yes', reusableLesson: 'yes' })).toBe(HelpDecision.TEACH);
  });

  it('helps directly only when the skill is unique and the guidance lasts', () => {
    const answered = { uniqueSkill: 'yes', reusableLesson: 'no', owningTeamExists: 'no' } as const;
    expect(liveRecommendation({ ...answered, guidanceHorizon: GuidanceHorizon.MONTHS })).toBe(HelpDecision.HELP);
    expect(liveRecommendation({ ...answered, guidanceHorizon: GuidanceHorizon.ONE_OFF })).toBe(HelpDecision.REDIRECT);
  });
});

describe('hoursProblem', () => {
  it('takes 0 to 80 hours in quarter-hour steps', () => {
    expect(hoursProblem(0)).toBeNull();
    expect(hoursProblem('1.25')).toBeNull();
    expect(hoursProblem(80)).toBeNull();
  });

  it('refuses empty, negative, too many and finer than quarter hours', () => {
    expect(hoursProblem('')).toBe('Hours spent are 0 or more.');
    expect(hoursProblem(-1)).toBe('Hours spent are 0 or more.');
    expect(hoursProblem(80.25)).toBe('At most 80 hours.');
    expect(hoursProblem(1.1)).toBe('Use quarter-hour steps (for example 1.25 or 1.5).');
  });
});
