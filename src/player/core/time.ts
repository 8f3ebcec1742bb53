// Start times read from links, and times written for people: plain functions, no DOM.

/**
 * `1h14m13s`, `46m47s`, `2807s`, `1h`: each unit at most once, in that order,
 * any number of digits; only the seconds may have a fraction.
 */
const UNITS_FORM = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/i;

/**
 * `46:47`, `1:14:13`, `0:05`: clock notation. The leading field may be any
 * number (`75:00` is 75 minutes); the fields after it are two digits below 60.
 */
const CLOCK_FORM = /^(\d+)(?::([0-5]\d))?:([0-5]\d(?:\.\d+)?)$/;

/** A plain number of seconds: `2807`, `12.5`. No sign, exponent or hex. */
const SECONDS_FORM = /^\d+(?:\.\d+)?$/;

/** Keeps a parsed value to what a link can sensibly mean. */
function acceptSeconds(total: number): number | undefined {
  return Number.isFinite(total) && total >= 0 && total <= Number.MAX_SAFE_INTEGER ? total : undefined;
}

/**
 * The start time of a `?t=` value, in seconds, or undefined when it does not
 * parse: a viewer's bad link is ignored, never an error.
 */
export function parseStartTime(raw: string | null | undefined): number | undefined {
  if (typeof raw !== 'string') return undefined;
  const value = raw.trim();
  if (value === '') return undefined;

  if (SECONDS_FORM.test(value)) return acceptSeconds(Number(value));

  const clock = CLOCK_FORM.exec(value);
  if (clock) {
    const [, first = '0', middle, last = '0'] = clock;
    // With two fields the first counts minutes; with three, hours.
    const total =
      middle === undefined
        ? Number(first) * 60 + Number(last)
        : Number(first) * 3600 + Number(middle) * 60 + Number(last);
    return acceptSeconds(total);
  }

  const units = UNITS_FORM.exec(value);
  if (units) {
    // The pattern also matches '' (every part optional); that was ruled out above.
    const [, hours = '0', minutes = '0', seconds = '0'] = units;
    return acceptSeconds(Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds));
  }

  return undefined;
}

/**
 * The start time in a URL fragment: `#t=2807`, `#t=46m47s`, and the W3C media
 * fragment forms `#t=npt:2807`, `#t=npt:46:47`, `#t=2807,2900` (only the start
 * is used; `#t=,20` starts at 0). Other `&`-separated fragment parameters are
 * skipped; when `t` appears more than once the last one counts, as in the
 * media-fragments spec. Other time schemes (`smpte:`, `clock:`) are ignored.
 */
export function parseStartFromHash(hash: string): number | undefined {
  if (typeof hash !== 'string') return undefined;
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;

  let value: string | undefined;
  for (const param of fragment.split('&')) {
    const equals = param.indexOf('=');
    if (equals !== -1 && param.slice(0, equals) === 't') value = param.slice(equals + 1);
  }
  if (value === undefined) return undefined;

  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return undefined; // a malformed %-escape
  }

  const withoutScheme = decoded.replace(/^npt:/, '');
  const comma = withoutScheme.indexOf(',');
  const start = comma === -1 ? withoutScheme : withoutScheme.slice(0, comma);
  if (comma !== -1 && start === '') return 0;
  return parseStartTime(start);
}

/**
 * The start time a watch-page link asks for. The query's `t` wins over the
 * fragment's; a query value that does not parse is ignored as if absent, so
 * a valid fragment still applies (`?t=abc#t=20` starts at 20).
 */
export function startTimeFromLocation(search: string, hash: string): number | undefined {
  const fromQuery = parseStartTime(new URLSearchParams(search).get('t'));
  return fromQuery ?? parseStartFromHash(hash);
}

/**
 * A time kept within [0, duration]. A duration that is not known yet (NaN) or
 * unbounded only keeps the time from going negative; a NaN time becomes 0.
 */
export function clampTime(t: number, duration: number): number {
  if (Number.isNaN(t) || t < 0) return 0;
  if (Number.isFinite(duration) && duration >= 0 && t > duration) return duration;
  return t;
}

/**
 * Seeks stop this far short of the end: Chromium's native HLS player fails
 * with MEDIA_ERR_SRC_NOT_SUPPORTED when asked to seek to the exact end.
 */
export const END_GUARD_SECONDS = 0.5;

/** A time the media can seek to: within the episode, just short of its very end. */
export const seekableTime = (seconds: number, duration: number) =>
  clampTime(seconds, Math.max(0, duration - END_GUARD_SECONDS));

/** Whole seconds for display, with nonsense (NaN, negative) shown as 0. */
function wholeSeconds(seconds: number): number {
  return Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * A time as a clock shows it: `0:05`, `46:47`, `1:14:13`, floored to whole
 * seconds. Hours appear only when the time itself reaches an hour, so a slider
 * reads `46:47 of 1:14:13`. Given a `reference` (the total) of ten minutes or
 * more, minutes get two digits (`05:00`), so a running time keeps its width
 * next to the total within the hour.
 */
export function formatTime(seconds: number, reference?: number): string {
  const total = wholeSeconds(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  if (hours > 0) return `${hours}:${twoDigits(minutes)}:${twoDigits(secs)}`;
  const padMinutes = reference !== undefined && wholeSeconds(reference) >= 600;
  return `${padMinutes ? twoDigits(minutes) : minutes}:${twoDigits(secs)}`;
}

/**
 * The `t` value of a share link: whole seconds, floored, so the link opens on
 * the second the viewer was watching. Nonsense (NaN, negative, infinite) gives 0.
 */
export function toQueryTime(seconds: number): string {
  return String(Math.min(wholeSeconds(seconds), Number.MAX_SAFE_INTEGER));
}
