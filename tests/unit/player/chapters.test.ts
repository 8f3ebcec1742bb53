// Which chapter lights up, where chapter keys go, and how the timeline is cut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Chapter } from '@/content/schema';
import {
  CHAPTER_TOLERANCE_SECONDS,
  activeChapterIndex,
  chapterEnd,
  chapterProgress,
  isSeekableChapter,
  nextChapterTarget,
  previousChapterTarget,
  timelineSegments,
} from '@/player/core/chapters';

const chapters = (...startTimes: number[]): Chapter[] =>
  startTimes.map((startTime, index) => ({ startTime, title: `Chapter ${index + 1}` }));

/** Shaped like a real episode: 1:14:13 long, first chapter at 0. */
const episode = chapters(0, 95, 1140, 2807, 3900);
const EPISODE_DURATION = 4453;

/** A first chapter that starts after 0, as in 36 real episodes. */
const lateStart = chapters(120, 600);

/** Chapters past the declared end, as in 21 real episodes. */
const pastEnd = chapters(0, 300, 900, 1200);
const PAST_END_DURATION = 1000;

describe('activeChapterIndex', () => {
  it('finds the chapter that contains the time', () => {
    expect(activeChapterIndex(episode, 0)).toBe(0);
    expect(activeChapterIndex(episode, 94)).toBe(0);
    expect(activeChapterIndex(episode, 95)).toBe(1);
    expect(activeChapterIndex(episode, 2900)).toBe(3);
    expect(activeChapterIndex(episode, EPISODE_DURATION)).toBe(4);
  });

  it('has no active chapter before a late first chapter', () => {
    expect(activeChapterIndex(lateStart, 0)).toBe(-1);
    expect(activeChapterIndex(lateStart, 119)).toBe(-1);
    expect(activeChapterIndex(lateStart, 120)).toBe(0);
  });

  it('has no active chapter when there are none', () => {
    expect(activeChapterIndex([], 0)).toBe(-1);
    expect(activeChapterIndex([], 500)).toBe(-1);
  });

  it('lights the chapter sought to even when the playhead lands just before it', () => {
    // A seek to 2807 that the media reports as 2806.999.
    expect(activeChapterIndex(episode, 2807 - 0.001)).toBe(3);
    expect(activeChapterIndex(lateStart, 120 - 0.001)).toBe(0);
    // Further back than the tolerance is still the chapter before.
    expect(activeChapterIndex(episode, 2807 - CHAPTER_TOLERANCE_SECONDS - 0.01)).toBe(2);
  });

  it('tells apart chapters one second apart', () => {
    const close = chapters(10, 11, 12);
    expect(activeChapterIndex(close, 10.5)).toBe(0);
    expect(activeChapterIndex(close, 11)).toBe(1);
    expect(activeChapterIndex(close, 11.5)).toBe(1);
    expect(activeChapterIndex(close, 12)).toBe(2);
  });

  it('still counts a chapter that starts past the end', () => {
    expect(activeChapterIndex(pastEnd, 1200)).toBe(3);
  });

  it('finds the right one of 300 chapters', () => {
    const many = chapters(...Array.from({ length: 300 }, (_, index) => index * 10));
    expect(activeChapterIndex(many, 0)).toBe(0);
    expect(activeChapterIndex(many, 1234)).toBe(123);
    expect(activeChapterIndex(many, 2990)).toBe(299);
    expect(activeChapterIndex(many, 99999)).toBe(299);
  });

  it('has no active chapter at a NaN time', () => {
    expect(activeChapterIndex(episode, Number.NaN)).toBe(-1);
  });
});

describe('chapterEnd', () => {
  it('ends a chapter where the next begins and the last at the end', () => {
    expect(chapterEnd(episode, 0, EPISODE_DURATION)).toBe(95);
    expect(chapterEnd(episode, 4, EPISODE_DURATION)).toBe(EPISODE_DURATION);
  });

  it('ends the stretch before a late first chapter at that chapter', () => {
    expect(chapterEnd(lateStart, -1, 1000)).toBe(120);
  });

  it('never runs a chapter past the media end', () => {
    expect(chapterEnd(pastEnd, 2, PAST_END_DURATION)).toBe(PAST_END_DURATION);
    // A chapter that starts past the end has no length.
    expect(chapterEnd(pastEnd, 3, PAST_END_DURATION)).toBe(1200);
  });

  it('ends the last chapter at the next start while the duration is unknown', () => {
    expect(chapterEnd(episode, 1, Number.NaN)).toBe(1140);
  });
});

describe('chapterProgress', () => {
  it('is the share of the chapter played', () => {
    expect(chapterProgress(episode, 0, 0, EPISODE_DURATION)).toBe(0);
    expect(chapterProgress(episode, 1, 95 + (1140 - 95) / 2, EPISODE_DURATION)).toBeCloseTo(0.5);
    expect(chapterProgress(episode, 4, EPISODE_DURATION, EPISODE_DURATION)).toBe(1);
  });

  it('is full for chapters already played and empty for those ahead', () => {
    expect(chapterProgress(episode, 0, 2000, EPISODE_DURATION)).toBe(1);
    expect(chapterProgress(episode, 4, 2000, EPISODE_DURATION)).toBe(0);
  });

  it('covers the stretch before a late first chapter', () => {
    expect(chapterProgress(lateStart, -1, 60, 1000)).toBeCloseTo(0.5);
  });

  it('is 0 for a chapter that starts past the end', () => {
    expect(chapterProgress(pastEnd, 3, PAST_END_DURATION, PAST_END_DURATION)).toBe(0);
  });

  it('is 0 for an index that is not a chapter', () => {
    expect(chapterProgress(episode, 9, 100, EPISODE_DURATION)).toBe(0);
    expect(chapterProgress([], 0, 100, EPISODE_DURATION)).toBe(0);
  });
});

describe('previousChapterTarget', () => {
  it('restarts the current chapter when more than 3 s into it', () => {
    expect(previousChapterTarget(episode, 2807 + 3.5)).toBe(2807);
    expect(previousChapterTarget(episode, 3000)).toBe(2807);
  });

  it('goes to the previous chapter within 3 s of the current start', () => {
    expect(previousChapterTarget(episode, 2807 + 3)).toBe(1140);
    expect(previousChapterTarget(episode, 2807.5)).toBe(1140);
  });

  it('goes to the previous chapter right after a seek that fell short of a start', () => {
    expect(previousChapterTarget(episode, 2807 - 0.001)).toBe(1140);
  });

  it('honours another restart threshold', () => {
    expect(previousChapterTarget(episode, 2807 + 2, 1)).toBe(2807);
  });

  it('goes to the start of the episode from the first chapter or before it', () => {
    expect(previousChapterTarget(episode, 2)).toBe(0);
    expect(previousChapterTarget(episode, 60)).toBe(0);
    expect(previousChapterTarget(lateStart, 121)).toBe(0);
    expect(previousChapterTarget(lateStart, 60)).toBe(0);
  });

  it('steps back over chapters one second apart', () => {
    expect(previousChapterTarget(chapters(10, 11, 12), 12.2)).toBe(11);
  });

  it('does nothing without chapters', () => {
    expect(previousChapterTarget([], 100)).toBeUndefined();
  });
});

describe('nextChapterTarget', () => {
  it('goes to the next chapter start', () => {
    expect(nextChapterTarget(episode, 0, EPISODE_DURATION)).toBe(95);
    expect(nextChapterTarget(episode, 2000, EPISODE_DURATION)).toBe(2807);
  });

  it('goes to the first chapter from before a late first chapter', () => {
    expect(nextChapterTarget(lateStart, 10, 1000)).toBe(120);
  });

  it('moves on past a chapter the playhead landed just before', () => {
    // Pressing "next" twice must not land on the same chapter twice.
    expect(nextChapterTarget(episode, 95 - 0.001, EPISODE_DURATION)).toBe(1140);
  });

  it('does nothing in the last chapter', () => {
    expect(nextChapterTarget(episode, 4000, EPISODE_DURATION)).toBeUndefined();
  });

  it('does not go to a chapter that starts at or past the end', () => {
    expect(nextChapterTarget(pastEnd, 500, PAST_END_DURATION)).toBe(900);
    expect(nextChapterTarget(pastEnd, 950, PAST_END_DURATION)).toBeUndefined();
    expect(nextChapterTarget(chapters(0, 1000), 10, 1000)).toBeUndefined();
  });

  it('does nothing without chapters or before the duration is known', () => {
    expect(nextChapterTarget([], 0, 100)).toBeUndefined();
    expect(nextChapterTarget(episode, 0, Number.NaN)).toBeUndefined();
  });
});

describe('isSeekableChapter', () => {
  it('can seek to a chapter only if it starts before the end', () => {
    expect(isSeekableChapter({ startTime: 999, title: 'x' }, 1000)).toBe(true);
    expect(isSeekableChapter({ startTime: 1000, title: 'x' }, 1000)).toBe(false);
    expect(isSeekableChapter({ startTime: 1200, title: 'x' }, 1000)).toBe(false);
  });
});

describe('timelineSegments', () => {
  it('cuts the timeline at each chapter start', () => {
    expect(timelineSegments(chapters(0, 95, 1140), 2000)).toEqual([
      { start: 0, end: 95, index: 0 },
      { start: 95, end: 1140, index: 1 },
      { start: 1140, end: 2000, index: 2 },
    ]);
  });

  it('leads with a chapterless stretch before a late first chapter', () => {
    expect(timelineSegments(lateStart, 1000)).toEqual([
      { start: 0, end: 120, index: -1 },
      { start: 120, end: 600, index: 0 },
      { start: 600, end: 1000, index: 1 },
    ]);
  });

  it('leaves out chapters at or past the end and stops at the end', () => {
    expect(timelineSegments(pastEnd, PAST_END_DURATION)).toEqual([
      { start: 0, end: 300, index: 0 },
      { start: 300, end: 900, index: 1 },
      { start: 900, end: 1000, index: 2 },
    ]);
    expect(timelineSegments(chapters(0, 1000), 1000)).toEqual([{ start: 0, end: 1000, index: 0 }]);
  });

  it('is one stretch without chapters, or when every chapter is past the end', () => {
    expect(timelineSegments([], 500)).toEqual([{ start: 0, end: 500, index: -1 }]);
    expect(timelineSegments(chapters(600, 700), 500)).toEqual([{ start: 0, end: 500, index: -1 }]);
  });

  it('draws nothing while the duration is unknown', () => {
    expect(timelineSegments(episode, Number.NaN)).toEqual([]);
    expect(timelineSegments(episode, 0)).toEqual([]);
    expect(timelineSegments(episode, Number.POSITIVE_INFINITY)).toEqual([]);
  });

  it('keeps 300 chapters in order', () => {
    const many = chapters(...Array.from({ length: 300 }, (_, index) => index * 10));
    const segments = timelineSegments(many, 3000);
    expect(segments).toHaveLength(300);
    expect(segments.map((segment) => segment.index)).toEqual(many.map((_, index) => index));
  });
});

describe('properties', () => {
  /** Valid chapter lists: distinct start times, sorted, some possibly past the end. */
  const chapterList = fc
    .uniqueArray(fc.integer({ min: 0, max: 5000 }), { maxLength: 60 })
    .map((starts) => chapters(...starts.sort((a, b) => a - b)));
  const time = fc.double({ min: -10, max: 6000, noNaN: true });

  it('activeChapterIndex agrees with a scan from the start', () => {
    fc.assert(
      fc.property(chapterList, time, (list, t) => {
        let expected = -1;
        list.forEach((chapter, index) => {
          if (chapter.startTime <= t + CHAPTER_TOLERANCE_SECONDS) expected = index;
        });
        expect(activeChapterIndex(list, t)).toBe(expected);
      }),
    );
  });

  it('timeline segments tile [0, duration] without gaps or overlaps', () => {
    fc.assert(
      fc.property(chapterList, fc.integer({ min: 1, max: 6000 }), (list, duration) => {
        const segments = timelineSegments(list, duration);
        expect(segments[0]?.start).toBe(0);
        expect(segments.at(-1)?.end).toBe(duration);
        segments.forEach((segment, index) => {
          expect(segment.end).toBeGreaterThan(segment.start);
          if (index > 0) expect(segment.start).toBe(segments[index - 1]!.end);
        });
      }),
    );
  });

  it('chapter keys only go to times the media has', () => {
    fc.assert(
      fc.property(chapterList, time, fc.integer({ min: 1, max: 6000 }), (list, t, duration) => {
        const next = nextChapterTarget(list, t, duration);
        if (next !== undefined) {
          expect(next).toBeGreaterThan(t);
          expect(next).toBeLessThan(duration);
        }
        const previous = previousChapterTarget(list, t);
        if (previous !== undefined) expect(previous).toBeLessThanOrEqual(Math.max(t, 0) + CHAPTER_TOLERANCE_SECONDS);
      }),
    );
  });
});
