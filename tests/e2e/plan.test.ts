import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestClient } from '../support/client';
import { PASSWORD, addPerson, inviteAndAccept, uniqueEmail } from '../support/factories';
import type { TestServer } from '../support/server';
import { launchBrowser, newPage, screenshot, signInOnPage, startE2eServer } from './support/browser';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function signIn(page: Page, email: string): Promise<void> {
  return signInOnPage(page, server.url, email, PASSWORD);
}

/** Rates a signal on the viewer's own side of the Current state tab. */
async function rate(
  page: Page,
  signal: string,
  rating: 'Not seen' | 'Emerging' | 'Clear',
  evidence: string,
): Promise<void> {
  const form = page.getByRole('form', { name: `Your rating: ${signal}` });
  await form.getByText(rating, { exact: true }).click();
  await form.getByLabel('Evidence').fill(evidence);
  await form.getByRole('button', { name: 'Save rating' }).click();
  await expect.poll(() => form.getByText('Saved.').isVisible()).toBe(true);
}

async function addActivity(
  page: Page,
  name: string,
  hours: string,
  mode: string,
  leverage: string,
  total: string,
): Promise<void> {
  const form = page.getByRole('form', { name: 'Add activity' });
  await form.getByLabel('Activity').fill(name);
  await form.getByLabel('Hours per week').fill(hours);
  await form.getByLabel('Mode').selectOption(mode);
  await form.getByLabel('Leverage').selectOption(leverage);
  await form.getByRole('button', { name: 'Add to the week' }).click();
  await expect.poll(() => page.getByTestId('activities-total').innerText()).toBe(total);
}

it('the senior and the manager rate signals, fill the week to its budget, are refused a 41st hour, and plan a change', async () => {
  // An organization whose admin manages one senior, both with an account.
  const managerEmail = uniqueEmail('morgan');
  const seniorEmail = uniqueEmail('riley');
  const admin = new TestClient(server.url);
  const { signUp } = await admin.ok(`mutation($input: SignUpInput!) { signUp(input: $input) { person { id } } }`, {
    input: {
      email: managerEmail,
      password: PASSWORD,
      name: 'Morgan Lee',
      organizationName: 'Gradient Labs',
    },
  });
  const senior = await addPerson(admin, {
    name: 'Riley Chen',
    email: seniorEmail,
    title: 'Senior Data Scientist',
    level: 'SENIOR',
    managerId: signUp.person.id,
  });
  await inviteAndAccept(admin, senior.id);

  // The manager starts Riley's plan from the person drawer, then activates it.
  const { page: manager } = await newPage(browser);
  await signIn(manager, managerEmail);
  await manager.goto(`${server.url}/people`);
  await manager.getByTestId('org-chart').getByText('Riley Chen').click();
  await manager.getByRole('dialog', { name: 'Riley Chen' }).getByRole('button', { name: 'Start plan' }).click();
  await manager.waitForURL(/\/plans\/[0-9a-f-]+$/);
  const planUrl = manager.url();
  await expect
    .poll(() => manager.getByTestId('plan-visibility').innerText())
    .toContain('Visible to: Riley Chen, Morgan Lee, and managers above them');
  await manager.getByRole('button', { name: 'Activate plan' }).click();
  await expect
    .poll(() => manager.getByTestId('plan-header').getByText('Active', { exact: true }).isVisible())
    .toBe(true);

  // The senior, in their own browser, opens "My plan" from Home and rates themself.
  const { page: riley } = await newPage(browser);
  await signIn(riley, seniorEmail);
  await riley.getByRole('link', { name: 'Open my plan' }).click();
  await riley.waitForURL(planUrl);
  await expect.poll(() => riley.getByRole('heading', { name: 'Your growth plan' }).isVisible()).toBe(true);
  await rate(riley, 'Role model', 'Clear', 'Two seniors copied my experiment template this quarter.');
  await rate(riley, 'Cross-specialty contact', 'Clear', 'The pricing PM comes to me directly.');
  await screenshot(riley, 'plan-01-senior-rated');

  // The manager sees the self ratings, rates the same signals, and one disagreement shows on both sides.
  await manager.reload();
  const managerCard = manager.getByRole('group', { name: 'Cross-specialty contact' });
  await expect.poll(() => managerCard.getByText('The pricing PM comes to me directly.').isVisible()).toBe(true);
  await rate(manager, 'Role model', 'Clear', 'Riley’s template is what we point new hires to.');
  await rate(manager, 'Cross-specialty contact', 'Emerging', 'Only with pricing so far, not yet with engineering.');
  await expect.poll(() => managerCard.getByText('You disagree').isVisible()).toBe(true);
  await expect.poll(() => manager.getByRole('group', { name: 'Role model' }).getByText('You disagree').count()).toBe(0);
  await expect.poll(() => manager.getByTestId('disagreement-summary').innerText()).toContain('Cross-specialty contact');
  await expect.poll(() => manager.getByTestId('readiness').innerText()).toContain('Building signals');
  await screenshot(manager, 'plan-02-manager-sees-disagreement');

  await riley.reload();
  await expect
    .poll(() => riley.getByRole('group', { name: 'Cross-specialty contact' }).getByText('You disagree').isVisible())
    .toBe(true);
  await screenshot(riley, 'plan-03-senior-sees-disagreement');

  // The senior fills the week; the manager watches it at 38 hours.
  await riley.getByRole('tab', { name: /Week/ }).click();
  await riley.waitForURL(`${planUrl}/week`);
  await riley.getByRole('button', { name: 'Add activity' }).click();
  await addActivity(riley, 'Churn model iterations', '20', 'DOING', 'NEUTRAL', '20 / 40 h');
  await addActivity(riley, 'Ad-hoc analysis requests', '12', 'DOING', 'OVERHEAD', '32 / 40 h');
  await addActivity(riley, 'Code and notebook reviews', '6', 'MULTIPLYING', 'HIGH', '38 / 40 h');

  await manager.goto(`${planUrl}/week`);
  await expect.poll(() => manager.getByTestId('activities-total').innerText()).toBe('38 / 40 h');

  await addActivity(riley, 'Team meetings', '2', 'DOING', 'OVERHEAD', '40 / 40 h');
  await expect.poll(() => riley.getByTestId('week-free').innerText()).toContain('0 h');

  // A 41st hour is previewed before it is sent, and the button stays disabled.
  const rileyForm = riley.getByRole('form', { name: 'Add activity' });
  await rileyForm.getByLabel('Activity').fill('Mentoring a junior');
  await rileyForm.getByLabel('Hours per week').fill('1');
  await expect
    .poll(() => riley.getByTestId('budget-preview').innerText())
    .toContain('This would take the week to 41 h, 1 h over the 40 h budget.');
  expect(await rileyForm.getByRole('button', { name: 'Add to the week' }).isDisabled()).toBe(true);
  await screenshot(riley, 'plan-04-senior-41st-hour-previewed');

  // The manager's page still shows 2 free hours: the server refuses the 41st and says what to hand off.
  await manager.getByRole('button', { name: 'Add activity' }).click();
  const managerForm = manager.getByRole('form', { name: 'Add activity' });
  await managerForm.getByLabel('Activity').fill('Hiring interviews');
  await managerForm.getByLabel('Hours per week').fill('1');
  await managerForm.getByRole('button', { name: 'Add to the week' }).click();
  const refused = manager.getByTestId('budget-refused');
  await expect.poll(() => refused.innerText()).toContain('would take the week to 41 h, 1 h over the 40 h budget');
  expect(await refused.innerText()).toContain('Ad-hoc analysis requests (12 h)');
  await expect.poll(() => manager.getByTestId('activities-total').innerText()).toBe('40 / 40 h');
  await screenshot(manager, 'plan-05-manager-refused-41st-hour');

  // The senior proposes a change goal and watches the projected week change as the hours are typed.
  await riley.getByRole('tab', { name: /Goals/ }).click();
  await riley.waitForURL(`${planUrl}/goals`);
  await riley.getByRole('button', { name: 'New change goal' }).click();
  const goal = riley.getByRole('form', { name: 'New change goal' });
  await goal.getByLabel('Title').fill('Hand ad-hoc requests to the analysts, run office hours');
  await goal.getByLabel('Lever', { exact: true }).selectOption('SHARE_KNOWLEDGE');
  await goal.getByLabel('Activity to stop or shrink').selectOption({ label: 'Ad-hoc analysis requests (12 h)' });
  await goal.getByLabel('Hours freed per week').fill('6');
  await goal.getByLabel('New activity name').fill('Analytics office hours');
  await goal.getByLabel('Mode', { exact: true }).selectOption('MULTIPLYING');
  await goal.getByLabel('Leverage', { exact: true }).selectOption('HIGH');
  await goal.getByLabel('Hours taken per week').fill('6');
  const summary = riley.getByTestId('goal-preview-summary');
  await expect.poll(() => summary.innerText()).toMatch(/Doing: 34 h\s*→?\s*28 h/);
  await expect.poll(() => summary.innerText()).toMatch(/Multiplying: 6 h\s*→?\s*12 h/);
  // More hours taken than freed would overbook the projected week: previewed, not sent.
  await goal.getByLabel('Hours taken per week').fill('7');
  await expect
    .poll(() => riley.getByTestId('budget-preview').innerText())
    .toContain('This would take the projected week to 41 h, 1 h over the 40 h budget.');
  await goal.getByLabel('Hours taken per week').fill('6');
  await expect.poll(() => riley.getByTestId('budget-preview').count()).toBe(0);
  await screenshot(riley, 'plan-06-goal-form-projected-week');
  await goal.getByRole('button', { name: 'Propose goal' }).click();
  const card = riley.getByRole('article', {
    name: 'Hand ad-hoc requests to the analysts, run office hours',
  });
  await expect.poll(() => card.getByText('Proposed', { exact: true }).isVisible()).toBe(true);
  expect(await card.innerText()).toMatch(/Ad-hoc analysis requests\s*−6 h/);
  expect(await card.innerText()).toMatch(/Analytics office hours\s*\+6 h/);

  // The projected week on the Week tab: still 40 hours, with twice the multiplying share.
  await riley.getByRole('tab', { name: /Week/ }).click();
  await expect.poll(() => riley.getByTestId('week-projected').innerText()).toContain('40 h');
  await expect.poll(() => riley.getByTestId('week-multiplying').innerText()).toContain('15% → 30%');
  await screenshot(riley, 'plan-07-senior-projected-week');

  // The manager sees the proposed goal too.
  await manager.goto(`${planUrl}/goals`);
  await expect
    .poll(() =>
      manager.getByRole('article', { name: 'Hand ad-hoc requests to the analysts, run office hours' }).isVisible(),
    )
    .toBe(true);
  await screenshot(manager, 'plan-08-manager-sees-goal');
});
