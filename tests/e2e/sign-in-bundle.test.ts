import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestServer } from '../support/server';
import { launchBrowser, newPage, startE2eServer } from './support/browser';

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

const BUDGET_BYTES = 200 * 1024;

it('loads the sign-in page with less than 200 KB of JavaScript, gzipped', async () => {
  const { page } = await newPage(browser);
  const scripts = new Map<string, number>();
  const measured: Promise<void>[] = [];
  page.on('response', (response) => {
    if (!response.url().endsWith('.js')) return;
    measured.push(response.body().then((body) => void scripts.set(response.url(), gzipSync(body).length)));
  });
  await page.goto(`${server.url}/signin`, { waitUntil: 'networkidle' });
  await expect.poll(() => page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
  await Promise.all(measured);
  const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
  console.log(
    `sign-in page: ${scripts.size} scripts, ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_BYTES / 1024} KB)`,
  );
  expect(scripts.size).toBeGreaterThan(0);
  expect(total).toBeLessThan(BUDGET_BYTES);
});
