// Every virtual module id the content plugin serves, in one place. The app
// imports these ids; their types live in virtual-modules.d.ts.

/** Light list of every published episode, newest first. */
export const CATALOG_ID = 'virtual:content/catalog';
/** `loadEpisode(slug)`: lazily imports one episode's own module. */
export const EPISODE_LOADERS_ID = 'virtual:content/episodes';
/** Prefix of one episode's module: `virtual:content/episode/<slug>`. */
export const EPISODE_PREFIX = 'virtual:content/episode/';
/** Shows and technologies by id. */
export const SHOWS_ID = 'virtual:content/shows';
export const TECHNOLOGIES_ID = 'virtual:content/technologies';

export const episodeModuleId = (slug: string) => `${EPISODE_PREFIX}${slug}`;

/** Vite's convention: a resolved virtual id starts with a NUL byte so no other plugin touches it. */
export const resolvedId = (id: string) => `\0${id}`;

/** Where a build writes each episode's module (`dist/episodes/<slug>.js`), for loadEpisode and preloading. */
export const EPISODE_FILES_FOLDER = 'episodes';
export const episodeFilePath = (slug: string) => `${EPISODE_FILES_FOLDER}/${slug}.js`;
