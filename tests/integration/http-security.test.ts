import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, TestClient } from '../support/client';
import { createOrg, PASSWORD, uniqueEmail } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Security headers on every kind of response (helmet, server/src/app/http/security-headers.ts), HSTS
 * and the WebSocket source with an https PUBLIC_URL, and TRUST_PROXY deciding whose
 * X-Forwarded-For is believed.
 */

// A stand-in for the built client: what serveClient serves at `/`, under /assets and for client routes.
const clientDist = fs.mkdtempSync(path.join(os.tmpdir(), 'fulcrum-client-'));
fs.mkdirSync(path.join(clientDist, 'assets'));
fs.writeFileSync(
  path.join(clientDist, 'index.html'),
  '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
);
fs.writeFileSync(path.join(clientDist, 'assets', 'app.js'), 'console.log("client")');

let server: TestServer;
let https: TestServer;
let feedUrl: string;
beforeAll(async () => {
  server = await startTestServer({ clientDist });
  https = await startTestServer({ clientDist, publicUrl: 'https://fulcrum.example.com' });
  const org = await createOrg(server.url, 'Headers');
  feedUrl = (await org.admin.ok(`{ viewer { calendarFeedUrl } }`)).viewer.calendarFeedUrl;
});
afterAll(async () => {
  await server?.stop();
  await https?.stop();
  fs.rmSync(clientDist, { recursive: true, force: true });
});

function csp(response: Response): Map<string, string[]> {
  const header = response.headers.get('content-security-policy');
  expect(header).toBeTruthy();
  return new Map(
    header!.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values] as [string, string[]];
    }),
  );
}

/** One request of every kind the server answers: API, health, feed, client, errors. */
function everyKind(base: string, feed: string): [string, () => Promise<Response>][] {
  const graphql = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  return [
    ['GET /healthz', () => fetch(`${base}/healthz`)],
    ['POST /graphql', () => graphql(JSON.stringify({ query: '{ viewer { role } }' }))],
    ['POST /graphql, an error', () => graphql(JSON.stringify({ query: '{ nope }' }))],
    ['POST /graphql, not JSON', () => graphql('{')],
    ['GET /graphql without CSRF header', () => fetch(`${base}/graphql?query=%7B__typename%7D`)],
    ['GET the calendar feed', () => fetch(feed)],
    ['GET a wrong calendar feed', () => fetch(`${base}/calendar/garbage.ics`)],
    ['GET /', () => fetch(`${base}/`)],
    ['GET a client route', () => fetch(`${base}/people/123`)],
    ['GET a client asset', () => fetch(`${base}/assets/app.js`)],
    ['DELETE an unknown path', () => fetch(`${base}/nowhere`, { method: 'DELETE' })],
  ];
}

describe('security headers', () => {
  it('every response carries them: no framing, no sniffing, no referrer, a CSP without inline or eval script', async () => {
    const port = new URL(server.url).port;
    for (const [what, request] of everyKind(server.url, feedUrl)) {
      const response = await request();
      await response.arrayBuffer();
      expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), what).toBe('DENY');
      expect(response.headers.get('referrer-policy'), what).toBe('no-referrer');
      expect(response.headers.get('x-powered-by'), what).toBeNull();
      // Served over plain HTTP without an https PUBLIC_URL: no HSTS, no upgrade.
      expect(response.headers.get('strict-transport-security'), what).toBeNull();
      const policy = csp(response);
      if (what === 'DELETE an unknown path') {
        // Express's own 404 replaces the policy with an even stricter one.
        expect(policy.get('default-src'), what).toEqual(["'none'"]);
        continue;
      }
      expect(policy.get('default-src'), what).toEqual(["'self'"]);
      expect(policy.get('script-src'), what).toEqual(["'self'"]);
      expect(policy.get('script-src-attr'), what).toEqual(["'none'"]);
      expect(policy.get('style-src'), what).toEqual(["'self'", "'unsafe-inline'"]);
      expect(policy.get('object-src'), what).toEqual(["'none'"]);
      expect(policy.get('base-uri'), what).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors'), what).toEqual(["'none'"]);
      expect(policy.get('form-action'), what).toEqual(["'self'"]);
      // The live 1:1 socket of this very host, named for browsers whose 'self' does not cover ws:.
      expect(policy.get('connect-src'), what).toEqual(["'self'", `ws://localhost:${port}`, `wss://localhost:${port}`]);
      expect(policy.has('upgrade-insecure-requests'), what).toBe(false);
    }
  });

  it('with an https PUBLIC_URL: HSTS, upgrade-insecure-requests, and only wss: of the public host', async () => {
    const base = `http://localhost:${https.port}`;
    const feed = feedUrl.replace(server.url, base);
    for (const [what, request] of everyKind(base, feed)) {
      const response = await request();
      await response.arrayBuffer();
      expect(response.headers.get('strict-transport-security'), what).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers.get('x-frame-options'), what).toBe('DENY');
      if (what === 'DELETE an unknown path') continue;
      const policy = csp(response);
      expect(policy.get('connect-src'), what).toEqual(["'self'", 'wss://fulcrum.example.com']);
      expect(policy.has('upgrade-insecure-requests'), what).toBe(true);
    }
  });

  it('copies no odd Host header into the policy', async () => {
    const header = await new Promise<string>((resolve, reject) => {
      const request = http.get(
        {
          host: '127.0.0.1',
          port: new URL(server.url).port,
          path: '/healthz',
          headers: { host: "evil.example; script-src 'unsafe-inline'" },
        },
        (response) => {
          response.resume();
          resolve(String(response.headers['content-security-policy']));
        },
      );
      request.on('error', reject);
    });
    expect(header).not.toContain('evil.example');
    expect(header).toContain("script-src 'self';");
    expect(header).toContain("connect-src 'self' 'self';");
  });
});

describe('TRUST_PROXY', () => {
  const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { role } }`;

  async function blockedAfterTenFromDifferentForwardedAddresses(base: string): Promise<boolean> {
    for (let i = 0; i < 10; i++) {
      const client = new TestClient(base, { 'x-forwarded-for': `192.0.2.${i + 1}` });
      expect(
        errorCode(
          await client.gql(SIGN_IN, {
            input: { email: uniqueEmail('proxy'), password: 'wrong password!!' },
          }),
        ),
      ).toBe('UNAUTHENTICATED');
    }
    const last = new TestClient(base, { 'x-forwarded-for': '192.0.2.99' });
    return (
      errorCode(await last.gql(SIGN_IN, { input: { email: uniqueEmail('proxy'), password: PASSWORD } })) ===
      'RATE_LIMITED'
    );
  }

  it('by default believes X-Forwarded-For from loopback (a proxy on this host): each forwarded client is counted apart', async () => {
    expect(await blockedAfterTenFromDifferentForwardedAddresses(server.url)).toBe(false);
  });

  it('believes no X-Forwarded-For from a peer it does not name: the connection’s own address is counted', async () => {
    for (const trustProxy of [false, ['10.0.0.0/8']] as const) {
      const other = await startTestServer({ trustProxy: trustProxy as false | string[] });
      try {
        expect(await blockedAfterTenFromDifferentForwardedAddresses(other.url)).toBe(true);
      } finally {
        await other.stop();
      }
    }
  });
});
