import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseTrustProxy } from './config';

const SECRET = 's'.repeat(40);

describe('TRUST_PROXY', () => {
  it('defaults to loopback', () => {
    expect(loadConfig({ SESSION_SECRET: SECRET }).trustProxy).toEqual(['loopback']);
  });

  it.each([
    ['10.0.0.5', ['10.0.0.5']],
    ['loopback, 10.0.0.0/8 ,fd00::/8', ['loopback', '10.0.0.0/8', 'fd00::/8']],
    ['uniquelocal,linklocal', ['uniquelocal', 'linklocal']],
    ['::1', ['::1']],
    ['1', 1],
    ['2', 2],
    ['false', false],
    ['none', false],
  ] as const)('reads %j', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
    expect(loadConfig({ SESSION_SECRET: SECRET, TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each([
    'true',
    '*',
    '0',
    '11',
    'proxy.example.com',
    '10.0.0.0/33',
    '::1/129',
    '10.0.0.1/8/8',
    '',
    'loopback,',
    '10.0.0.256',
  ])('refuses %j, with every other bad key in the same report', (value) => {
    expect(typeof parseTrustProxy(value)).toBe('string');
    let error: unknown;
    try {
      loadConfig({ SESSION_SECRET: SECRET, TRUST_PROXY: value, PORT: 'not a port' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const keys = (error as ConfigError).problems.map((problem) => problem.split(':')[0]);
    expect(keys).toEqual(expect.arrayContaining(['TRUST_PROXY', 'PORT']));
  });
});
