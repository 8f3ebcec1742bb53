// The few chapters a phone lists before `Show all`.
import { describe, expect, it } from 'vitest';
import { isNearActiveChapter } from '@/player/core/chapter-window';

const near = (activeIndex: number, count: number) =>
  Array.from({ length: count }, (_, index) => index).filter((index) => isNearActiveChapter(index, activeIndex, count));

describe('isNearActiveChapter', () => {
  it('keeps the current chapter and two either side', () => {
    expect(near(13, 26)).toEqual([11, 12, 13, 14, 15]);
  });

  it('keeps the first five before any chapter is current, and near the start', () => {
    expect(near(-1, 26)).toEqual([0, 1, 2, 3, 4]);
    expect(near(0, 26)).toEqual([0, 1, 2, 3, 4]);
    expect(near(1, 26)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the last five at the end', () => {
    expect(near(25, 26)).toEqual([21, 22, 23, 24, 25]);
  });
});
