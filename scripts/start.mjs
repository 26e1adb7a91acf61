// `npm start`: build whatever is missing or out of date, then run the server in this process
// (embedded PostgreSQL unless DATABASE_URL is set; migrations; demo seed on an empty database).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** @param {string} label @param {string} command @param {readonly string[]} args */
function run(label, command, args) {
  console.log(`· ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// npm sets npm_execpath when it runs this script; run the client build with that same npm.
/** @param {string[]} args @returns {[string, string[]]} */
function npm(args) {
  return process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath, ...args]] : ['npm', args];
}

/** @param {string} target @returns {number} */
function newestMtime(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

// tsc -b is incremental: a no-op when shared/ and server/ are up to date.
run('compiling shared and server (incremental)', process.execPath, [
  require.resolve('typescript/bin/tsc'),
  '-b',
  'shared',
  'server',
]);

const clientIndex = path.join(root, 'client/dist/index.html');
const clientSources = ['client/src', 'client/index.html', 'client/vite.config.ts', 'shared/src'].map((p) =>
  path.join(root, p),
);
if (newestMtime(clientIndex) < Math.max(...clientSources.map(newestMtime))) {
  run('building the client', ...npm(['run', 'build', '-w', 'client']));
}

require(path.join(root, 'server/dist/server/src/main.js'));
