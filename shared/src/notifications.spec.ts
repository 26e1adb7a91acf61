import { describe, expect, it } from 'vitest';
import { isTimeZone, timeZoneProblem } from './notifications';

describe('isTimeZone', () => {
  it.each(['UTC', 'Europe/Paris', 'America/Argentina/Buenos_Aires', 'Asia/Kolkata', 'Etc/GMT+5'])(
    'accepts %s',
    (zone) => {
      expect(isTimeZone(zone)).toBe(true);
    },
  );

  it.each(['', 'Mars/Olympus', 'Europe/', '+02:00', 'Europe/Paris; DROP', ' UTC', 'x'.repeat(300)])(
    'refuses %j',
    (zone) => {
      expect(isTimeZone(zone)).toBe(false);
      expect(timeZoneProblem(zone)).toMatch(/not an IANA time zone/);
    },
  );
});
