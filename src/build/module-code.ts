// The code of the catalog and episode modules (ids in src/content/module-ids.ts;
// src/build/virtual-modules.ts maps each id to its code).
import { SLUG_PATTERN, type CatalogEntry, type Episode, type EpisodeWithUpNext } from '../content/schema.ts';
import { EPISODE_FILES_FOLDER, episodeModuleId } from '../content/module-ids.ts';
import { upNextFor } from './up-next.ts';

/**
 * How `loadEpisode` reaches an episode's module: through its virtual module
 * (the dev server serves each one), or, in a browser build, as a file of its
 * own at `<base>episodes/<slug>.js`.
 */
export type EpisodeLoading = { kind: 'virtual-modules' } | { kind: 'episode-files'; base: string };

/** `virtual:content/catalog`: every published episode, light. */
export const catalogCode = (episodes: readonly Episode[]) => `export const episodes = ${jsonValue(episodes.map(catalogEntry))};\n`;

/** `virtual:content/episodes`: the loader of each episode's own module. */
export const episodeLoaderCode = (episodes: readonly Episode[], loading: EpisodeLoading) =>
  loading.kind === 'episode-files' ? episodeFileLoaderCode(loading.base) : episodeLoadersCode(episodes);

/**
 * Everything an episode's watch page needs: the episode, with the show's next
 * episode (from `published`, the store's list) as `upNext`. Its module holds
 * this, and the prerenderer renders the page from it: the two must be equal.
 */
export function watchPageEpisode(episode: Episode, published: readonly Episode[]): EpisodeWithUpNext {
  const upNext = upNextFor(published, episode.slug);
  return upNext ? { ...episode, upNext } : episode;
}

/** One episode's own module. */
export function episodeModuleCode(episode: Episode, published: readonly Episode[]): string {
  return `export const episode = ${jsonValue(watchPageEpisode(episode, published))};\n`;
}

/** What listing pages need of an episode, and nothing more (see CatalogEntry). */
export function catalogEntry(episode: Episode): CatalogEntry {
  return {
    slug: episode.slug,
    title: episode.title,
    publishedAt: episode.publishedAt,
    duration: episode.duration,
    videoId: episode.videoId,
    show: episode.show,
    technologies: episode.technologies,
    chapterCount: episode.chapters.length,
  };
}

/**
 * One `import()` per episode, so that a watch page downloads only its own
 * episode. A Map, so no slug can reach Object's prototype.
 */
function episodeLoadersCode(episodes: readonly Episode[]): string {
  const loaders = episodes.map((episode) => `  [${JSON.stringify(episode.slug)}, () => import(${JSON.stringify(episodeModuleId(episode.slug))})],`);
  return [
    'const loaders = new Map([',
    ...loaders,
    ']);',
    'export function loadEpisode(slug) {',
    '  const load = loaders.get(slug);',
    '  return load ? load().then((module) => module.episode) : Promise.resolve(undefined);',
    '}',
    '',
  ].join('\n');
}

/**
 * The build's loader: it knows no slugs, so its size does not grow with the
 * catalog (a map of 10,000 imports would cost a watch page 170 KB gzip).
 * An unknown or scheduled slug has no file: the import fails, and the
 * episode is not found. Only a safe slug is ever put into a URL.
 */
function episodeFileLoaderCode(base: string): string {
  return [
    `const SAFE_SLUG = ${SLUG_PATTERN.toString()};`,
    'export function loadEpisode(slug) {',
    '  if (!SAFE_SLUG.test(slug)) return Promise.resolve(undefined);',
    `  return import(/* @vite-ignore */ ${JSON.stringify(base)} + ${JSON.stringify(EPISODE_FILES_FOLDER + '/')} + slug + '.js').then(`,
    '    (module) => module.episode,',
    '    () => undefined,',
    '  );',
    '}',
    '',
  ].join('\n');
}

const LITERAL_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * A value as `JSON.parse('…')`: V8 parses a JSON string faster than the same
 * object literal, which counts for a catalog of thousands of episodes.
 */
export function jsonValue(value: unknown): string {
  // One pass over the JSON for the characters a single-quoted literal cannot
  // hold as they are. U+2028/2029 are legal there, but no line-based tool trips on them escaped.
  const literal = JSON.stringify(value).replace(/[\\'\u2028\u2029]/g, (character) => LITERAL_ESCAPES[character] ?? character);
  return `JSON.parse('${literal}')`;
}
