// Every virtual module id the app imports, in one place: the content plugin
// serves them all (src/build/virtual-modules.ts holds the table from id to the
// code it writes), and virtual-modules.d.ts types them.

/** Every content module's id starts with this: the plugin claims the namespace, the table the ids. */
export const CONTENT_NAMESPACE = 'virtual:content/';

/** Light list of every published episode, newest first. */
export const CATALOG_ID = 'virtual:content/catalog';
/** `loadEpisode(slug)`: lazily imports one episode's own module. */
export const EPISODE_LOADERS_ID = 'virtual:content/episodes';
/** Prefix of one episode's module: `virtual:content/episode/<slug>`. */
export const EPISODE_PREFIX = 'virtual:content/episode/';
/** Shows and technologies by id, with their descriptions. */
export const SHOWS_ID = 'virtual:content/shows';
export const TECHNOLOGIES_ID = 'virtual:content/technologies';

/**
 * Show and technology names by id, nothing else: every page needs them, so
 * they ride in the app's own code, which descriptions would swell.
 */
export const NAMES_ID = 'virtual:content/names';
/** Each published episode's longer text for search; imported lazily, on the first search. */
export const SEARCH_INDEX_ID = 'virtual:content/search-index';
/**
 * `loadShowLatest(showId)`: a show's newest episodes, for "more from this
 * show" under the player, without the whole catalog. Each show's list is a
 * module of its own: `virtual:content/show-latest/show-<n>`.
 */
export const SHOW_LATEST_ID = 'virtual:content/show-latest';
export const SHOW_LATEST_PREFIX = `${SHOW_LATEST_ID}/show-`;
/**
 * What the home page opens with: the newest published episodes, how many there
 * are in all, and what the filter menus offer (see CATALOG_FIRST_PAGE_SIZE).
 */
export const CATALOG_FIRST_PAGE_ID = 'virtual:content/catalog-first-page';

export const episodeModuleId = (slug: string) => `${EPISODE_PREFIX}${slug}`;

/** Vite's convention: a resolved virtual id starts with a NUL byte so no other plugin touches it. */
export const resolvedId = (id: string) => `\0${id}`;

/** Where a build writes each episode's module (`dist/episodes/<slug>.js`), for loadEpisode and preloading. */
export const EPISODE_FILES_FOLDER = 'episodes';
export const episodeFilePath = (slug: string) => `${EPISODE_FILES_FOLDER}/${slug}.js`;
