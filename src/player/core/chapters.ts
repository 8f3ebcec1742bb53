// Which chapter is playing, where chapters end, and where chapter keys go.
// Chapters arrive validated: start times are ≥ 0 and strictly increasing. Some
// start at or after the media's end (real content has these); they stay in the
// list but cannot be sought to. Before a late first chapter none is active.
import type { Chapter } from '@/content/schema';
import { startsBeforeEnd } from '@/content/site';

/**
 * A seek lands a hair before the time asked for (float error, frame
 * boundaries): a playhead this close before a chapter's start counts as
 * inside it, so the chapter the viewer picked is the one that lights up.
 */
export const CHAPTER_TOLERANCE_SECONDS = 0.25;

/**
 * The index of the chapter playing at `time`, or -1 when there are no
 * chapters or the time is before the first one. A binary search: this runs
 * on every time update.
 */
export function activeChapterIndex(chapters: readonly Chapter[], time: number): number {
  if (Number.isNaN(time)) return -1;
  return lastStartedBy(chapters, (chapter) => chapter.startTime, time + CHAPTER_TOLERANCE_SECONDS);
}

/**
 * The index of the last item (in start order) that starts at or before
 * `reach`, or -1: a binary search, for what runs on every time update
 * (the chapter playing, the transcript line spoken).
 */
export function lastStartedBy<Item>(items: readonly Item[], startOf: (item: Item) => number, reach: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (startOf(items[middle]!) <= reach) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Whether the player can seek to a chapter: it starts before the media ends. */
export function isSeekableChapter(chapter: Chapter, duration: number): boolean {
  return startsBeforeEnd(chapter, duration);
}

/**
 * Where a chapter ends: the next chapter's start, or the media's end for the
 * last one; never past the media's end, never before the chapter's start.
 * Index -1 is the stretch before a late first chapter.
 */
export function chapterEnd(chapters: readonly Chapter[], index: number, duration: number): number {
  const start = index === -1 ? 0 : (chapters[index]?.startTime ?? 0);
  const next = chapters[index + 1]?.startTime ?? duration;
  const end = Number.isNaN(duration) ? next : Math.min(next, duration);
  return Math.max(start, end);
}

/** How much of a chapter has been played, from 0 to 1. Index -1 as in `chapterEnd`. */
export function chapterProgress(
  chapters: readonly Chapter[],
  index: number,
  time: number,
  duration: number,
): number {
  if (index < -1 || index >= chapters.length || Number.isNaN(time)) return 0;
  const start = index === -1 ? 0 : chapters[index]!.startTime;
  const end = chapterEnd(chapters, index, duration);
  if (end <= start || !Number.isFinite(end)) return time >= end ? 1 : 0;
  return Math.min(1, Math.max(0, (time - start) / (end - start)));
}

/**
 * Where "previous chapter" goes: more than `restartThreshold` seconds into a
 * chapter, back to its start; otherwise to the previous chapter's start. From
 * the first chapter, or the stretch before it, that is the start of the
 * episode (0). With no chapters there is nowhere to go: undefined.
 */
export function previousChapterTarget(
  chapters: readonly Chapter[],
  time: number,
  restartThreshold = 3,
): number | undefined {
  if (chapters.length === 0 || Number.isNaN(time)) return undefined;
  const current = activeChapterIndex(chapters, time);
  const currentStart = current === -1 ? 0 : chapters[current]!.startTime;
  if (time - currentStart > restartThreshold) return currentStart;
  return current >= 1 ? chapters[current - 1]!.startTime : 0;
}

/**
 * Where "next chapter" goes: the next chapter's start, if the media reaches
 * it; undefined in the last chapter, or when the next one starts at or after
 * the end (or the duration is not known yet).
 */
export function nextChapterTarget(
  chapters: readonly Chapter[],
  time: number,
  duration: number,
): number | undefined {
  if (Number.isNaN(time)) return undefined;
  const next = chapters[activeChapterIndex(chapters, time) + 1];
  return next && isSeekableChapter(next, duration) ? next.startTime : undefined;
}

/** A stretch of the timeline; `index` is the chapter's, or -1 for time outside any chapter. */
export interface TimelineSegment {
  start: number;
  end: number;
  index: number;
}

/**
 * The timeline cut into chapters, covering [0, duration] in order: a leading
 * segment (index -1) before a late first chapter, each chapter up to the next
 * (the last to the end), chapters at or past the end left out. Without
 * chapters it is one segment. Empty while the duration is unknown (NaN, 0) or
 * unbounded, since there is nothing to draw to scale.
 */
export function timelineSegments(chapters: readonly Chapter[], duration: number): TimelineSegment[] {
  if (!Number.isFinite(duration) || duration <= 0) return [];
  const segments: TimelineSegment[] = [];
  const firstStart = chapters[0]?.startTime ?? duration;
  if (firstStart > 0) segments.push({ start: 0, end: Math.min(firstStart, duration), index: -1 });
  chapters.forEach((chapter, index) => {
    if (!isSeekableChapter(chapter, duration)) return;
    const end = Math.min(chapters[index + 1]?.startTime ?? duration, duration);
    if (end > chapter.startTime) segments.push({ start: chapter.startTime, end, index });
  });
  return segments;
}
