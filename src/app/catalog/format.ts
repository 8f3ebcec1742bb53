// Dates, lengths and counts as the listing pages write them.
import { formatTime } from '@/player/core/time';

// In UTC, as publishedAt is written: an episode's date is the same for every
// viewer, and the same as in its prerendered page. One formatter, reused.
const mediumDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const longDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

/** `Mar 17, 2022` */
export const formatDate = (iso: string) => mediumDate.format(new Date(iso));
/** `March 17, 2022` */
export const formatLongDate = (iso: string) => longDate.format(new Date(iso));

/**
 * `1:14:13`, or undefined when the length is unknown (front-matter says 0,
 * product.md, Content): a page then leaves it out rather than claim `0:00`.
 */
export const formatDuration = (seconds: number) => (seconds > 0 ? formatTime(seconds) : undefined);

// Number.toLocaleString builds a formatter at each call: a list of cards drawn at every keystroke
// spent more in it than in drawing them. One formatter, reused.
const wholeNumber = new Intl.NumberFormat('en');

/** `1,234` */
export const formatNumber = (n: number) => wholeNumber.format(n);

/** `1 episode`, `12 episodes`. */
export const count = (n: number, unit: string) => `${formatNumber(n)} ${unit}${n === 1 ? '' : 's'}`;
