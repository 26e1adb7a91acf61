import { ANTI_PATTERN_LABELS, ARCHETYPES, roundHours } from '@fulcrum/shared';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/app/seed/demo';
import { TestClient } from '../support/client';
import { PASSWORD, addMember, createOrg } from '../support/factories';
import type { TestServer } from '../support/server';
import { launchBrowser, newPage, signInOnPage, startE2eServer, topScreenshot as shot } from './support/browser';

// The three homes on the demo organization. Expectations about the demo's plans are read from the
// API first, so the assertions hold when the demo grows (more people, more plans).

let server: TestServer;
let browser: Browser;

let nextOneOnOneId: string;

beforeAll(async () => {
  server = await startE2eServer({ seedDemo: true });
  browser = await launchBrowser();

  // The demo has no 1:1 yet: Maya schedules the next one with Sam, one open action item on each side.
  const maya = await apiAs('maya@northwind.example');
  const { viewer, visiblePlans } = await maya.ok<{
    viewer: { person: { id: string } };
    visiblePlans: { id: string; owner: { id: string; name: string } }[];
  }>(`{ viewer { person { id } } visiblePlans { id owner { id name } } }`);
  const samPlan = visiblePlans.find((p) => p.owner.name === 'Sam Rivera')!;
  const { scheduleOneOnOne } = await maya.ok(
    `mutation($input: ScheduleOneOnOneInput!) { scheduleOneOnOne(input: $input) { id } }`,
    {
      input: { planId: samPlan.id, scheduledAt: daysAhead(3).toISOString() },
    },
  );
  nextOneOnOneId = scheduleOneOnOne.id;
  for (const [text, ownerId] of [
    ['Draft the pricing readout outline', samPlan.owner.id],
    ['Book a review slot with the pricing PM', viewer.person.id],
  ] as const) {
    await maya.ok(`mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }`, {
      input: { oneOnOneId: nextOneOnOneId, text, ownerId, dueOn: localDate(daysAhead(2)) },
    });
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const READINESS_LABELS: Record<string, string> = {
  FOCUS_ON_SENIOR_SCOPE: 'Keep growing as a Senior',
  BUILDING_SIGNALS: 'Building signals',
  READY_FOR_CHANGE: 'Ready for change',
};
const READINESS_ORDER = ['FOCUS_ON_SENIOR_SCOPE', 'BUILDING_SIGNALS', 'READY_FOR_CHANGE'].map(
  (s) => READINESS_LABELS[s],
);

async function apiAs(email: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  await client.ok(`mutation($input: SignInInput!) { signIn(input: $input) { role } }`, {
    input: { email, password: DEMO_PASSWORD },
  });
  return client;
}

function signIn(page: Page, email: string): Promise<void> {
  return signInOnPage(page, server.url, email, DEMO_PASSWORD);
}

/** The names of the table's rows, top to bottom (aria-label of each row). */
function rowNames(page: Page): Promise<string[]> {
  return page.getByTestId('report-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
}

function row(page: Page, name: string): Locator {
  return page.getByRole('row', { name, exact: true });
}

/** A date a few days ahead at 10:30 local time, as an ISO instant. */
function daysAhead(days: number): Date {
  const date = new Date();
  date.setDate(date.getDate() + days);
  date.setHours(10, 30, 0, 0);
  return date;
}

function localDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function signedHours(hours: number): string {
  const rounded = roundHours(hours);
  return rounded === 0 ? '±0 h' : rounded > 0 ? `+${rounded} h` : `−${Math.abs(rounded)} h`;
}

interface ManagerView {
  viewer: {
    person: {
      id: string;
      reports: {
        id: string;
        name: string;
        activePlan: { id: string } | null;
        reports: { id: string; name: string }[];
      }[];
    };
  };
  visiblePlans: {
    id: string;
    owner: { id: string; name: string };
    readiness: { stage: string };
    targetArchetype: string | null;
    shiftedThisQuarter: number | null;
    delegations: { activityName: string; atRisk: boolean; delegatee: { name: string } }[];
    antiPatterns: { pattern: string; detected: boolean }[];
  }[];
}

const MANAGER_VIEW = `{
  viewer { person { id reports { id name activePlan { id } reports { id name } } } }
  visiblePlans { id owner { id name } readiness { stage } targetArchetype shiftedThisQuarter
    delegations { activityName atRisk delegatee { name } } antiPatterns { pattern detected } }
}`;

it('the manager sees every report with readiness, next 1:1, risks and anti-patterns; sorts, filters and opens a row', async () => {
  const before = await (await apiAs('maya@northwind.example')).ok<ManagerView>(MANAGER_VIEW);
  const samPlan = before.visiblePlans.find((p) => p.owner.name === 'Sam Rivera')!;
  expect(samPlan).toBeDefined();

  const { page: maya } = await newPage(browser);
  await signIn(maya, 'maya@northwind.example');
  const home = maya.getByTestId('manager-home');
  await expect.poll(() => row(maya, 'Sam Rivera').isVisible()).toBe(true);
  expect(await home.getByTestId('manager-home-visibility').innerText()).toContain(
    'Each plan is visible to its owner, their manager',
  );

  // Summary: everyone below Maya, the plans, and the risks the API reports.
  const everyone = before.viewer.person.reports.flatMap((r) => [r, ...r.reports]);
  const atRiskTotal = before.visiblePlans
    .filter((p) => p.owner.id !== before.viewer.person.id)
    .flatMap((p) => p.delegations)
    .filter((d) => d.atRisk).length;
  expect(await maya.getByTestId('stat-reports-value').innerText()).toBe(String(everyone.length));
  expect(await maya.getByTestId('stat-at-risk-value').innerText()).toBe(String(atRiskTotal));

  // Sam's row says what the API says.
  const sam = row(maya, 'Sam Rivera');
  expect(await sam.getByTestId('cell-readiness').innerText()).toContain(READINESS_LABELS[samPlan.readiness.stage]);
  const archetype = ARCHETYPES.find((a) => a.archetype === samPlan.targetArchetype)?.title ?? 'Not set';
  expect(await sam.getByTestId('cell-archetype').innerText()).toBe(archetype);
  expect(await sam.getByTestId('cell-shifted').innerText()).toBe(
    samPlan.shiftedThisQuarter === null ? '—' : signedHours(samPlan.shiftedThisQuarter),
  );
  const samRisks = samPlan.delegations.filter((d) => d.atRisk);
  const samPatterns = samPlan.antiPatterns
    .filter((f) => f.detected)
    .map((f) => (ANTI_PATTERN_LABELS as Record<string, string>)[f.pattern]);
  expect(await sam.getByTestId('cell-anti-patterns').innerText()).toBe(
    samPatterns.length ? samPatterns.join('\n') : 'None',
  );
  const next = sam.getByTestId('cell-next');
  expect(await next.getByRole('link', { name: /Open the next 1:1 with Sam Rivera/ }).getAttribute('href')).toBe(
    `/one-on-ones/${nextOneOnOneId}`,
  );
  expect(await next.innerText()).toContain('2 open items');
  // Priya and Leo have no plan: their rows say so instead of leaving cells empty.
  for (const name of ['Priya Natarajan', 'Leo Martins']) {
    expect(await row(maya, name).getByTestId('cell-no-plan').innerText()).toContain('No plan yet');
  }
  await shot(maya, 'home-01-manager');

  // The open items of the next 1:1, and why delegations are at risk, one click away.
  await next.getByRole('button', { name: '2 open action items for the 1:1 with Sam Rivera' }).click();
  const items = maya.getByTestId('open-items-popover');
  await expect
    .poll(() => items.getByTestId('open-action-item').allInnerTexts())
    .toEqual([
      expect.stringContaining('Draft the pricing readout outline'),
      expect.stringContaining('Book a review slot with the pricing PM'),
    ]);
  await shot(maya, 'home-02-manager-open-items');
  const closePopover = async (popover: Locator) => {
    await maya.getByRole('heading', { name: 'Welcome, Maya' }).click();
    await expect.poll(() => popover.count()).toBe(0);
  };
  await closePopover(items);
  expect(samRisks.length).toBeGreaterThan(0); // the demo's hand-over of ad-hoc requests to Priya (last confidence 2)
  const riskCell = sam.getByTestId('cell-at-risk');
  expect(await riskCell.innerText()).toContain(`${samRisks.length} at risk`);
  await riskCell.getByRole('button', { name: /at risk in Sam Rivera's plan/ }).click();
  const risks = maya.getByTestId('risks-popover');
  await expect.poll(() => risks.getByTestId('risk-line').count()).toBe(samRisks.length);
  for (const d of samRisks)
    expect(await risks.innerText()).toContain(`${d.activityName} (${d.delegatee.name.split(' ')[0]})`);
  expect(await risks.innerText()).toContain('Ad-hoc analysis requests (Priya): last confidence 2/5 or less');
  await shot(maya, 'home-03-manager-risks');
  await closePopover(risks);

  // Sorting by name both ways, then by readiness: plans in readiness order, people without one last.
  const directNames = before.viewer.person.reports.map((r) => r.name).sort((a, b) => a.localeCompare(b));
  await expect.poll(() => rowNames(maya)).toEqual(directNames);
  await maya.getByRole('button', { name: 'Sort by person' }).click();
  await expect.poll(() => rowNames(maya)).toEqual([...directNames].reverse());
  expect(await maya.getByRole('columnheader', { name: /person/i }).getAttribute('aria-sort')).toBe('descending');
  await maya.getByRole('button', { name: 'Sort by readiness' }).click();
  await expect
    .poll(() => maya.getByRole('columnheader', { name: /readiness/i }).getAttribute('aria-sort'))
    .toBe('ascending');
  const readinessColumn = await maya
    .getByTestId('report-row')
    .evaluateAll((rows) =>
      rows.map((r) => r.querySelector('[data-testid="cell-readiness"] .mantine-Badge-label')?.textContent ?? null),
    );
  const ranks = readinessColumn.map((label) =>
    label === null ? READINESS_ORDER.length : READINESS_ORDER.indexOf(label),
  );
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(ranks.at(-1)).toBe(READINESS_ORDER.length); // Priya and Leo, without a plan, come last

  // Filters: by name, by readiness, and "needs attention" (a risk or an anti-pattern).
  await maya.getByLabel('Search by name').fill('sam');
  await expect.poll(async () => (await rowNames(maya)).every((n) => n.toLowerCase().includes('sam'))).toBe(true);
  expect(await rowNames(maya)).toContain('Sam Rivera');
  await maya.getByLabel('Search by name').fill('');
  await maya.getByLabel('Filter by readiness').selectOption('NO_PLAN');
  await expect.poll(() => rowNames(maya)).not.toContain('Sam Rivera');
  expect(await rowNames(maya)).toEqual(expect.arrayContaining(['Priya Natarajan', 'Leo Martins']));
  await maya.getByLabel('Filter by readiness').selectOption('ALL');
  await maya.getByRole('switch', { name: /Needs attention/ }).check();
  await expect.poll(() => rowNames(maya)).not.toContain('Priya Natarajan');
  expect(await rowNames(maya)).toContain('Sam Rivera');
  await shot(maya, 'home-04-manager-needs-attention');
  await maya.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect.poll(async () => (await rowNames(maya)).length).toBe(before.viewer.person.reports.length);

  // People below a direct report are collapsed under them (only when the demo has a second level).
  const nested = before.viewer.person.reports.find((r) => r.reports.length > 0);
  if (nested) {
    const toggle = row(maya, nested.name).getByRole('button', {
      name: new RegExp(`^Show the .* below ${nested.name}$`),
    });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await rowNames(maya)).not.toContain(nested.reports[0].name);
    await toggle.click();
    await expect.poll(() => rowNames(maya)).toEqual(expect.arrayContaining(nested.reports.map((r) => r.name)));
    await shot(maya, 'home-05-manager-expanded');
  }

  // A click on the row opens Sam's plan; the date opens the 1:1.
  await sam.getByTestId('cell-archetype').click();
  await maya.waitForURL(`${server.url}/plans/${samPlan.id}`);
  await maya.goBack();
  await row(maya, 'Sam Rivera')
    .getByTestId('cell-next')
    .getByRole('link', { name: /Open the next 1:1/ })
    .click();
  await maya.waitForURL(`${server.url}/one-on-ones/${nextOneOnOneId}`);
  await expect.poll(() => maya.getByRole('heading', { name: '1:1 with Sam Rivera' }).isVisible()).toBe(true);
});

interface ReportView {
  viewer: {
    person: {
      id: string;
      activePlan: {
        id: string;
        readiness: { stage: string; reasons: string[] };
        week: {
          current: { byMode: { key: string; hours: number }[] };
          projected: { byMode: { key: string; hours: number }[] };
        };
        goals: { title: string; status: string }[];
        nextOneOnOne: {
          id: string;
          actionItems: { text: string; done: boolean; owner: { id: string } }[];
        } | null;
        helpRequests: { totalCount: number; edges: { node: { topic: string } }[] };
      };
    };
  };
}

it('the report sees their plan, their week today and projected, their goals, what they owe and recent requests', async () => {
  const samApi = await apiAs('sam@northwind.example');
  const { viewer } = await samApi.ok<ReportView>(`{ viewer { person { id activePlan { id
    readiness { stage reasons }
    week { current { byMode { key hours } } projected { byMode { key hours } } }
    goals { title status }
    nextOneOnOne { id actionItems { text done owner { id } } }
    helpRequests(first: 5) { totalCount edges { node { topic } } }
  } } } }`);
  const plan = viewer.person.activePlan;

  const { page: sam } = await newPage(browser);
  await signIn(sam, 'sam@northwind.example');
  const myPlan = sam.getByTestId('my-plan');
  await expect.poll(() => myPlan.getByTestId('my-readiness').innerText()).toBe(READINESS_LABELS[plan.readiness.stage]);
  expect(await myPlan.innerText()).toContain('Lead');
  for (const reason of plan.readiness.reasons) expect(await myPlan.innerText()).toContain(reason);
  expect(await sam.getByTestId('my-plan-visibility').innerText()).toBe(
    'Visible to: you, Maya Okafor, and managers above them. Admins do not see plan content.',
  );

  // The week by mode, today and projected, in hours.
  const hours = (byMode: { key: string; hours: number }[], mode: string) =>
    roundHours(byMode.find((m) => m.key === mode)?.hours ?? 0);
  expect(await sam.getByTestId('week-today').innerText()).toContain(
    `Doing ${hours(plan.week.current.byMode, 'DOING')} h · Multiplying ${hours(plan.week.current.byMode, 'MULTIPLYING')} h`,
  );
  expect(await sam.getByTestId('week-projected').innerText()).toContain(
    `Doing ${hours(plan.week.projected.byMode, 'DOING')} h · Multiplying ${hours(plan.week.projected.byMode, 'MULTIPLYING')} h`,
  );

  // Open goals as stop → start.
  const open = plan.goals.filter((g) => g.status === 'ACTIVE' || g.status === 'PROPOSED');
  expect(await sam.getByTestId('my-goals').getByRole('article').count()).toBe(open.length);
  for (const goal of open)
    expect(await sam.getByTestId('my-goals').getByRole('article', { name: goal.title }).innerText()).toMatch(
      /^Stop\s[^]*\nStart\s/m,
    );

  // What Sam owes: his open items of the next 1:1, not Maya's.
  const owe = sam.getByTestId('what-i-owe');
  const mine = plan.nextOneOnOne?.actionItems.filter((a) => !a.done && a.owner.id === viewer.person.id) ?? [];
  expect(mine.map((a) => a.text)).toContain('Draft the pricing readout outline');
  expect(await owe.getByTestId('owed-item').allInnerTexts()).toEqual(mine.map((a) => expect.stringContaining(a.text)));
  expect(await owe.innerText()).not.toContain('Book a review slot');
  expect(await owe.innerText()).toContain('Maya has 1 open item.');
  expect(await myPlan.getByTestId('next-one-on-one').getByRole('link').getAttribute('href')).toBe(
    `/one-on-ones/${plan.nextOneOnOne!.id}`,
  );

  // The five most recent requests, and the way to the Requests tab.
  const requests = sam.getByTestId('recent-requests');
  expect(await requests.getByTestId('recent-request').count()).toBe(plan.helpRequests.edges.length);
  expect(await requests.getByTestId('recent-request').first().innerText()).toContain(
    plan.helpRequests.edges[0].node.topic,
  );
  await shot(sam, 'home-06-report');

  await requests.getByRole('link', { name: /requests/i }).click();
  await sam.waitForURL(`${server.url}/plans/${plan.id}/requests`);
  await sam.goBack();
  await sam.getByRole('link', { name: 'Open my plan' }).click();
  await sam.waitForURL(`${server.url}/plans/${plan.id}`);
});

interface JuniorView {
  delegationsToMe: {
    id: string;
    activityName: string;
    stage: string;
    atRisk: boolean;
    nextCheckInDue: string | null;
    delegator: { name: string };
  }[];
}

const STAGE_LABELS: Record<string, string> = {
  PLANNED: 'Planned',
  SHADOWING: 'Shadowing',
  PAIRING: 'Pairing',
  REVIEWING: 'Reviewing',
  OWNED: 'Owned',
  RECLAIMED: 'Reclaimed',
};

for (const [junior, email] of [
  ['leo', 'leo@northwind.example'],
  ['priya', 'priya@northwind.example'],
] as const) {
  it(`a junior (${junior}) sees what was delegated to them, flagged when at risk, and their next check-in`, async () => {
    const api = await apiAs(email);
    const { delegationsToMe } = await api.ok<JuniorView>(
      `{ delegationsToMe { id activityName stage atRisk nextCheckInDue delegator { name } } }`,
    );
    expect(delegationsToMe.length).toBeGreaterThan(0);

    const { page } = await newPage(browser);
    await signIn(page, email);
    const handed = page.getByTestId('delegated-to-me');
    await expect.poll(() => handed.getByRole('article').count()).toBe(delegationsToMe.length);
    for (const d of delegationsToMe) {
      const card = handed.getByRole('article', { name: d.activityName });
      expect(await card.getByTestId('my-delegation-stage').innerText()).toMatch(new RegExp(STAGE_LABELS[d.stage], 'i'));
      expect(await card.innerText()).toContain(`Handed to you by ${d.delegator.name}`);
      expect(await card.getByTestId('my-delegation-at-risk').count()).toBe(d.atRisk ? 1 : 0);
    }
    // The earliest check-in due comes first, overdue or not.
    const due = delegationsToMe
      .filter((d) => d.nextCheckInDue)
      .sort((a, b) => Date.parse(a.nextCheckInDue!) - Date.parse(b.nextCheckInDue!));
    const nextDue = page.getByTestId('next-check-in-due');
    if (due[0]) {
      expect(await nextDue.innerText()).toMatch(
        Date.parse(due[0].nextCheckInDue!) < Date.now() ? /^Overdue since/ : /^Due /,
      );
      expect(await nextDue.innerText()).toContain(`${due[0].activityName} with ${due[0].delegator.name}`);
    } else {
      expect(await nextDue.innerText()).toContain('Nothing due');
    }
    // The delegator's plan is never theirs to open.
    expect(await page.getByRole('link', { name: /plan/i }).count()).toBe(0);
    await shot(page, `home-07-junior-${junior}`);
  });
}

it('a new organization: the admin is told to set it up, a senior starts their plan from Home, and the admin then sees them', async () => {
  const org = await createOrg(server.url, 'Gradient Works');
  const emailOf = async (client: TestClient) =>
    (await client.ok<{ viewer: { person: { email: string } } }>(`{ viewer { person { email } } }`)).viewer.person.email;
  const adminEmail = await emailOf(org.admin);
  const signInWith = async (page: Page, email: string) => {
    await page.goto(`${server.url}/signin`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${server.url}/`);
  };

  // Nobody reports to the admin yet and nothing was handed to them: Home says what to do next.
  const { page: admin } = await newPage(browser);
  await signInWith(admin, adminEmail);
  const empty = admin.getByTestId('junior-home');
  await expect
    .poll(() => empty.getByTestId('delegated-to-me').innerText())
    .toContain('Nothing has been handed to you yet');
  expect(await empty.innerText()).toContain('Set up your organization');
  await empty.getByRole('link', { name: 'Go to People' }).click();
  await admin.waitForURL(`${server.url}/people`);
  await admin.goBack();
  await shot(admin, 'home-08-new-admin');

  // A senior with a manager and no plan is offered to start one; Home then becomes their plan's.
  const riley = await addMember(org, {
    name: 'Riley Chen',
    title: 'Senior Data Scientist',
    level: 'SENIOR',
    managerId: org.adminPersonId,
  });
  const { page: senior } = await newPage(browser);
  await signInWith(senior, await emailOf(riley.client));
  const start = senior.getByTestId('my-plan');
  await expect.poll(() => start.innerText()).toContain('You have no growth plan yet.');
  await shot(senior, 'home-09-senior-without-plan');
  await start.getByRole('button', { name: 'Start my plan' }).click();
  await senior.waitForURL(/\/plans\/[0-9a-f-]+$/);
  const planUrl = senior.url();
  await senior.getByRole('link', { name: 'Home' }).click();
  await expect
    .poll(() => senior.getByTestId('report-home').getByTestId('my-plan').innerText())
    .toContain('This plan is a draft');
  expect(await senior.getByTestId('my-week').innerText()).toContain('Your week is empty');
  expect(await senior.getByTestId('my-goals').innerText()).toContain('No open change goals');
  expect(await senior.getByTestId('what-i-owe').innerText()).toContain('No 1:1 scheduled');
  expect(await senior.getByTestId('recent-requests').innerText()).toContain('No requests logged');
  await shot(senior, 'home-10-senior-draft-plan');

  // The admin now manages someone: Home is the manager's, with Riley's new plan on its row.
  await admin.reload();
  await expect.poll(() => row(admin, 'Riley Chen').getByTestId('cell-readiness').innerText()).toMatch(/draft/i);
  expect(await row(admin, 'Riley Chen').getByTestId('cell-next').innerText()).toContain('None scheduled');
  await row(admin, 'Riley Chen').getByRole('link', { name: "Open Riley Chen's plan" }).click();
  await admin.waitForURL(planUrl);
});
