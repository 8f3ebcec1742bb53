import { describe, expect, it } from 'vitest';
import { count, formatNumber } from '@/app/catalog/format';

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
