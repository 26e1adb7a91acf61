import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, mailFromProblemOf, parseTrustProxy, smtpUrlProblem } from './config';

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

describe('mail settings', () => {
  it.each(['smtp://user:pass@mail.example:587', 'smtps://user:pass@mail.example:465', 'smtp://127.0.0.1:2525'])(
    'accept SMTP_URL %s',
    (value) => {
      expect(smtpUrlProblem(value)).toBeNull();
      expect(loadConfig({ SESSION_SECRET: SECRET, SMTP_URL: value }).smtpUrl).toBe(value);
    },
  );

  it.each(['http://mail.example', 'mail.example:25', 'smtp://user@mail.example', 'smtp://:pass@mail.example'])(
    'refuse SMTP_URL %s',
    (value) => {
      expect(smtpUrlProblem(value)).toEqual(expect.any(String));
      expect(() => loadConfig({ SESSION_SECRET: SECRET, SMTP_URL: value })).toThrow(/SMTP_URL/);
    },
  );

  it('read MAIL_FROM as an address or Name <address>, one line', () => {
    expect(mailFromProblemOf('fulcrum@example.com')).toBeNull();
    expect(mailFromProblemOf('Fulcrum <fulcrum@example.com>')).toBeNull();
    expect(mailFromProblemOf('Fulcrum')).toEqual(expect.any(String));
    expect(mailFromProblemOf('Fulcrum <a@b.c>\r\nBcc: x@y.z')).toEqual(expect.any(String));
  });

  it('in production, SMTP_URL needs MAIL_FROM and PUBLIC_URL (links are absolute)', () => {
    const env = { SESSION_SECRET: SECRET, NODE_ENV: 'production', SMTP_URL: 'smtp://u:p@mail.example:587' };
    expect(() => loadConfig(env)).toThrow(/MAIL_FROM[\s\S]*PUBLIC_URL/);
    expect(loadConfig({ ...env, MAIL_FROM: 'a@b.c', PUBLIC_URL: 'https://fulcrum.example' }).mailFrom).toBe('a@b.c');
    // Without SMTP_URL production starts: messages stay in the inbox (a warning at start).
    expect(loadConfig({ SESSION_SECRET: SECRET, NODE_ENV: 'production' }).smtpUrl).toBeUndefined();
  });
});
