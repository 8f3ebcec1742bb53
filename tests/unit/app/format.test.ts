import { describe, expect, it } from 'vitest';
import { count, formatDate, formatLongDate, formatNumber } from '@/app/catalog/format';

describe('counts as the listing pages write them', () => {
  it('groups thousands, in English whatever the browser says', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(10_000)).toBe('10,000');
    expect(formatNumber(1_234_567)).toBe('1,234,567');
  });

  it('adds an s to the unit for any count but one', () => {
    expect(count(1, 'episode')).toBe('1 episode');
    expect(count(0, 'chapter')).toBe('0 chapters');
    expect(count(12_345, 'episode')).toBe('12,345 episodes');
  });
});

describe('dates as the pages write them', () => {
  const medium = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

  it('reads as Intl writes them in English, in UTC, for a day of every month', () => {
    for (let month = 0; month < 12; month++) {
      for (const [year, day] of [[2022, 1], [1999, 28], [2031, 9]] as const) {
        const iso = new Date(Date.UTC(year, month, day, 23, 30)).toISOString();
        expect(formatDate(iso)).toBe(medium.format(new Date(iso)));
        expect(formatLongDate(iso)).toBe(long.format(new Date(iso)));
      }
    }
  });

  it('gives the day in UTC, whatever the offset the date was written with', () => {
    expect(formatLongDate('2022-03-17T17:00:00.000Z')).toBe('March 17, 2022');
    expect(formatDate('2022-03-17T23:30:00-05:00')).toBe('Mar 18, 2022');
  });

  it('refuses a date that is not one, as Intl does', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError);
    expect(() => medium.format(new Date('not a date'))).toThrow(RangeError);
  });
});
