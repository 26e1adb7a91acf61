import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
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

/** Long enough for a debounced save (1.5 s) plus the round trip and the other side's refetch. */
const LIVE = { timeout: 15_000, interval: 100 };

function signIn(page: Page, email: string): Promise<void> {
  return signInOnPage(page, server.url, email, DEMO_PASSWORD);
}

function agendaTexts(page: Page): Promise<string[]> {
  return page
    .getByTestId('agenda-item')
    .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
}

async function waitLive(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('live-status').getAttribute('data-status'), LIVE).toBe('connected');
}

/**
 * Everything a page holds that a person could read or that reached it: its text, the values of
 * its inputs, and every GraphQL response and WebSocket message it received.
 */
function recordTraffic(page: Page): string[] {
  const seen: string[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('/graphql'))
      void response.text().then(
        (body) => seen.push(body),
        () => undefined,
      );
  });
  page.on('websocket', (socket) => socket.on('framereceived', (frame) => seen.push(String(frame.payload))));
  return seen;
}

async function everythingOn(page: Page, traffic: string[]): Promise<string> {
  const values = String(
    await page.evaluate("[...document.querySelectorAll('input, textarea')].map((e) => e.value).join('\\n')"),
  );
  return [await page.locator('body').innerText(), values, ...traffic].join('\n');
}

/**
 * A browser context whose 1:1 WebSocket passes through a switch: while `cut`, the server's
 * messages are dropped (the connection looks alive, events are lost); `reconnect` closes the
 * socket as a network change would, and graphql-ws reconnects and resubscribes.
 */
async function flakyContext(): Promise<{
  context: BrowserContext;
  page: Page;
  link: { cut: boolean; reconnect: () => Promise<void> };
}> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const sockets = new Set<WebSocketRoute>();
  const link = {
    cut: false,
    reconnect: async () => {
      for (const socket of sockets) await socket.close({ code: 1012, reason: 'Network changed' });
      sockets.clear();
    },
  };
  await context.routeWebSocket(/\/graphql$/, (socket) => {
    const upstream = socket.connectToServer();
    sockets.add(socket);
    socket.onMessage((message) => upstream.send(message));
    upstream.onMessage((message) => {
      if (!link.cut) socket.send(message);
    });
  });
  return { context, page: await context.newPage(), link };
}

it('manager and report run a 1:1 together: each sees the other’s agenda items, notes and ticks live, conflicts are explained, private notes stay private', async () => {
  // Maya schedules the next 1:1 from the 1:1s tab of Sam's plan (her WebSocket can be cut below).
  const { page: maya, link } = await flakyContext();
  const mayaTraffic = recordTraffic(maya);
  await signIn(maya, 'maya@northwind.example');
  await maya.getByRole('link', { name: "Open Sam Rivera's plan" }).click();
  await maya.waitForURL(/\/plans\/[0-9a-f-]+$/);
  const planUrl = maya.url();
  await maya.getByRole('tab', { name: '1:1s' }).click();
  await maya.waitForURL(`${planUrl}/one-on-ones`);
  await expect.poll(() => maya.getByTestId('next-one-on-one-card').innerText()).toContain('Nothing scheduled');
  await maya.getByLabel('Date and time').fill('2026-12-03T10:30');
  await shot(maya, 'one-on-ones-01-manager-schedules');
  await maya.getByRole('button', { name: 'Schedule 1:1' }).click();
  await maya.waitForURL(/\/one-on-ones\/[0-9a-f-]+$/);
  const oneOnOneUrl = maya.url();

  // The plan proposed what to discuss: the disagreement and the delegation at risk, both removable.
  await expect.poll(() => maya.getByRole('heading', { name: '1:1 with Sam Rivera' }).isVisible()).toBe(true);
  await expect
    .poll(() => agendaTexts(maya))
    .toEqual([
      'Cross-specialty contact: self says clear, manager says emerging.',
      'Delegation at risk: Ad-hoc analysis requests with Priya Natarajan (last confidence 2/5).',
    ]);
  expect(await maya.getByTestId('agenda').getByText('From the plan').count()).toBe(2);
  expect(await maya.getByTestId('one-on-one-visibility').innerText()).toBe(
    'Shared notes, agenda and action items: you and Sam, and managers above. Private note: only you.',
  );
  expect(await maya.getByTestId('private-note-lock').innerText()).toBe('Only you can see this.');
  await waitLive(maya);

  // Sam finds the 1:1 on Home and opens it in his own browser.
  const { page: sam } = await newPage(browser);
  const samTraffic = recordTraffic(sam);
  await signIn(sam, 'sam@northwind.example');
  await sam.getByTestId('my-plan').getByTestId('next-one-on-one').getByRole('link').click();
  await sam.waitForURL(oneOnOneUrl);
  await expect.poll(() => sam.getByRole('heading', { name: '1:1 with Maya Okafor' }).isVisible()).toBe(true);
  await waitLive(sam);

  // Sam adds an agenda item linked to a gap of the plan: it appears on Maya's page, no reload.
  const samAgenda = sam.getByRole('form', { name: 'Add agenda item' });
  await samAgenda.getByLabel('New agenda item').fill('Run the pricing readout without Maya in the room');
  await samAgenda
    .getByLabel('Link to the plan (optional)')
    .selectOption({ label: 'Stakeholder updates without Maya in the room' });
  await samAgenda.getByRole('button', { name: 'Add to agenda' }).click();
  await expect.poll(() => agendaTexts(maya), LIVE).toContain('Run the pricing readout without Maya in the room');
  await expect
    .poll(() => maya.getByTestId('live-notice').innerText(), LIVE)
    .toContain('Sam added an agenda item: “Run the pricing readout without Maya in the room”.');
  const link0 = maya
    .getByRole('listitem', { name: 'Run the pricing readout without Maya in the room' })
    .getByTestId('agenda-link');
  expect(await link0.innerText()).toContain('Gap: Stakeholder updates without Maya in the room');
  expect(await link0.getAttribute('href')).toMatch(/\/plans\/[0-9a-f-]+\/gaps#gap-[0-9a-f-]+$/);
  await shot(maya, 'one-on-ones-02-manager-sees-the-reports-item');

  // Maya adds one; Sam sees it. Maya drops the delegation proposal; it leaves Sam's agenda too.
  const mayaAgenda = maya.getByRole('form', { name: 'Add agenda item' });
  await mayaAgenda.getByLabel('New agenda item').fill('Who reviews the churn model while Sam is on leave?');
  await mayaAgenda.getByRole('button', { name: 'Add to agenda' }).click();
  await expect.poll(() => agendaTexts(sam), LIVE).toContain('Who reviews the churn model while Sam is on leave?');
  await expect.poll(() => sam.getByTestId('live-notice').innerText(), LIVE).toContain('Maya added an agenda item');
  await maya.getByRole('button', { name: /^Remove “Delegation at risk/ }).click();
  await expect
    .poll(() => agendaTexts(sam), LIVE)
    .toEqual([
      'Cross-specialty contact: self says clear, manager says emerging.',
      'Run the pricing readout without Maya in the room',
      'Who reviews the churn model while Sam is on leave?',
    ]);

  // Sam moves his item to the top with the keyboard (the drag handle); Maya sees the new order.
  const handle = sam.getByRole('button', {
    name: 'Move “Run the pricing readout without Maya in the room”',
    exact: true,
  });
  const announced = sam.locator('[id^="DndLiveRegion"]');
  await handle.focus();
  await sam.keyboard.press('Space');
  await expect
    .poll(() => announced.innerText())
    .toContain('Picked up “Run the pricing readout without Maya in the room”, at position 2 of 3.');
  await sam.keyboard.press('ArrowUp');
  await expect.poll(() => announced.innerText()).toContain('moved to position 1 of 3.');
  await sam.keyboard.press('Space');
  await expect
    .poll(() => agendaTexts(maya).then((texts) => texts[0]), LIVE)
    .toBe('Run the pricing readout without Maya in the room');
  await maya.getByRole('checkbox', { name: 'Discussed: Run the pricing readout without Maya in the room' }).check();
  await expect
    .poll(
      () =>
        sam
          .getByRole('checkbox', {
            name: 'Discussed: Run the pricing readout without Maya in the room',
          })
          .isChecked(),
      LIVE,
    )
    .toBe(true);

  // Shared notes: Maya writes, the notes save by themselves, Sam's editor shows them as saved.
  // The editor: labelled "Shared notes", or "Your draft" beside the other person's version.
  const mayaNotes = maya.getByTestId('notes-editor');
  await mayaNotes.fill('## Decisions\n\n- Sam presents the **pricing readout** on Thursday');
  await expect.poll(() => maya.getByTestId('notes-status').innerText(), LIVE).toMatch(/^All changes saved/);
  const samNotes = sam.getByTestId('notes-editor');
  await expect.poll(() => samNotes.inputValue(), LIVE).toContain('Sam presents the **pricing readout** on Thursday');
  await expect.poll(() => sam.getByTestId('live-notice').innerText(), LIVE).toContain('Maya saved the shared notes.');
  await shot(sam, 'one-on-ones-03-report-sees-the-managers-notes');

  // Sam adds a line; Maya sees it.
  await samNotes.fill(`${await samNotes.inputValue()}\n- Priya takes the ad-hoc queue`);
  await expect.poll(() => mayaNotes.inputValue(), LIVE).toContain('- Priya takes the ad-hoc queue');

  // Each writes a private note.
  await maya.getByLabel('Private note').fill('MAYA-ONLY: ready to lead the pricing review; raise it at calibration.');
  await sam.getByLabel('Private note').fill('SAM-ONLY: ask for the conference budget.');
  await expect.poll(() => maya.getByTestId('private-note-status').innerText(), LIVE).toMatch(/^Saved/);
  await expect.poll(() => sam.getByTestId('private-note-status').innerText(), LIVE).toMatch(/^Saved/);

  // Maya's connection silently stops delivering: Sam's next item does not reach her...
  link.cut = true;
  await samAgenda.getByLabel('New agenda item').fill('Offsite in January');
  await samAgenda.getByRole('button', { name: 'Add to agenda' }).click();
  await expect.poll(() => agendaTexts(sam), LIVE).toContain('Offsite in January');
  await maya.waitForTimeout(1500);
  expect(await agendaTexts(maya)).not.toContain('Offsite in January');
  // ...until the socket reconnects: the 1:1 is refetched, nothing is lost, no reload.
  link.cut = false;
  await link.reconnect();
  await expect.poll(() => agendaTexts(maya), LIVE).toContain('Offsite in January');
  await waitLive(maya);

  // A conflicting save: while Maya's events are cut again, Sam saves the notes; Maya, who has not
  // seen that version, saves hers. She is told plainly, and sees Sam's text next to her draft.
  link.cut = true;
  await samNotes.fill(`${await samNotes.inputValue()}\n- Sam: I book the room`);
  await expect.poll(() => sam.getByTestId('notes-status').innerText(), LIVE).toMatch(/^All changes saved/);
  await mayaNotes.fill(`${await mayaNotes.inputValue()}\n- Maya: I stay out of the room`);
  await maya.getByRole('button', { name: 'Save now' }).click();
  const conflict = maya.getByTestId('notes-conflict');
  await expect
    .poll(() => conflict.innerText(), LIVE)
    .toContain('Your last save was not applied: Sam saved the notes just before you.');
  expect(await conflict.innerText()).toContain('Nothing is lost');
  expect(await maya.getByTestId('notes-theirs').inputValue()).toContain('- Sam: I book the room');
  expect(await maya.getByLabel('Your draft').inputValue()).toContain('- Maya: I stay out of the room');
  await shot(maya, 'one-on-ones-04-manager-conflict-explained');
  link.cut = false;
  await link.reconnect();
  await waitLive(maya);

  // She merges Sam's line into her draft and saves over: both lines reach Sam, live.
  await mayaNotes.fill(`${await mayaNotes.inputValue()}\n- Sam: I book the room`);
  await conflict.getByRole('button', { name: 'Keep mine and save over' }).click();
  await expect.poll(() => maya.getByTestId('notes-conflict').count(), LIVE).toBe(0);
  await expect.poll(() => samNotes.inputValue(), LIVE).toContain('- Maya: I stay out of the room');
  expect(await samNotes.inputValue()).toContain('- Sam: I book the room');

  // Action items: Maya gives Sam one with a due date; Sam ticks it off; Maya sees the tick.
  const action = maya.getByRole('form', { name: 'Add action item' });
  await action.getByLabel('New action item').fill('Draft the pricing readout');
  await action.getByLabel('Owner').selectOption({ label: 'Sam Rivera' });
  await action.getByLabel('Due (optional)').fill('2026-12-10');
  await action.getByRole('button', { name: 'Add action item' }).click();
  const samItem = sam.getByRole('listitem', { name: 'Draft the pricing readout' });
  await expect.poll(() => samItem.innerText(), LIVE).toContain('Owner: You');
  expect(await samItem.innerText()).toContain('Dec');
  await sam.getByRole('checkbox', { name: 'Done: Draft the pricing readout' }).check();
  await expect
    .poll(() => maya.getByRole('checkbox', { name: 'Done: Draft the pricing readout' }).isChecked(), LIVE)
    .toBe(true);
  await expect
    .poll(() => maya.getByTestId('live-notice').innerText(), LIVE)
    .toContain('Sam ticked off “Draft the pricing readout”.');

  // Sam completes the 1:1 (after confirming); Maya's page turns read only, live.
  await sam.getByRole('button', { name: 'Complete 1:1' }).click();
  await sam.getByRole('dialog').getByRole('button', { name: 'Complete 1:1' }).click();
  await expect.poll(() => maya.getByTestId('one-on-one-status').innerText(), LIVE).toMatch(/done/i);
  await expect.poll(() => mayaNotes.count(), LIVE).toBe(0);
  expect(await maya.getByTestId('notes-view').innerText()).toContain('Maya: I stay out of the room');
  expect(await maya.getByRole('form', { name: 'Add agenda item' }).count()).toBe(0);
  // Action items can still be ticked on a done 1:1.
  await maya.getByRole('checkbox', { name: 'Done: Draft the pricing readout' }).uncheck();
  await expect
    .poll(() => sam.getByRole('checkbox', { name: 'Done: Draft the pricing readout' }).isChecked(), LIVE)
    .toBe(false);
  await shot(maya, 'one-on-ones-05-manager-sees-it-done');
  await shot(sam, 'one-on-ones-06-report-done');

  // Neither private note ever reached the other: not on the page, not in any response or event,
  // also after a reload. Each still reads their own.
  await sam.reload();
  await maya.reload();
  await expect
    .poll(() => sam.getByLabel('Private note').inputValue(), LIVE)
    .toBe('SAM-ONLY: ask for the conference budget.');
  await expect
    .poll(() => maya.getByLabel('Private note').inputValue(), LIVE)
    .toBe('MAYA-ONLY: ready to lead the pricing review; raise it at calibration.');
  const samSaw = await everythingOn(sam, samTraffic);
  const mayaSaw = await everythingOn(maya, mayaTraffic);
  expect(samSaw).toContain('SAM-ONLY');
  expect(samSaw).not.toContain('MAYA-ONLY');
  expect(mayaSaw).toContain('MAYA-ONLY');
  expect(mayaSaw).not.toContain('SAM-ONLY');
});
