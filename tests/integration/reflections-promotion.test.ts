import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceTo, checkIn, createDelegation } from '../support/delegations';
import { addMember } from '../support/factories';
import { getOneOnOne, rawBody, schedule, setPrivateNote, updateSharedNotes } from '../support/one-on-ones';
import {
  addGap,
  addGoal,
  currentQuarter,
  expectError,
  orgWithTeam,
  rateSignal,
  updateGap,
  updateGoal,
  updatePlan,
  type Team,
} from '../support/plans';
import {
  PLAN_PROMOTION,
  UPDATE_NARRATIVE,
  promotionCase,
  quarterFromNow,
  reflectionFixture,
  startReflection,
  updateNarrative,
  type ReflectionFixture,
} from '../support/reflections';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The promotion case (§4): Markdown built from the plan's evidence under a narrative both sides
 * edit with a version, and never a word of anyone's private 1:1 note.
 */

let server: TestServer;
let team: Team;
let fx: ReflectionFixture;
let juniorName: string;
let oneOnOneId: string;
let titles: { levers: Record<string, string>; archetypes: Record<string, string> };

const OWNER_PRIVATE = 'OWNER-PRIVATE-7f3a: I am not sure I want this';
const MANAGER_PRIVATE = 'MANAGER-PRIVATE-91c2: compare with the other candidate';

/** The case split by its `## ` sections, in order. */
function sections(markdown: string): { title: string; sections: [string, string][] } {
  const [head, ...rest] = markdown.split(/^## /m);
  return {
    title: head.trim(),
    sections: rest.map((part) => {
      const newline = part.indexOf('\n');
      return [part.slice(0, newline).trim(), part.slice(newline + 1).trim()] as [string, string];
    }),
  };
}

function section(markdown: string, name: string): string {
  const found = sections(markdown).sections.find(([title]) => title.startsWith(name));
  if (!found) throw new Error(`no section "${name}" in:\n${markdown}`);
  return found[1];
}

beforeAll(async () => {
  server = await startTestServer();
  team = await orgWithTeam(server.url, 'Promotion');
  fx = await reflectionFixture(team);
  const { levers, archetypes } = await fx.owner.client.ok(`{ levers { lever title } archetypes { archetype title } }`);
  titles = {
    levers: Object.fromEntries(levers.map((l: { lever: string; title: string }) => [l.lever, l.title])),
    archetypes: Object.fromEntries(archetypes.map((a: { archetype: string; title: string }) => [a.archetype, a.title])),
  };
  const plan = await updatePlan(team.manager.client, {
    id: fx.plan.id,
    version: fx.plan.version,
    targetArchetype: 'TECH_LEAD',
  });
  fx.plan = plan;
  await rateSignal(team.manager.client, fx.plan.id, 'ROLE_MODEL', 'CLEAR', 'Two seniors copy the validation template.');

  // A past quarter's snapshot for the trend table (20 h doing, 4 h multiplying).
  await startReflection(fx.owner.client, fx.plan.id, quarterFromNow(-1));

  // Evidence: a closed gap, an open one, an owned delegation, a planned one, goals done / active / dropped.
  const closed = await addGap(fx.owner.client, fx.plan.id, { title: 'Readouts nobody acts on' });
  await updateGap(team.manager.client, {
    id: closed.id,
    version: closed.version,
    status: 'CLOSED',
    evidence: 'Pricing chose the Q3 offer from the readout.',
  });
  await addGap(fx.owner.client, fx.plan.id, {
    kind: 'NEXT_SCOPE',
    title: 'Still open: nobody plans the next model',
  });
  const junior = await addMember(team.org, {
    name: 'Priya Promoted',
    level: 'JUNIOR',
    managerId: team.manager.id,
  });
  juniorName = 'Priya Promoted';
  let owned = await createDelegation(fx.owner.client, fx.plan.id, {
    activityId: fx.adhoc.id,
    delegateeId: junior.id,
    hoursPerWeek: 3,
    learningObjective: 'Answer finance questions from the ledger alone.',
  });
  owned = await advanceTo(fx.owner.client, owned, 'REVIEWING');
  await checkIn(fx.owner.client, owned.id, 4, 2, 'Reviewed two answers.');
  await advanceTo(fx.owner.client, owned, 'OWNED');
  const other = await addMember(team.org, {
    name: 'Leo Still-Learning',
    level: 'JUNIOR',
    managerId: team.manager.id,
  });
  await createDelegation(fx.owner.client, fx.plan.id, {
    activityId: fx.modeling.id,
    delegateeId: other.id,
    hoursPerWeek: 2,
    learningObjective: 'Retrain the churn model.',
  });

  const done = await addGoal(fx.owner.client, fx.plan.id, {
    title: 'Build the feature library',
    lever: 'INVEST_TO_MULTIPLY',
    stop: { activityId: fx.modeling.id, hoursPerWeek: 4 },
    start: {
      newActivityName: 'Feature library',
      mode: 'MULTIPLYING',
      leverage: 'HIGH',
      hoursPerWeek: 4,
    },
  });
  const active = await updateGoal(fx.owner.client, {
    id: done.id,
    version: done.version,
    status: 'ACTIVE',
  });
  await updateGoal(fx.owner.client, { id: done.id, version: active.version, status: 'DONE' });
  const open = await addGoal(fx.owner.client, fx.plan.id, {
    title: 'Run the model design reviews',
    lever: 'LEAD_TECHNICAL_DECISIONS',
    stop: { activityId: fx.adhoc.id, hoursPerWeek: 2 },
    start: {
      newActivityName: 'Design reviews',
      mode: 'MULTIPLYING',
      leverage: 'HIGH',
      hoursPerWeek: 2,
    },
  });
  await updateGoal(fx.owner.client, { id: open.id, version: open.version, status: 'ACTIVE' });
  const dropped = await addGoal(fx.owner.client, fx.plan.id, {
    title: 'Own the monitoring',
    lever: 'OWN_SYSTEM_STATE',
    stop: { activityId: fx.modeling.id, hoursPerWeek: 2 },
    start: {
      newActivityName: 'Monitoring',
      mode: 'MULTIPLYING',
      leverage: 'HIGH',
      hoursPerWeek: 2,
    },
  });
  await updateGoal(fx.owner.client, {
    id: dropped.id,
    version: dropped.version,
    status: 'DROPPED',
  });

  // A 1:1 with shared notes and both private notes.
  const oneOnOne = await schedule(fx.owner.client, fx.plan.id);
  oneOnOneId = oneOnOne.id;
  await updateSharedNotes(team.manager.client, oneOnOne.id, oneOnOne.sharedNotesVersion, 'We agreed on the library.');
  await setPrivateNote(fx.owner.client, oneOnOne.id, OWNER_PRIVATE);
  await setPrivateNote(team.manager.client, oneOnOne.id, MANAGER_PRIVATE);
});
afterAll(() => server?.stop());

describe('promotionCase', () => {
  it('is built from the evidence: readiness and signals, archetype, closed gaps, owned delegations, done goals, levers, trend', async () => {
    const { promotionCase: md } = await promotionCase(team.manager.client, fx.plan.id);
    const parsed = sections(md);
    expect(parsed.title.startsWith(`# Promotion case: ${fx.plan.owner.name},`), parsed.title).toBe(true);
    expect(parsed.title).toContain(`Prepared with ${fx.plan.manager.name}.`);
    expect(parsed.sections.map(([title]) => title)).toEqual([
      'Narrative',
      'Readiness',
      'Target archetype',
      'Gaps closed',
      'Delegations owned: who grew, hours freed',
      'Change goals done',
      'Levers used',
      'Quarterly trend',
    ]);

    expect(section(md, 'Readiness')).toContain('Two seniors copy the validation template.');
    expect(section(md, 'Target archetype')).toContain(titles.archetypes.TECH_LEAD);

    const gaps = section(md, 'Gaps closed');
    expect(gaps).toContain('Readouts nobody acts on');
    expect(gaps).toContain(`closed ${currentQuarter()}`);
    expect(gaps).toContain('Pricing chose the Q3 offer from the readout.');
    expect(gaps).not.toContain('Still open');

    const delegations = section(md, 'Delegations owned');
    expect(delegations).toContain('Ad-hoc requests');
    expect(delegations).toContain(juniorName);
    expect(delegations).toContain('3 h a week');
    expect(delegations).toContain('Answer finance questions from the ledger alone.');
    expect(delegations).not.toContain('Leo Still-Learning');

    const goals = section(md, 'Change goals done');
    expect(goals).toContain('Build the feature library');
    expect(goals).toContain(titles.levers.INVEST_TO_MULTIPLY);
    expect(goals).toMatch(/stopped 4 h of Churn modeling/);
    expect(goals).toMatch(/started 4 h of Feature library/);
    expect(goals).not.toContain('Run the model design reviews');
    expect(goals).not.toContain('Own the monitoring');

    const levers = section(md, 'Levers used');
    expect(levers).toContain(titles.levers.INVEST_TO_MULTIPLY);
    expect(levers).toContain(titles.levers.LEAD_TECHNICAL_DECISIONS);
    expect(levers).not.toContain(titles.levers.OWN_SYSTEM_STATE);

    // The trend table: the past snapshot and the live quarter (modeling 14 − 4, ad-hoc 6 − 3; reviews, library, design reviews pending).
    const rows = section(md, 'Quarterly trend')
      .split('\n')
      .filter((line) => /^\| \d{4}-Q[1-4] \|/.test(line));
    const cells = rows.map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
    expect(cells.map((c) => c.slice(0, 3))).toEqual([
      [quarterFromNow(-1), '20', '4'],
      [currentQuarter(), '13', '8'],
    ]);
    expect(cells[1][6]).toBe('1');
  });

  it('never contains a private note of either participant, for any reader', async () => {
    // Both notes are there, each readable by its author.
    expect((await getOneOnOne(fx.owner.client, oneOnOneId)).myPrivateNote).toBe(OWNER_PRIVATE);
    expect((await getOneOnOne(team.manager.client, oneOnOneId)).myPrivateNote).toBe(MANAGER_PRIVATE);
    for (const by of [fx.owner.client, team.manager.client, team.top.client]) {
      const body = await rawBody(by, `query($id: ID!) { plan(id: $id) { id promotionNarrative promotionCase } }`, {
        id: fx.plan.id,
      });
      expect(body).toContain('Promotion case');
      expect(body).not.toContain('OWNER-PRIVATE');
      expect(body).not.toContain('MANAGER-PRIVATE');
      expect(body).not.toContain('I am not sure I want this');
      expect(body).not.toContain('compare with the other candidate');
    }
  });
});

describe('updatePromotionNarrative', () => {
  it('both sides write the narrative with its own version; it heads the case', async () => {
    const before = await promotionCase(fx.owner.client, fx.plan.id);
    expect(before.promotionNarrative).toBe('');
    const first = await updateNarrative(
      fx.owner.client,
      fx.plan.id,
      before.promotionNarrativeVersion,
      'I led the library from idea to adoption.',
    );
    expect(first).toMatchObject({
      id: fx.plan.id,
      promotionNarrative: 'I led the library from idea to adoption.',
      promotionNarrativeVersion: before.promotionNarrativeVersion + 1,
    });
    const second = await updateNarrative(
      team.manager.client,
      fx.plan.id,
      first.promotionNarrativeVersion,
      'NARRATIVE-TOP: the team now ships without us both.',
    );
    expect(second.promotionNarrativeVersion).toBe(first.promotionNarrativeVersion + 1);

    const after = await promotionCase(team.top.client, fx.plan.id);
    expect(after.promotionNarrative).toBe('NARRATIVE-TOP: the team now ships without us both.');
    expect(section(after.promotionCase, 'Narrative')).toBe('NARRATIVE-TOP: the team now ships without us both.');
    const at = after.promotionCase.indexOf('NARRATIVE-TOP');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(after.promotionCase.indexOf('## Readiness'));
    const [row] = await server.db.query(
      `SELECT promotion_narrative, promotion_narrative_version FROM growth_plan WHERE id = $1`,
      [fx.plan.id],
    );
    expect(row).toEqual({
      promotion_narrative: 'NARRATIVE-TOP: the team now ships without us both.',
      promotion_narrative_version: second.promotionNarrativeVersion,
    });
  });

  it('a stale version is CONFLICT with the current narrative attached; nothing is overwritten', async () => {
    const current = await promotionCase(fx.owner.client, fx.plan.id);
    const error = expectError(
      await fx.owner.client.gql(UPDATE_NARRATIVE, {
        input: {
          planId: fx.plan.id,
          version: current.promotionNarrativeVersion - 1,
          text: 'My stale words',
        },
      }),
      'CONFLICT',
    );
    expect(error.extensions?.current).toMatchObject({
      promotionNarrative: current.promotionNarrative,
      version: current.promotionNarrativeVersion,
    });
    expect(await promotionCase(fx.owner.client, fx.plan.id)).toEqual(current);
  });

  it('has its own version: saving it does not make the other side’s edit of the plan stale', async () => {
    const { plan } = await team.manager.client.ok(
      `query($id: ID!) { plan(id: $id) { id version promotionNarrativeVersion } }`,
      { id: fx.plan.id },
    );
    const saved = await updateNarrative(
      fx.owner.client,
      fx.plan.id,
      plan.promotionNarrativeVersion,
      'NARRATIVE-TOP: the team now ships without us both. Also the library.',
    );
    expect(saved.version).toBe(plan.version);
    const updated = await updatePlan(team.manager.client, {
      id: fx.plan.id,
      version: plan.version,
      weeklyHours: 38,
    });
    expect(updated.weeklyHours).toBe(38);
    const current = await promotionCase(fx.owner.client, fx.plan.id);
    expect(current).toMatchObject({
      promotionNarrative: saved.promotionNarrative,
      promotionNarrativeVersion: saved.promotionNarrativeVersion,
    });
  });

  it('the skip-level manager reads the case but may not write the narrative: FORBIDDEN', async () => {
    const current = await promotionCase(team.top.client, fx.plan.id);
    expectError(
      await team.top.client.gql(UPDATE_NARRATIVE, {
        input: {
          planId: fx.plan.id,
          version: current.promotionNarrativeVersion,
          text: 'From above',
        },
      }),
      'FORBIDDEN',
    );
    expect(await promotionCase(team.top.client, fx.plan.id)).toEqual(current);
    expect((await team.top.client.ok(PLAN_PROMOTION, { id: fx.plan.id })).plan.promotionNarrative).toBe(
      current.promotionNarrative,
    );
  });
});
