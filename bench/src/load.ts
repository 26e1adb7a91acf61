/**
 * The load generator: one autocannon slice against a contender. Kept apart from main.ts because
 * autocannon is installed into bench/node_modules only when the bench runs (bench/run.mjs), so
 * lint sees its types unresolved here, and only here.
 */
import os from 'node:os';
import autocannon from 'autocannon';
import type { Child } from './children.ts';

export interface Slice {
  seconds: number;
  ok: number;
  latencies: number[];
  errors: number;
  non2xx: number;
  mismatches: number;
  loadAverage: number;
}

/**
 * One autocannon run of `ramp + seconds`; only the responses that arrive after the ramp count,
 * so a slow server is measured in its steady state (at 10 connections the first answers of a
 * slow server all come late together, and a run cut short loses what is still in flight).
 * Every response time is kept so that slices merge exactly.
 */
export function slice(
  child: Child,
  body: string,
  cookie: string,
  connections: number,
  ramp: number,
  seconds: number,
  expectBody: string,
): Promise<Slice> {
  const loadAverage = os.loadavg()[0];
  const latencies: number[] = [];
  const started = performance.now();
  const from = started + ramp * 1000;
  const until = from + seconds * 1000;
  let ok = 0;
  return new Promise<Slice>((resolve, reject) => {
    const tracker = autocannon(
      {
        url: `http://127.0.0.1:${child.port}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body,
        connections,
        duration: ramp + seconds,
        expectBody,
      },
      (error, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        resolve({
          seconds,
          ok,
          latencies,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          mismatches: result.mismatches,
          loadAverage,
        });
      },
    );
    tracker.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      const now = performance.now();
      if (now < from || now > until || status < 200 || status >= 300) return;
      ok++;
      latencies.push(responseTime);
    });
  });
}
