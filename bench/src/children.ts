/** Starting and stopping the contenders' processes (each a Node 22 child with an IPC channel). */
import { fork } from 'node:child_process';
import type { ChildStart, FromChild } from './servers/child.ts';

export interface Child {
  port: number;
  node: string;
  /** Statements sent so far by the child's own database client, and the CPU time it used. */
  stats(): Promise<{ statements: number; cpuMicros: number }>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;

export function startChild(
  script: string,
  start: ChildStart,
  execArgv: string[],
  env: Record<string, string> = {},
): Promise<Child> {
  const child = fork(script, [], {
    execPath: process.execPath,
    execArgv,
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'production',
      GRAPHILE_ENV: 'production',
      BENCH_CHILD: JSON.stringify(start),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );

  const stop = async () => {
    if (exited) return;
    if (child.connected) child.send({ type: 'stop' });
    else child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exit;
    clearTimeout(timer);
  };

  return new Promise<Child>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready`));
    });
    const onMessage = (message: FromChild) => {
      if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`${script} failed to start:\n${message.message}`));
      }
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve({
        port: message.port,
        node: message.node,
        stats: () =>
          new Promise((answer) => {
            const listener = (reply: FromChild) => {
              if (reply.type !== 'stats') return;
              child.off('message', listener);
              answer({ statements: reply.statements, cpuMicros: reply.cpuMicros });
            };
            child.on('message', listener);
            child.send({ type: 'stats' });
          }),
        stop,
      });
    };
    child.on('message', onMessage);
  });
}
