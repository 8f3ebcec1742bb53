// What listing pages (home, shows, technologies) share with the build about
// their modules (ids in module-ids.ts): sizes, shapes and the filter counts.

/** One published episode's searchable text beyond its catalog entry: its words, folded, each once. */
export type SearchIndexEntry = readonly [slug: string, words: string];

/** Enough to fill "more from this show" (six) when the episode being watched is among them. */
export const SHOW_LATEST_COUNT = 7;

/**
 * The home page's first page: enough to fill two screens of a wide desktop.
 * The whole catalog loads only when the viewer needs more (scrolls toward the
 * end, searches, filters), so opening the home page costs the same at 300
 * episodes as at 10,000.
 */
export const CATALOG_FIRST_PAGE_SIZE = 48;

/** How many published episodes each show and each technology has: the filter menus' counts. */
export interface EpisodeCounts {
  shows: ReadonlyArray<readonly [id: string, episodes: number]>;
  technologies: ReadonlyArray<readonly [id: string, episodes: number]>;
}

/** Counts, in the order each id is first met (newest first); entries need only their show and technologies. */
export function episodeCounts(entries: Iterable<{ show?: string | undefined; technologies: readonly string[] }>): EpisodeCounts {
  const shows = new Map<string, number>();
  const technologies = new Map<string, number>();
  for (const entry of entries) {
    if (entry.show !== undefined) shows.set(entry.show, (shows.get(entry.show) ?? 0) + 1);
    for (const id of entry.technologies) technologies.set(id, (technologies.get(id) ?? 0) + 1);
  }
  return { shows: [...shows], technologies: [...technologies] };
}
