/**
 * Where a CPU profile (`node --cpu-prof`) spent its time: self time by package (or by part of
 * Fulcrum) and the hottest functions. Also runnable alone: `node bench/src/profile-summary.ts <file>`.
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** node_modules/<pkg>, a part of Fulcrum, or Node's internals. */
export function ownerOf(url: string): string {
  if (!url) return '(native / idle / GC)';
  if (url.startsWith('node:')) return 'node: internals';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const fulcrum = url.match(/\/(server\/dist\/server\/src\/[^/]+(?:\/[^/]+)?|shared\/dist|bench\/src)/);
  return fulcrum ? fulcrum[1].replace('server/dist/server/src/', 'fulcrum: ') : url;
}

export function summariseProfile(file: string, top = 15): string {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);
  let idle = 0;
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const node = byId.get(id);
    if (!node) throw new Error(`${file}: a sample of node ${id}, which the profile does not list`);
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(program)') {
      idle += micros;
      continue;
    }
    const owner = name === '(garbage collector)' ? '(garbage collector)' : ownerOf(node.callFrame.url);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
    const where = node.callFrame.url ? `${path.basename(node.callFrame.url)}:${node.callFrame.lineNumber + 1}` : '';
    const key = `${name || '(anonymous)'} ${where} [${owner}]`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  }
  const busy = total - idle;
  const pct = (m: number) => `${((100 * m) / busy).toFixed(1).padStart(5)} %`;
  const lines = [
    `busy ${(busy / 1e6).toFixed(1)} s of ${(total / 1e6).toFixed(1)} s sampled; self time of the busy part by package:`,
  ];
  for (const [owner, micros] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`  ${pct(micros)}  ${owner}`);
  lines.push('hottest functions (self time):');
  for (const [fn, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`  ${pct(micros)}  ${fn}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) console.log(`${file}\n${summariseProfile(file, 25)}\n`);
}
