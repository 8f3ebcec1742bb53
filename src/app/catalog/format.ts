// Dates, lengths and counts as the listing pages write them.
import { formatTime } from '@/player/core/time';

// Written from a table rather than by Intl.DateTimeFormat: the first
// formatter a page builds costs ~23 ms of its main thread on this machine
// (about 95 ms on a phone's CPU; ICU's calendar data loads), and a watch page
// built it while evaluating the app's code, in the one task that takes the
// page over (Lighthouse counts it as blocking). The site writes its dates in
// English only, so a table of month names says the same as `en`
// (tests/unit/app/format.test.ts holds it to Intl's output). In UTC, as
// publishedAt is written: an episode's date is the same for every viewer,
// and the same as in its prerendered page.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateParts(iso: string) {
  const date = new Date(iso);
  // As Intl's format does: an invalid date is a mistake, not a date to print.
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid time value: ${iso}`);
  return { month: MONTHS[date.getUTCMonth()]!, day: date.getUTCDate(), year: date.getUTCFullYear() };
}

/** `Mar 17, 2022` */
export function formatDate(iso: string) {
  const { month, day, year } = dateParts(iso);
  return `${month.slice(0, 3)} ${day}, ${year}`;
}

/** `March 17, 2022` */
export function formatLongDate(iso: string) {
  const { month, day, year } = dateParts(iso);
  return `${month} ${day}, ${year}`;
}

/**
 * `1:14:13`, or undefined when the length is unknown (front-matter says 0,
 * product.md, Content): a page then leaves it out rather than claim `0:00`.
 */
export const formatDuration = (seconds: number) => (seconds > 0 ? formatTime(seconds) : undefined);

// Number.toLocaleString builds a formatter at each call: a list of cards drawn at every keystroke
// spent more in it than in drawing them. One formatter, built when first needed (not while the app's
// code is evaluated) and reused.
let wholeNumber: Intl.NumberFormat | undefined;

/** `1,234` */
export const formatNumber = (n: number) => (wholeNumber ??= new Intl.NumberFormat('en')).format(n);

/** `1 episode`, `12 episodes`. */
export const count = (n: number, unit: string) => `${formatNumber(n)} ${unit}${n === 1 ? '' : 's'}`;
