/**
 * What every contender's process shares: it is forked by the bench (under Node 22), counts the
 * SQL statements its clients send, and answers the bench over IPC.
 */
import { createHmac } from 'node:crypto';

export interface ChildStart {
  databaseUrl: string;
  sessionSecret: string;
  poolSize: number;
}

export type ToChild = { type: 'stats' } | { type: 'stop' };
export type FromChild =
  | { type: 'ready'; port: number; node: string }
  | { type: 'stats'; statements: number; cpuMicros: number }
  | { type: 'failed'; message: string };

export function startOptions(): ChildStart {
  const raw = process.env.BENCH_CHILD;
  if (!raw) throw new Error('BENCH_CHILD is not set: this file is started by bench/src/main.ts');
  return JSON.parse(raw) as ChildStart;
}

export function send(message: FromChild): void {
  process.send?.(message);
}

/**
 * Answers the bench: the statements this process sent (counted by its own database client) and
 * the CPU time it used so far (user + system), which other work on the machine barely changes.
 */
export function serveChild(countStatements: () => number, stop: () => Promise<void>): void {
  process.on('message', (message: ToChild) => {
    if (message.type === 'stats') {
      const cpu = process.cpuUsage();
      send({ type: 'stats', statements: countStatements(), cpuMicros: cpu.user + cpu.system });
    }
    if (message.type === 'stop') {
      void stop().finally(() => process.exit(0));
    }
  });
  // The bench went away: never outlive it.
  process.on('disconnect', () => {
    void stop().finally(() => process.exit(0));
  });
}

export function fail(error: unknown): never {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  send({ type: 'failed', message });
  console.error(message);
  process.exit(1);
}

/** Fulcrum stores a session token as an HMAC keyed by SESSION_SECRET (server/src/identity/accounts/tokens.ts). */
export function hashToken(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

export function sessionToken(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
