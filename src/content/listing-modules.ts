// The modules that listing pages (home, shows, technologies) read beyond the
// content plugin's (module-ids.ts); served by src/build/listing-plugin.ts.
// Their types are in listing-virtual-modules.d.ts.

/**
 * Show and technology names by id, nothing else: every page needs them, so
 * they ride in the app's own code, which descriptions would swell.
 */
export const NAMES_ID = 'virtual:content/names';

/** Each published episode's longer text for search; imported lazily, on the first search. */
export const SEARCH_INDEX_ID = 'virtual:content/search-index';

/** One published episode's searchable text beyond its catalog entry: its words, folded, each once. */
export type SearchIndexEntry = readonly [slug: string, words: string];

/**
 * `loadShowLatest(showId)`: a show's newest episodes, for "more from this
 * show" under the player, without the whole catalog. Each show's list is a
 * module of its own: `virtual:content/show-latest/show-<n>`.
 */
export const SHOW_LATEST_ID = 'virtual:content/show-latest';
export const SHOW_LATEST_PREFIX = `${SHOW_LATEST_ID}/show-`;
/** Enough to fill "more from this show" (six) when the episode being watched is among them. */
export const SHOW_LATEST_COUNT = 7;

/**
 * What the home page opens with: the newest published episodes, enough to
 * fill two screens of a wide desktop, how many there are in all, and what the
 * filter menus offer. The whole catalog loads only when the viewer needs more
 * (scrolls toward the end, searches, filters), so opening the home page costs
 * the same at 300 episodes as at 10,000.
 */
export const CATALOG_FIRST_PAGE_ID = 'virtual:content/catalog-first-page';
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
