// The speeds the player offers, and stepping through them (`<` and `>`).

/** The speeds `<` and `>` step through. */
export const PLAYBACK_RATES: readonly number[] = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

/**
 * The speed one step slower (-1) or faster (1) than `current`; at either end
 * of the list it stays put. A speed between steps (set elsewhere) moves to
 * the nearest step in that direction; a broken one (NaN, 0) becomes 1.
 */
export function nextPlaybackRate(current: number, direction: -1 | 1): number {
  if (!Number.isFinite(current) || current <= 0) return 1;
  // Rates read back from a media element may carry float noise.
  const epsilon = 1e-9;
  const step =
    direction === 1
      ? PLAYBACK_RATES.find((rate) => rate > current + epsilon)
      : PLAYBACK_RATES.findLast((rate) => rate < current - epsilon);
  return step ?? current;
}
