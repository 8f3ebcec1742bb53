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
