import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestServer } from '../support/server';
import { launchBrowser, newPage, screenshot, startE2eServer } from './support/browser';

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

it('signs up, adds a person, invites them, and the invitee accepts and sees the org chart', async () => {
  const suffix = randomUUID().slice(0, 6);
  const adminEmail = `ada-${suffix}@example.com`;
  const inviteeEmail = `grace-${suffix}@example.com`;

  // The founder signs up.
  const { page: admin } = await newPage(browser);
  await admin.goto(`${server.url}/signup`);
  await admin.getByLabel('Organization name').fill('Analytical Engines');
  await admin.getByLabel('Your name').fill('Ada Lovelace');
  await admin.getByLabel('Email').fill(adminEmail);
  await admin.getByLabel('Password', { exact: true }).fill('short');
  await admin.getByRole('button', { name: 'Create account' }).click();
  await expect
    .poll(() =>
      admin
        .getByText(/at least 12 characters/i)
        .first()
        .isVisible(),
    )
    .toBe(true);
  await admin.getByLabel('Password', { exact: true }).fill('a long enough passphrase');
  await admin.getByRole('button', { name: 'Create account' }).click();
  await admin.waitForURL(`${server.url}/`);
  await screenshot(admin, 'people-01-home-after-signup');

  // Adds a report under themself.
  await admin.goto(`${server.url}/people`);
  await admin.getByRole('button', { name: 'Add person' }).click();
  const form = admin.getByRole('form', { name: 'Add person' });
  await form.getByLabel('Name').fill('Grace Hopper');
  await form.getByLabel('Email').fill(inviteeEmail);
  await form.getByLabel('Title').fill('Data Scientist');
  await form.getByLabel('Level').selectOption('JUNIOR');
  await form.getByLabel('Specialty').fill('Analytics');
  const managerSelect = form.getByLabel('Manager');
  const adaValue = await managerSelect.locator('option', { hasText: 'Ada Lovelace' }).getAttribute('value');
  await managerSelect.selectOption(adaValue);
  await form.getByRole('button', { name: 'Save' }).click();
  const chart = admin.getByTestId('org-chart');
  await expect.poll(() => chart.getByText('Grace Hopper').isVisible()).toBe(true);
  await screenshot(admin, 'people-02-chart-with-grace');

  // Her details open after saving; invite her from there and copy the link.
  const drawer = admin.getByRole('dialog', { name: 'Grace Hopper' });
  await expect.poll(() => drawer.getByText(inviteeEmail).isVisible()).toBe(true);
  await drawer.getByRole('button', { name: 'Invite' }).click();
  const linkField = admin.getByLabel('Invitation link');
  await expect.poll(() => linkField.inputValue()).toMatch(/\/invitation\//);
  const acceptUrl = await linkField.inputValue();
  await screenshot(admin, 'people-03-invitation-link');

  // Grace accepts in her own browser context.
  const { page: grace } = await newPage(browser);
  await grace.goto(acceptUrl);
  await grace.getByLabel('Password', { exact: true }).fill('grace hopper passphrase');
  await grace.getByLabel('Confirm password').fill('grace hopper passphrase');
  await grace.getByRole('button', { name: 'Set password and continue' }).click();
  await grace.waitForURL(`${server.url}/`);
  await grace.goto(`${server.url}/people`);
  const graceChart = grace.getByTestId('org-chart');
  await expect.poll(() => graceChart.getByText('Ada Lovelace').isVisible()).toBe(true);
  await expect.poll(() => graceChart.getByText('Grace Hopper').isVisible()).toBe(true);
  await screenshot(grace, 'people-04-invitee-sees-chart');

  // The same link cannot be used twice.
  const { page: again } = await newPage(browser);
  await again.goto(acceptUrl);
  await again.getByLabel('Password', { exact: true }).fill('another passphrase here');
  await again.getByLabel('Confirm password').fill('another passphrase here');
  await again.getByRole('button', { name: 'Set password and continue' }).click();
  await expect
    .poll(() =>
      again
        .getByText(/already been used/i)
        .first()
        .isVisible(),
    )
    .toBe(true);
});
