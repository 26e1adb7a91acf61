import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailProblem, nameProblem, normalizeEmail, passwordProblem } from './accounts';
import { LIMITS } from './limits';

describe('normalizeEmail', () => {
  it('lower-cases and trims', () => {
    expect(normalizeEmail('  Maya.Okafor@Northwind.EXAMPLE ')).toBe('maya.okafor@northwind.example');
  });
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeEmail(normalizeEmail(s)) === normalizeEmail(s)));
  });
});

describe('emailProblem', () => {
  it('accepts ordinary addresses in any case', () => {
    expect(emailProblem('sam@northwind.example')).toBeNull();
    expect(emailProblem('Sam.Rivera+fulcrum@Data.Northwind.io')).toBeNull();
  });
  it.each(['', '   ', 'sam', 'sam@', '@northwind.example', 'sam@northwind', 'sam rivera@northwind.example', 'a@b@c.d'])(
    'rejects %j',
    (email) => expect(emailProblem(email)).toEqual(expect.any(String)),
  );
  it('rejects addresses longer than the limit', () => {
    const local = 'a'.repeat(LIMITS.emailMax);
    expect(emailProblem(`${local}@x.io`)).toMatch(/at most/);
  });
});

describe('passwordProblem', () => {
  it('needs at least 12 characters', () => {
    expect(passwordProblem('a'.repeat(11))).toMatch(/at least 12/);
    expect(passwordProblem('a'.repeat(12))).toBeNull();
  });
  it('allows at most 256 characters, counted as typed', () => {
    expect(passwordProblem('a'.repeat(256))).toBeNull();
    expect(passwordProblem('a'.repeat(257))).toMatch(/at most 256/);
    // 12 emoji are 24 UTF-16 units but 12 characters.
    expect(passwordProblem('🔒'.repeat(11))).toMatch(/at least/);
    expect(passwordProblem('🔒'.repeat(12))).toBeNull();
    expect(passwordProblem('🔒'.repeat(256))).toBeNull();
  });
  it('refuses a password of only spaces', () => {
    expect(passwordProblem(' '.repeat(20))).toEqual(expect.any(String));
  });
  it('accepts every string of 12 to 256 characters that is not blank', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 12, maxLength: 256, unit: 'grapheme-ascii' }), (s) => {
        fc.pre(s.trim().length > 0);
        return passwordProblem(s) === null;
      }),
    );
  });
});

describe('nameProblem', () => {
  it('needs a non-blank name within the limit', () => {
    expect(nameProblem('Sam Rivera')).toBeNull();
    expect(nameProblem('   ')).toBe('Enter a name.');
    expect(nameProblem('x'.repeat(LIMITS.nameMax + 1))).toMatch(/at most/);
    expect(nameProblem('x'.repeat(10), 5)).toMatch(/at most 5/);
  });
});
