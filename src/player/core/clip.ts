// Clips (product.md, Clips): a link's start and end, played to the end and
// paused there once. Plain functions over the address, no DOM.
import { parseStartFromHash, parseStartTime } from './time';

export interface Clip {
  /** Seconds. */
  start: number;
  /** Seconds, after the start and within the episode. */
  end: number;
}

/**
 * The clip a watch-page link asks for: `?t=<start>&end=<end>`, or the media
 * fragment `#t=<start>,<end>`. The end goes with the start it was written
 * beside, and the query wins over the fragment, as for a plain start. An end
 * that does not parse, or is not after the start, leaves no clip (the link is
 * a plain start-time link); an end past the episode is clamped to it.
 */
export function clipFromLocation(search: string, hash: string, duration: number): Clip | undefined {
  const query = new URLSearchParams(search);
  const queryStart = parseStartTime(query.get('t'));
  if (queryStart !== undefined) return clipWithin(queryStart, parseStartTime(query.get('end')), duration);
  return clipWithin(parseStartFromHash(hash), parseEndFromHash(hash), duration);
}

/**
 * The end of a `#t=<start>,<end>` media fragment: the last `t` counts, as
 * for its start (parseStartFromHash), and `npt:` is its only time scheme.
 */
function parseEndFromHash(hash: string): number | undefined {
  const range = new URLSearchParams(hash.replace(/^#/, '')).getAll('t').pop();
  const comma = range?.indexOf(',') ?? -1;
  return comma === -1 ? undefined : parseStartTime(range!.slice(comma + 1));
}

/** A clip kept within the episode, or none where the end is not after the start. */
export function clipWithin(start: number | undefined, end: number | undefined, duration: number): Clip | undefined {
  if (start === undefined || end === undefined) return undefined;
  const last = Number.isFinite(duration) && duration > 0 ? duration : Infinity;
  const clip = { start: Math.min(start, last), end: Math.min(end, last) };
  return clip.end > clip.start ? clip : undefined;
}
