// What the Share dialog builds (product.md, Sharing): the link with the
// viewer's start and end, the embed code with the same, and why an end time
// the viewer typed cannot be used. Plain functions, no DOM.
import { embedIframe } from '@/content/embed-code';
import { embedPath } from '@/content/site';
import { formatTime, parseStartTime, toQueryTime } from './time';

/** A moment or a clip: no start means the episode's beginning; an end makes it a clip. */
export interface SharedRange {
  start?: number;
  end?: number;
}

/** Whole seconds in a link (`toQueryTime`); an end only where it comes after the start. */
function setRange(url: URL, { start, end }: SharedRange) {
  url.search = '';
  url.hash = '';
  const from = toQueryTime(start ?? 0);
  const to = end === undefined ? undefined : toQueryTime(end);
  const clip = to !== undefined && Number(to) > Number(from);
  if (start !== undefined || clip) url.searchParams.set('t', from);
  if (clip) url.searchParams.set('end', to);
}

/**
 * The watch page's link for the dialog's `Link` box: `?t=<start>` and, for a
 * clip, `&end=<end>` (a clip from the beginning says `t=0`). Other query
 * parameters, the fragment and credentials are dropped. Throws only if
 * `pageUrl` is not a URL.
 */
export function shareLink(pageUrl: string | URL, range: SharedRange): string {
  const url = new URL(pageUrl);
  url.username = '';
  url.password = '';
  setRange(url, range);
  return url.href;
}

/** The embed page's address on the site at `origin`, with the same start and end as the link. */
export function embedUrl(origin: string, slug: string, range: SharedRange): string {
  const url = new URL(embedPath(slug), origin);
  setRange(url, range);
  return url.href;
}

/**
 * The `<iframe>` another site pastes to show the episode: the embed page with the same start and end,
 * in the one shape the site's oEmbed responses give too (src/content/embed-code.ts).
 */
export function embedCode({ origin, slug, title, range }: { origin: string; slug: string; title: string; range: SharedRange }): string {
  return embedIframe({ src: embedUrl(origin, slug, range), title });
}

export type EndTimeReading = { end: number; problem?: undefined } | { end?: undefined; problem: string };

/**
 * The clip's end as the viewer typed it in `End time` (any start-time form),
 * or why it cannot end the clip: not a time, or not after the start. An end
 * past the episode is the episode's end.
 */
export function readEndTime(typed: string, start: number, duration: number): EndTimeReading {
  if (typed.trim() === '') return { problem: 'Type the time the clip ends, for example 48:08.' };
  const seconds = parseStartTime(typed);
  if (seconds === undefined) return { problem: 'Not a time: write it as 48:08, 48m8s or 2888.' };
  const end = duration > 0 ? Math.min(seconds, duration) : seconds;
  if (Math.floor(end) <= Math.floor(start)) return { problem: `The end must come after the start (${formatTime(start)}).` };
  return { end };
}
