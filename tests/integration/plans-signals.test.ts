import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/client';
import { addMember } from '../support/factories';
import {
  activePlanFor,
  expectError,
  orgWithTeam,
  PLAN,
  RATE_SIGNAL,
  rateSignal,
  type Member,
  type Team,
} from '../support/plans';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
let team: Team;
beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Signals');
});
afterAll(() => server?.stop());

const ORDER = [
  'REPLACEMENT_GAP',
  'ROTATION_DOUBT',
  'INCONSISTENCY',
  'DIMINISHING_RETURNS',
  'FEEDBACK_DRIES_UP',
  'ROLE_MODEL',
  'CROSS_SPECIALTY_CONTACT',
];
const KINDS = ['BLOCKER', 'BLOCKER', 'BLOCKER', 'CHANGE', 'CHANGE', 'CHANGE', 'CHANGE'];

const SIGNALS = `query($id: ID!) { plan(id: $id) { signals { signal kind selfRating selfEvidence managerRating managerEvidence agree } readiness { stage reasons } } }`;

/** A new report of the manager with an account and an ACTIVE plan. */
async function freshPlan(): Promise<{ owner: Member; planId: string }> {
  const owner = await addMember(team.org, { managerId: team.manager.id });
  const plan = await activePlanFor(team, owner);
  return { owner, planId: plan.id };
}

async function signalsOf(client: TestClient, planId: string) {
  return (await client.ok(SIGNALS, { id: planId })).plan as {
    signals: {
      signal: string;
      kind: string;
      selfRating: string | null;
      selfEvidence: string | null;
      managerRating: string | null;
      managerEvidence: string | null;
      agree: boolean;
    }[];
    readiness: { stage: string; reasons: string[] };
  };
}

async function storedRatings(planId: string) {
  return server.db.query(
    `SELECT signal, side, rating, evidence, rated_by_id FROM signal_rating WHERE plan_id = $1 ORDER BY signal, side`,
    [planId],
  );
}

describe('rateSignal', () => {
  it('stores the owner’s rating as SELF and the direct manager’s as MANAGER, one row per side, overwritten on re-rating', async () => {
    const { owner, planId } = await freshPlan();
    const self = await rateSignal(owner.client, planId, 'ROLE_MODEL', 'EMERGING', '  Priya reuses my template.  ');
    expect(self).toEqual({
      signal: 'ROLE_MODEL',
      kind: 'CHANGE',
      selfRating: 'EMERGING',
      selfEvidence: 'Priya reuses my template.',
      managerRating: null,
      managerEvidence: null,
      agree: true,
    });
    const manager = await rateSignal(
      team.manager.client,
      planId,
      'ROLE_MODEL',
      'CLEAR',
      'New hires are pointed to it.',
    );
    expect(manager).toMatchObject({
      selfRating: 'EMERGING',
      managerRating: 'CLEAR',
      managerEvidence: 'New hires are pointed to it.',
      agree: false,
    });
    expect(await storedRatings(planId)).toEqual([
      {
        signal: 'ROLE_MODEL',
        side: 'MANAGER',
        rating: 'CLEAR',
        evidence: 'New hires are pointed to it.',
        rated_by_id: team.manager.id,
      },
      {
        signal: 'ROLE_MODEL',
        side: 'SELF',
        rating: 'EMERGING',
        evidence: 'Priya reuses my template.',
        rated_by_id: owner.id,
      },
    ]);

    // Re-rating replaces the viewer's own side only; blank evidence is cleared.
    const again = await rateSignal(owner.client, planId, 'ROLE_MODEL', 'CLEAR', '   ');
    expect(again).toMatchObject({
      selfRating: 'CLEAR',
      selfEvidence: null,
      managerRating: 'CLEAR',
      managerEvidence: 'New hires are pointed to it.',
      agree: true,
    });
    const rows = await storedRatings(planId);
    expect(rows).toHaveLength(2);
    expect(rows.find((r: { side: string }) => r.side === 'SELF')).toMatchObject({
      rating: 'CLEAR',
      evidence: null,
    });
  });

  it('refuses bad input without writing: an unknown signal or rating, evidence over the limit', async () => {
    const { owner, planId } = await freshPlan();
    expectError(
      await owner.client.gql(RATE_SIGNAL, {
        input: { planId, signal: 'CHARISMA', rating: 'CLEAR' },
      }),
      'BAD_USER_INPUT',
    );
    expectError(
      await owner.client.gql(RATE_SIGNAL, {
        input: { planId, signal: 'ROLE_MODEL', rating: 'VERY_CLEAR' },
      }),
      'BAD_USER_INPUT',
    );
    expectError(
      await owner.client.gql(RATE_SIGNAL, {
        input: { planId, signal: 'ROLE_MODEL', rating: 'CLEAR', evidence: 'x'.repeat(4001) },
      }),
      'BAD_USER_INPUT',
      'evidence',
    );
    expect(await storedRatings(planId)).toEqual([]);
  });
});

describe('signals', () => {
  it('are always the 7 keys in enum order with their kind, unrated on a new plan, agreeing', async () => {
    const { owner, planId } = await freshPlan();
    const { signals } = await signalsOf(owner.client, planId);
    expect(signals.map((s) => s.signal)).toEqual(ORDER);
    expect(signals.map((s) => s.kind)).toEqual(KINDS);
    for (const s of signals) {
      expect(s).toMatchObject({
        selfRating: null,
        selfEvidence: null,
        managerRating: null,
        managerEvidence: null,
        agree: true,
      });
    }
  });

  it('show both sides with evidence to everyone who can read the plan; agree is false only where both rated differently', async () => {
    const { owner, planId } = await freshPlan();
    // Rated in reverse order: the answer is still in enum order.
    await rateSignal(
      team.manager.client,
      planId,
      'CROSS_SPECIALTY_CONTACT',
      'EMERGING',
      'Pricing, not yet engineering.',
    );
    await rateSignal(owner.client, planId, 'CROSS_SPECIALTY_CONTACT', 'CLEAR', 'The pricing PM comes to me.');
    await rateSignal(owner.client, planId, 'ROLE_MODEL', 'CLEAR'); // only self
    await rateSignal(team.manager.client, planId, 'FEEDBACK_DRIES_UP', 'EMERGING'); // only manager
    await rateSignal(owner.client, planId, 'INCONSISTENCY', 'NOT_SEEN');
    await rateSignal(team.manager.client, planId, 'INCONSISTENCY', 'NOT_SEEN'); // both, same

    for (const reader of [owner.client, team.manager.client, team.top.client]) {
      const { signals } = await signalsOf(reader, planId);
      expect(signals.map((s) => s.signal)).toEqual(ORDER);
      const by = Object.fromEntries(signals.map((s) => [s.signal, s]));
      expect(by.CROSS_SPECIALTY_CONTACT).toEqual({
        signal: 'CROSS_SPECIALTY_CONTACT',
        kind: 'CHANGE',
        selfRating: 'CLEAR',
        selfEvidence: 'The pricing PM comes to me.',
        managerRating: 'EMERGING',
        managerEvidence: 'Pricing, not yet engineering.',
        agree: false,
      });
      expect(by.ROLE_MODEL).toMatchObject({
        selfRating: 'CLEAR',
        managerRating: null,
        agree: true,
      });
      expect(by.FEEDBACK_DRIES_UP).toMatchObject({
        selfRating: null,
        managerRating: 'EMERGING',
        agree: true,
      });
      expect(by.INCONSISTENCY).toMatchObject({
        selfRating: 'NOT_SEEN',
        managerRating: 'NOT_SEEN',
        agree: true,
      });
      expect(signals.filter((s) => !s.agree).map((s) => s.signal)).toEqual(['CROSS_SPECIALTY_CONTACT']);
    }
  });
});

describe('readiness', () => {
  it('moves through the stages as the ratings change, naming the signals in its reasons', async () => {
    const { owner, planId } = await freshPlan();
    const readiness = async () => (await signalsOf(owner.client, planId)).readiness;

    expect((await readiness()).stage).toBe('BUILDING_SIGNALS');

    // One change signal CLEAR is not enough.
    await rateSignal(team.manager.client, planId, 'DIMINISHING_RETURNS', 'CLEAR');
    let r = await readiness();
    expect(r.stage).toBe('BUILDING_SIGNALS');
    expect(r.reasons.join(' ')).toMatch(/Diminishing returns/);

    // Two change signals CLEAR, no blocker CLEAR: ready.
    await rateSignal(team.manager.client, planId, 'ROLE_MODEL', 'CLEAR');
    r = await readiness();
    expect(r.stage).toBe('READY_FOR_CHANGE');
    expect(r.reasons.join(' ')).toMatch(/Diminishing returns/);
    expect(r.reasons.join(' ')).toMatch(/Role model/);

    // A blocker CLEAR wins over everything: keep growing as a Senior, naming the blocker.
    await rateSignal(team.manager.client, planId, 'ROTATION_DOUBT', 'CLEAR', 'Needs help with stakeholder updates.');
    r = await readiness();
    expect(r.stage).toBe('FOCUS_ON_SENIOR_SCOPE');
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toMatch(/Rotation doubt/);
    expect(r.reasons.join(' ')).not.toMatch(/Replacement gap|Inconsistency/);

    // Two blockers: both named.
    await rateSignal(team.manager.client, planId, 'INCONSISTENCY', 'CLEAR');
    r = await readiness();
    expect(r.stage).toBe('FOCUS_ON_SENIOR_SCOPE');
    expect(r.reasons.join(' ')).toMatch(/Rotation doubt/);
    expect(r.reasons.join(' ')).toMatch(/Inconsistency/);

    // The blockers fade: ready again.
    await rateSignal(team.manager.client, planId, 'ROTATION_DOUBT', 'EMERGING');
    await rateSignal(team.manager.client, planId, 'INCONSISTENCY', 'NOT_SEEN');
    expect((await readiness()).stage).toBe('READY_FOR_CHANGE');
  });

  it('the manager’s rating overrides the self rating', async () => {
    const { owner, planId } = await freshPlan();
    // The report sees a blocker and two change signals; the manager sees none of them.
    await rateSignal(owner.client, planId, 'REPLACEMENT_GAP', 'CLEAR');
    await rateSignal(owner.client, planId, 'ROLE_MODEL', 'CLEAR');
    await rateSignal(owner.client, planId, 'FEEDBACK_DRIES_UP', 'CLEAR');
    expect((await signalsOf(owner.client, planId)).readiness.stage).toBe('FOCUS_ON_SENIOR_SCOPE');

    await rateSignal(team.manager.client, planId, 'REPLACEMENT_GAP', 'NOT_SEEN');
    expect((await signalsOf(owner.client, planId)).readiness.stage).toBe('READY_FOR_CHANGE');

    await rateSignal(team.manager.client, planId, 'ROLE_MODEL', 'EMERGING');
    await rateSignal(team.manager.client, planId, 'FEEDBACK_DRIES_UP', 'EMERGING');
    const { stage, reasons } = (await signalsOf(owner.client, planId)).readiness;
    expect(stage).toBe('BUILDING_SIGNALS');
    expect(reasons.join(' ')).not.toMatch(/Replacement gap.*clear/i);
  });

  it('the self rating stands in where the manager has not rated, and the reasons say so', async () => {
    const { owner, planId } = await freshPlan();
    await rateSignal(owner.client, planId, 'INCONSISTENCY', 'CLEAR', 'My dataset builds still break.');
    const { stage, reasons } = (await signalsOf(team.manager.client, planId)).readiness;
    expect(stage).toBe('FOCUS_ON_SENIOR_SCOPE');
    expect(reasons.join(' ')).toMatch(/Inconsistency/);
    expect(reasons.join(' ')).toMatch(/self/i);

    // Once the manager rates it, the manager's view counts and the reason says manager.
    await rateSignal(team.manager.client, planId, 'INCONSISTENCY', 'CLEAR');
    const after = (await signalsOf(team.manager.client, planId)).readiness;
    expect(after.stage).toBe('FOCUS_ON_SENIOR_SCOPE');
    expect(after.reasons.join(' ')).toMatch(/manager/i);
    expect(after.reasons.join(' ')).not.toMatch(/self/i);
  });

  it('is the same for every reader of the plan', async () => {
    const { owner, planId } = await freshPlan();
    await rateSignal(owner.client, planId, 'CROSS_SPECIALTY_CONTACT', 'CLEAR');
    await rateSignal(team.manager.client, planId, 'DIMINISHING_RETURNS', 'CLEAR');
    const views = await Promise.all(
      [owner.client, team.manager.client, team.top.client].map((c) => c.ok(PLAN, { id: planId })),
    );
    for (const { plan } of views) expect(plan.readiness).toEqual(views[0].plan.readiness);
    expect(views[0].plan.readiness.stage).toBe('READY_FOR_CHANGE');
  });
});
