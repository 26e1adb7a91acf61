import fs from 'node:fs/promises';
import { quarterOf } from '@fulcrum/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/app/seed/demo';
import type { TestServer } from '../support/server';
import { launchBrowser, newPage, signInOnPage, startE2eServer, topScreenshot as shot } from './support/browser';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startE2eServer({ seedDemo: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function signIn(page: Page, email: string): Promise<void> {
  return signInOnPage(page, server.url, email, DEMO_PASSWORD);
}

/** YYYY-MM-DD in local time, as the browser names the download. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

it('the senior and the manager write their reflection, share it, both sign off, and download the promotion case', async () => {
  const quarter = quarterOf(new Date());

  // Sam opens the Reflections tab of his plan: the trend shows the two past quarters and this one.
  const { page: sam } = await newPage(browser);
  await signIn(sam, 'sam@northwind.example');
  await sam.getByRole('link', { name: 'Open my plan' }).click();
  await sam.waitForURL(/\/plans\/[0-9a-f-]+$/);
  const planUrl = sam.url();
  await sam.getByRole('tab', { name: 'Reflections' }).click();
  await sam.waitForURL(`${planUrl}/reflections`);
  const trend = sam.getByTestId('trend-table');
  await expect.poll(() => trend.innerText()).toContain(`${quarter} (now)`);
  expect(await trend.innerText()).toMatch(/\d{4}-Q\d\s+39 h/);
  await expect
    .poll(() => sam.getByTestId('plan-visibility').innerText())
    .toContain('Visible to: Sam Rivera, Maya Okafor');

  // He starts this quarter's reflection (its snapshot freezes), writes his side, picks the next gap.
  await sam.getByRole('button', { name: `Start the ${quarter} reflection` }).click();
  const panel = sam.getByTestId(`reflection-${quarter}`);
  await expect.poll(() => panel.getByTestId('reflection-status').innerText()).toMatch(/draft/i);
  const samForm = sam.getByRole('form', { name: 'Your reflection (self)' });
  await samForm.getByRole('textbox').fill('Handed the churn iterations to Priya; the pricing readout is mine now.');
  await samForm.getByRole('button', { name: 'Save my reflection' }).click();
  await expect.poll(() => samForm.getByText('Saved.').isVisible()).toBe(true);
  const picks = sam.getByRole('form', { name: 'Your picks' });
  await picks.getByLabel('The next gap').selectOption({ label: 'Stakeholder updates without Maya in the room' });
  await picks.getByLabel('Rushing the step').check();
  await picks.getByRole('button', { name: 'Save picks' }).click();
  await expect.poll(() => sam.getByTestId('finding-RUSHING').innerText()).toContain('Self-reported');
  // Maya's side is not his to write.
  expect(await sam.getByRole('form', { name: "Maya's reflection (manager)" }).count()).toBe(0);
  await shot(sam, 'reflections-01-senior-wrote');

  // Maya opens Sam's plan from Home and writes her side; she cannot pick Sam's next gap.
  const { page: maya } = await newPage(browser);
  await signIn(maya, 'maya@northwind.example');
  await maya.getByRole('link', { name: "Open Sam Rivera's plan" }).click();
  await maya.waitForURL(planUrl);
  await maya.goto(`${planUrl}/reflections`);
  const mayaPanel = maya.getByTestId(`reflection-${quarter}`);
  await expect.poll(() => mayaPanel.getByTestId('text-SELF').innerText()).toContain('the pricing readout is mine now');
  await expect
    .poll(() => mayaPanel.getByTestId('next-gap').innerText())
    .toBe('Stakeholder updates without Maya in the room');
  const mayaForm = maya.getByRole('form', { name: 'Your reflection (manager)' });
  await mayaForm
    .getByRole('textbox')
    .fill('Sam let go of the churn model and coached Priya through it. Next: the pricing room without me.');
  await mayaForm.getByRole('button', { name: 'Save my reflection' }).click();
  await expect.poll(() => mayaForm.getByText('Saved.').isVisible()).toBe(true);

  // Sam sees both texts side by side and shares the reflection.
  await sam.reload();
  await expect.poll(() => panel.getByTestId('text-MANAGER').innerText()).toContain('the pricing room without me');
  await panel.getByRole('button', { name: 'Share with Maya' }).click();
  await expect.poll(() => panel.getByTestId('reflection-status').innerText()).toMatch(/shared/i);

  // Both sign off; the reflection becomes final only with the second signature.
  await panel.getByRole('button', { name: 'Sign off' }).click();
  await expect.poll(() => panel.getByTestId('signature-Sam').innerText()).toBe('Sam: signed');
  expect(await panel.getByTestId('signature-Maya').innerText()).toBe('Maya: not signed');
  expect(await panel.getByTestId('reflection-status').innerText()).toMatch(/shared/i);

  await maya.reload();
  await expect.poll(() => mayaPanel.getByTestId('signature-Sam').innerText()).toBe('Sam: signed');
  await mayaPanel.getByRole('button', { name: 'Sign off' }).click();
  await expect.poll(() => mayaPanel.getByTestId('reflection-status').innerText()).toMatch(/signed off/i);
  expect(await mayaPanel.getByTestId('signature-Maya').innerText()).toBe('Maya: signed');
  expect(await maya.getByRole('form', { name: 'Your reflection (manager)' }).count()).toBe(0);
  await shot(maya, 'reflections-02-manager-signed-off');

  // Sam writes the narrative; Maya, on a stale page, saves hers and is shown Sam's text instead of overwriting it.
  await sam.reload();
  await expect.poll(() => panel.getByTestId('reflection-status').innerText()).toMatch(/signed off/i);
  const narrative = sam.getByRole('form', { name: 'Narrative' });
  await narrative
    .getByRole('textbox')
    .fill('Sam now grows others: two delegations owned or reviewed, and the week shows it.');
  await narrative.getByRole('button', { name: 'Save narrative' }).click();
  await expect.poll(() => sam.getByTestId('promotion-case').innerText()).toContain('Sam now grows others');

  const mayaNarrative = maya.getByRole('form', { name: 'Narrative' });
  await mayaNarrative.getByRole('textbox').fill('Ready for Lead.');
  await mayaNarrative.getByRole('button', { name: 'Save narrative' }).click();
  await expect.poll(() => maya.getByTestId('their-narrative').innerText()).toContain('Sam now grows others');
  await shot(maya, 'reflections-03-narrative-conflict');
  await mayaNarrative.getByRole('button', { name: 'Use their text' }).click();
  expect(await mayaNarrative.getByRole('textbox').inputValue()).toContain('Sam now grows others');

  // The promotion case renders its trend table, and downloads as Markdown named after Sam and today.
  const rendered = sam.getByTestId('promotion-case');
  await expect.poll(() => rendered.getByRole('heading', { name: 'Quarterly trend' }).isVisible()).toBe(true);
  expect(await rendered.locator('table').last().innerText()).toContain(quarter);
  await shot(sam, 'reflections-04-promotion-case');

  const [download] = await Promise.all([
    sam.waitForEvent('download'),
    sam.getByRole('button', { name: 'Download .md' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`promotion-case-sam-rivera-${today()}.md`);
  const markdown = await fs.readFile(await download.path(), 'utf8');
  expect(markdown).toContain('# Promotion case: Sam Rivera');
  expect(markdown).toContain('## Quarterly trend');
  expect(markdown).toContain('| Quarter | Doing h | Multiplying h |');
  expect(markdown).toMatch(new RegExp(`\\| ${quarter} \\| \\d+ \\|`));
  expect(markdown).toContain('Sam now grows others');
});
