// Start times from shared links, and times as the player shows them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampTime,
  formatTime,
  parseStartFromHash,
  parseStartTime,
  startTimeFromLocation,
  toQueryTime,
} from '@/player/core/time';

describe('parseStartTime', () => {
  it.each([
    ['2807', 2807],
    ['2807s', 2807],
    ['46m47s', 2807],
    ['1h14m13s', 4453],
    ['1h', 3600],
    ['1h5s', 3605],
    ['90m', 5400],
    ['46:47', 2807],
    ['1:14:13', 4453],
    ['0:05', 5],
    ['0:00:05', 5],
    ['75:00', 4500],
    ['0', 0],
    ['0s', 0],
    ['12.5', 12.5],
    ['  2807 ', 2807],
    ['1H14M13S', 4453],
  ])('reads %j as %d seconds', (raw, seconds) => {
    expect(parseStartTime(raw)).toBe(seconds);
  });

  it.each([
    '',
    '   ',
    '-5',
    '+5',
    'abc',
    '1:99',
    '1:60',
    '1:75:00',
    '46:7',
    '1h1h',
    '5s1m',
    'Infinity',
    'NaN',
    '1e3',
    '0x10',
    '12.',
    '.5',
    '1h 5m',
    '46m47',
    '99999999999999999999',
    '١٢', // Arabic-Indic digits are not ours to read
  ])('ignores %j', (raw) => {
    expect(parseStartTime(raw)).toBeUndefined();
  });

  it('ignores a missing value', () => {
    expect(parseStartTime(null)).toBeUndefined();
    expect(parseStartTime(undefined)).toBeUndefined();
  });

  it('accepts the largest safe second and nothing beyond', () => {
    expect(parseStartTime(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseStartTime('9007199254740993')).toBeUndefined();
    expect(parseStartTime(`${Number.MAX_SAFE_INTEGER}h`)).toBeUndefined();
  });
});

describe('parseStartFromHash', () => {
  it.each([
    ['#t=2807', 2807],
    ['t=2807', 2807],
    ['#t=46m47s', 2807],
    ['#t=npt:2807', 2807],
    ['#t=npt:46:47', 2807],
    ['#t=npt:1:14:13', 4453],
    ['#t=2807,2900', 2807],
    ['#t=npt:2807,2900', 2807],
    ['#t=,20', 0],
    ['#foo=1&t=20', 20],
    ['#t=10&t=20', 20],
    ['#t=46%3A47', 2807],
  ])('reads %j as %d seconds', (hash, seconds) => {
    expect(parseStartFromHash(hash)).toBe(seconds);
  });

  it.each(['', '#', '#t=', '#t=abc', '#chapters', '#start=20', '#xt=20', '#t=smpte:0:00:20', '#t=%E0%A4%A', '#t=-5'])(
    'ignores %j',
    (hash) => {
      expect(parseStartFromHash(hash)).toBeUndefined();
    },
  );
});

describe('startTimeFromLocation', () => {
  it('lets the query win over the hash', () => {
    expect(startTimeFromLocation('?t=100', '#t=200')).toBe(100);
  });

  it('uses the hash when the query has no t', () => {
    expect(startTimeFromLocation('?ref=x', '#t=npt:200')).toBe(200);
    expect(startTimeFromLocation('', '#t=200')).toBe(200);
  });

  it('ignores a query t that does not parse and falls back to the hash', () => {
    expect(startTimeFromLocation('?t=abc', '#t=200')).toBe(200);
    expect(startTimeFromLocation('?t=abc', '')).toBeUndefined();
  });

  it('reads a URL-encoded clock time from the query', () => {
    expect(startTimeFromLocation('?t=46%3A47', '')).toBe(2807);
  });

  it('gives nothing when neither says a time', () => {
    expect(startTimeFromLocation('', '')).toBeUndefined();
  });
});

describe('clampTime', () => {
  it('keeps a time past the end at the end and a negative time at 0', () => {
    expect(clampTime(5000, 4453)).toBe(4453);
    expect(clampTime(-3, 4453)).toBe(0);
    expect(clampTime(100, 4453)).toBe(100);
  });

  it('turns NaN into 0', () => {
    expect(clampTime(Number.NaN, 4453)).toBe(0);
  });

  it('only stops negatives while the duration is unknown or unbounded', () => {
    expect(clampTime(5000, Number.NaN)).toBe(5000);
    expect(clampTime(5000, Number.POSITIVE_INFINITY)).toBe(5000);
    expect(clampTime(-1, Number.NaN)).toBe(0);
  });
});

describe('formatTime', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [59.999, '0:59'],
    [600, '10:00'],
    [2807, '46:47'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [4453, '1:14:13'],
    [4453.9, '1:14:13'],
    [36000, '10:00:00'],
  ])('shows %d seconds as %s', (seconds, text) => {
    expect(formatTime(seconds)).toBe(text);
  });

  it('shows nonsense as 0:00', () => {
    expect(formatTime(-5)).toBe('0:00');
    expect(formatTime(Number.NaN)).toBe('0:00');
  });

  it('never adds hours to a time under an hour, even beside an hour-long total', () => {
    expect(`${formatTime(2807, 4453)} of ${formatTime(4453)}`).toBe('46:47 of 1:14:13');
  });

  it('gives minutes two digits when the total has them', () => {
    expect(formatTime(300, 2807)).toBe('05:00');
    expect(formatTime(300, 4453)).toBe('05:00');
    expect(formatTime(5, 300)).toBe('0:05');
    expect(formatTime(4000, 4453)).toBe('1:06:40');
  });
});

describe('toQueryTime', () => {
  it('writes whole seconds, floored', () => {
    expect(toQueryTime(2807)).toBe('2807');
    expect(toQueryTime(2807.999)).toBe('2807');
  });

  it('writes 0 for nonsense', () => {
    expect(toQueryTime(-4)).toBe('0');
    expect(toQueryTime(Number.NaN)).toBe('0');
    expect(toQueryTime(Number.POSITIVE_INFINITY)).toBe('0');
  });

  it('never writes an exponent', () => {
    expect(toQueryTime(1e25)).toBe(String(Number.MAX_SAFE_INTEGER));
  });
});

describe('properties', () => {
  /** Anything a link could carry, including the characters our forms use. */
  const linkValue = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom(...'0123456789hms:.,- +eE'.split('')) }),
  );

  it('parseStartTime never throws and gives undefined or a finite time ≥ 0', () => {
    fc.assert(
      fc.property(linkValue, (raw) => {
        const seconds = parseStartTime(raw);
        return seconds === undefined || (Number.isFinite(seconds) && seconds >= 0);
      }),
    );
  });

  it('parseStartFromHash and startTimeFromLocation never throw', () => {
    fc.assert(
      fc.property(linkValue, linkValue, (search, hash) => {
        for (const seconds of [parseStartFromHash(hash), startTimeFromLocation(search, hash)]) {
          if (seconds !== undefined && !(Number.isFinite(seconds) && seconds >= 0)) return false;
        }
        return true;
      }),
    );
  });

  it('reads back every time the player shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seconds) => {
        expect(parseStartTime(formatTime(seconds))).toBe(seconds);
        expect(parseStartTime(toQueryTime(seconds))).toBe(seconds);
      }),
    );
  });

  it('reads back every XhYmZs time', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 300 })),
        fc.option(fc.integer({ min: 0, max: 59 })),
        fc.option(fc.integer({ min: 0, max: 59 })),
        (hours, minutes, seconds) => {
          fc.pre(hours !== null || minutes !== null || seconds !== null);
          const text = `${hours === null ? '' : `${hours}h`}${minutes === null ? '' : `${minutes}m`}${seconds === null ? '' : `${seconds}s`}`;
          expect(parseStartTime(text)).toBe((hours ?? 0) * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0));
        },
      ),
    );
  });

  it('clampTime always lands within [0, duration]', () => {
    fc.assert(
      fc.property(fc.double(), fc.double({ min: 0, max: 1e7, noNaN: true }), (t, duration) => {
        const clamped = clampTime(t, duration);
        return clamped >= 0 && clamped <= duration;
      }),
    );
  });
});
