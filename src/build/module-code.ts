// The code of each virtual content module (ids in src/content/module-ids.ts).
import type { CatalogEntry, Episode } from '../content/schema';
import {
  CATALOG_ID,
  EPISODE_LOADERS_ID,
  EPISODE_PREFIX,
  episodeModuleId,
  SHOWS_ID,
  TECHNOLOGIES_ID,
} from '../content/module-ids';
import type { ContentSnapshot } from './content-store';

type PublishedModules = Pick<ContentSnapshot, 'episodes' | 'episodesBySlug' | 'shows' | 'technologies'>;

/** Whether an id (as imported, without the NUL prefix) names a content module. */
export function isContentModuleId(id: string): boolean {
  return (
    id === CATALOG_ID ||
    id === EPISODE_LOADERS_ID ||
    id === SHOWS_ID ||
    id === TECHNOLOGIES_ID ||
    (id.startsWith(EPISODE_PREFIX) && id.length > EPISODE_PREFIX.length)
  );
}

/**
 * What `loadEpisode` imports for an episode, as a JS expression: by default the
 * episode's virtual module (the dev server serves it; a build makes it a chunk).
 */
export type EpisodeImport = (episode: Episode) => string;

const importVirtualModule: EpisodeImport = ({ slug }) => JSON.stringify(episodeModuleId(slug));

/**
 * The code of a content module, or undefined for an episode that is not
 * published (unknown or scheduled).
 */
export function contentModuleCode(
  id: string,
  content: PublishedModules,
  importEpisode: EpisodeImport = importVirtualModule,
): string | undefined {
  switch (id) {
    case CATALOG_ID:
      return `export const episodes = ${jsonValue(content.episodes.map(catalogEntry))};\n`;
    case EPISODE_LOADERS_ID:
      return episodeLoadersCode(content.episodes, importEpisode);
    case SHOWS_ID:
      return `export const shows = ${jsonValue(content.shows)};\n`;
    case TECHNOLOGIES_ID:
      return `export const technologies = ${jsonValue(content.technologies)};\n`;
  }
  if (!id.startsWith(EPISODE_PREFIX)) return undefined;
  const episode = content.episodesBySlug.get(id.slice(EPISODE_PREFIX.length));
  return episode && episodeModuleCode(episode);
}

/** One episode's own module: everything its watch page needs. */
export function episodeModuleCode(episode: Episode): string {
  return `export const episode = ${jsonValue(episode)};\n`;
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
function episodeLoadersCode(episodes: readonly Episode[], importEpisode: EpisodeImport): string {
  const loaders = episodes.map((episode) => `  [${JSON.stringify(episode.slug)}, () => import(${importEpisode(episode)})],`);
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
