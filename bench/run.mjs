#!/usr/bin/env node
/**
 * `npm run bench` (after the root script has built shared/ and server/): installs bench/'s own
 * dependencies — Node 22 from the `node` npm package, PostGraphile 5, autocannon — apart from the
 * workspaces, so neither Node 22 (its `node` bin) nor PostGraphile ever lands in the app's
 * node_modules, then runs bench/src/main.ts under that Node 22. Arguments are passed through.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const node22 = path.join(benchDir, 'node_modules', 'node', 'bin', 'node');
const stamp = path.join(benchDir, 'node_modules', '.bench-installed');
const lock = createHash('sha256')
  .update(fs.readFileSync(path.join(benchDir, 'package-lock.json')))
  .digest('hex');

const installed = fs.existsSync(node22) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === lock;
if (!installed) {
  console.log('[bench] installing bench/ dependencies (Node 22, PostGraphile 5, autocannon): npm ci in bench/');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: benchDir,
    stdio: 'inherit',
  });
  if (result.status !== 0 || !fs.existsSync(node22)) {
    console.error('[bench] npm ci in bench/ failed');
    process.exit(result.status || 1);
  }
  fs.writeFileSync(stamp, lock);
}

const child = spawn(node22, [path.join(benchDir, 'src', 'main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_SYSTEM_NODE: process.version },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
