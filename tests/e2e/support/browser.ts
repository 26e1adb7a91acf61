import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../support/server';

const root = path.resolve(__dirname, '../../..');
export const SCREENSHOTS = path.join(root, 'test-results', 'screenshots');

/** Debian's Chromium (never a downloaded browser); CHROMIUM_PATH overrides the path. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A real server that serves the built client (run `npm run build` first; `npm run test:e2e` does). */
export function startE2eServer(overrides: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const clientDist = path.join(root, 'client/dist');
  if (!fs.existsSync(path.join(clientDist, 'index.html')))
    throw new Error('client/dist is missing: run `npm run build` first');
  return startTestServer({ clientDist, ...overrides });
}

export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  return { context, page };
}

/** Saves a full-page screenshot under test-results/screenshots to be looked at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Signs in through the sign-in page, as a person would, and waits for Home. */
export async function signInOnPage(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${baseUrl}/`);
}

/** A full-page screenshot from the top, so the fixed header sits where it belongs. */
export async function topScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, name);
}
