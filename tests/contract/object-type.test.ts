import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../server/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [file] : [];
  });
}

describe('@ObjectType', () => {
  it("is Fulcrum's simple-resolver one everywhere: no object type is declared with type-graphql's own", () => {
    const offenders = sources(SRC).filter((file) => {
      if (file.endsWith(path.join('core', 'object-type.ts'))) return false;
      const imports = readFileSync(file, 'utf8').match(/import\s*\{([^}]*)\}\s*from\s*'type-graphql'/g) ?? [];
      return imports.some((line) => /\bObjectType\b/.test(line));
    });
    expect(offenders.map((file) => path.relative(SRC, file))).toEqual([]);
  });
});
