// The few chapters a phone lists before the viewer asks for all of them: a
// long list would otherwise push the episode's description a screen away.

/** Lists this long or shorter are always shown whole. */
export const SHORT_LIST_MAX = 7;

/** How many chapters either side of the current one the short list keeps. */
const AROUND = 2;

/**
 * Whether chapter `index` of `count` is in the short list: the current
 * chapter and two either side, five in all (the first five before any
 * chapter is current, the last five at the end).
 */
export function isNearActiveChapter(index: number, activeIndex: number, count: number): boolean {
  const centre = Math.max(AROUND, Math.min(activeIndex, count - 1 - AROUND));
  return Math.abs(index - centre) <= AROUND;
}
