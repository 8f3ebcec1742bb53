// The seam between build time and run time: one zod schema per content kind.
// The build validates front-matter with these; the app imports only the types
// inferred from them (type-only imports, so zod never ships to viewers).
import { z } from 'zod';

/** Lowercase letters and digits in runs joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Messages read as the rest of a sentence that starts with the field path. */
const required = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? 'is required' : `must be ${what}`;

const text = (what = 'text') =>
  z.string({ error: required(what) }).trim().min(1, { error: 'must not be empty' });

/** A YAML value that should be a list but was left empty (`chapters:`) reads as null. */
const optionalList = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === null ? undefined : value), z.array(item).default([]));

const optionalText = z.preprocess(
  (value) => (value === null ? undefined : value),
  z.string({ error: required('text') }).optional(),
);

const seconds = z
  .number({ error: required('a number of seconds') })
  .nonnegative({ error: 'must not be negative' });

/** An ISO 8601 date, optionally with a time and a zone: `2022-03-17` or `2022-03-17T17:00:00.000Z`. */
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Whether the year, month and day written at the start of a date are a real
 * day. `Date` quietly rolls `2022-02-30` over into March; authors mean a typo.
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text.trim());
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads a quoted ISO date. A time without a zone is taken as UTC, so that the
 * build's time zone never moves an episode's date.
 */
export function parseDateText(text: string): Date | undefined {
  const match = DATE_TEXT.exec(text.trim());
  if (!match || !isCalendarDate(text)) return undefined;
  const hasTime = match[4] !== undefined;
  const hasZone = match[7] !== undefined;
  const date = new Date(hasTime && !hasZone ? `${text.trim()}Z` : text.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * js-yaml (inside gray-matter) turns an unquoted timestamp into a Date; a quoted
 * one stays a string. Both become one ISO 8601 string for the app.
 */
const publishedAt = z
  .union([z.date(), z.string()], { error: required('a date') })
  .transform((value, ctx) => {
    const date = value instanceof Date ? value : parseDateText(value);
    if (!date || Number.isNaN(date.getTime())) {
      ctx.issues.push({
        code: 'custom',
        message: `is not a date: ${String(value)} (write it as 2022-03-17 or 2022-03-17T17:00:00Z)`,
        input: value,
      });
      return z.NEVER;
    }
    return date.toISOString();
  });

export const chapterSchema = z.object({
  startTime: seconds,
  title: text(),
});

/** A list that may be left out; an empty or absent one is left out of the output, so old content costs nothing. */
const listIfAny = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (value === null || (Array.isArray(value) && value.length === 0) ? undefined : value),
    z.array(item).optional(),
  );

/**
 * An absolute http: or https: URL. Anything else (`javascript:`, a relative
 * path) would be a link that runs script or goes nowhere once it leaves the site.
 */
const webUrl = z.string({ error: required('an absolute http: or https: URL') }).trim().superRefine((value, ctx) => {
  if (!isWebUrl(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `must be an absolute http: or https: URL (like https://example.com/slides), not ${JSON.stringify(value)}`,
    });
  }
});

/** Whether text is an absolute http: or https: URL with a host. */
export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && /^https?:\/\//i.test(text.trim());
  } catch {
    return false;
  }
}

export const resourceSchema = z.object({
  title: text(),
  url: webUrl,
  category: optionalText,
});

/**
 * A guest as the watch page shows them. The schema names them by their id; the
 * build then puts in the name (and website) from `people/<id>.md`, so that the
 * watch page loads no list of people.
 */
export interface Guest {
  id: string;
  name: string;
  /** An http(s) URL: other websites are not made links. */
  website?: string;
}

const guest = text().transform((id): Guest => ({ id, name: id }));

const episodeFields = z
  .object({
    id: optionalText,
    slug: z
      .string({ error: required('text') })
      .regex(SLUG_PATTERN, { error: 'must be lowercase letters, digits and single hyphens' }),
    title: text(),
    subtitle: optionalText,
    description: optionalText,
    publishedAt,
    // Newer content leaves it out: `id` then names the video (see episodeSchema's preprocess).
    videoId: z
      .string({ error: (issue) => (issue.input === undefined ? 'is required (or name the video by `id`)' : 'must be text') })
      .trim()
      .min(1, { error: 'must not be empty' }),
    // 0 passes here: real content has an episode whose length was never
    // filled in. The build warns about it (unknown length) instead of failing.
    duration: seconds,
    show: optionalText,
    technologies: optionalList(text()),
    chapters: optionalList(chapterSchema),
    guests: listIfAny(guest),
    resources: listIfAny(resourceSchema),
    whatYouWillLearn: listIfAny(text()),
  })
  .superRefine((episode, ctx) => {
    episode.chapters.forEach((chapter, index) => {
      const previous = episode.chapters[index - 1];
      // This check also runs when a field failed; a negative start is already
      // reported as such, so it is not reported again as out of order.
      if (previous && chapter.startTime >= 0 && chapter.startTime <= previous.startTime) {
        ctx.addIssue({
          code: 'custom',
          path: ['chapters', index, 'startTime'],
          message: `must be later than the chapter before it (${previous.startTime} s): chapters are out of order`,
        });
      }
    });
  });

/**
 * Newer Rawkode content names the video by `id` and has no `videoId`. The
 * episode then gets `id` as its `videoId` before it is checked, so the rest of
 * the app reads `videoId` alone, and an episode with neither is told `videoId`
 * is required.
 */
function videoIdFromId(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const { videoId, id } = data as Record<string, unknown>;
  if ((videoId === undefined || videoId === null) && typeof id === 'string' && id.trim() !== '') return { ...data, videoId: id };
  return data;
}

export const episodeSchema = z.preprocess(videoIdFromId, episodeFields);

export const showSchema = z.object({
  name: text(),
  description: optionalText,
  hosts: optionalList(text()),
});

export const personSchema = z.object({
  name: text(),
  website: optionalText,
});

export const technologySchema = z.object({
  name: text(),
  description: optionalText,
  website: optionalText,
  icon: optionalText,
});

/** An episode as validated: unknown front-matter keys are stripped. */
export type Episode = z.output<typeof episodeSchema>;
export type Chapter = z.output<typeof chapterSchema>;
export type Show = z.output<typeof showSchema> & { id: string };
export type Technology = z.output<typeof technologySchema> & { id: string };
export type Person = z.output<typeof personSchema> & { id: string };
export type Resource = z.output<typeof resourceSchema>;

/** The episode offered when another ends: the next published episode of the same show. */
export type UpNextEpisode = Pick<Episode, 'slug' | 'title' | 'videoId'>;

/** One episode's own module: the episode, and what the build adds to it from the rest of the content. */
export type EpisodeWithUpNext = Episode & { upNext?: UpNextEpisode };

/**
 * What listing pages need of an episode, and nothing more: the catalog ships
 * every episode at once, so it leaves out descriptions and chapter lists.
 */
export type CatalogEntry = Pick<
  Episode,
  'slug' | 'title' | 'publishedAt' | 'duration' | 'videoId' | 'show' | 'technologies'
> & { chapterCount: number };
