// The code of the modules listing pages read beyond the catalog (ids in src/content/module-ids.ts):
// - `virtual:content/names`: show and technology names only, light enough for
//   every page (the shows and technologies modules carry descriptions, which
//   pages load only where they show them);
// - `virtual:content/search-index`: each episode's description, subtitle and
//   chapter titles, folded for search, imported on the first search so the
//   catalog every listing loads stays light;
// - `virtual:content/show-latest`: each show's newest episodes, one small
//   module per show, for "more from this show" under the player;
// - `virtual:content/catalog-first-page`: the newest episodes, the total and
//   the filter menus' counts, which the home page opens with before (and
//   often without) the whole catalog.
import type { Episode } from '../content/schema.ts';
import { CATALOG_FIRST_PAGE_SIZE, episodeCounts, SHOW_LATEST_COUNT, type SearchIndexEntry } from '../content/listing-modules.ts';
import { foldForSearch } from '../content/search-text.ts';
import { SHOW_LATEST_PREFIX } from '../content/module-ids.ts';
import type { PublishedContent } from './content-store.ts';
import { catalogEntry, jsonValue } from './module-code.ts';

/**
 * What search reads of an episode beyond its catalog entry (title, show,
 * technologies): its words, each once. Search matches each typed word within
 * one word of the text, so order and repeats do not matter, and dropping them
 * makes the index smaller and each keystroke's scan shorter.
 */
export function searchIndexEntry(episode: Episode): SearchIndexEntry {
  const parts = [episode.subtitle ?? '', episode.description ?? '', ...episode.chapters.map((chapter) => chapter.title)];
  const words = new Set(foldForSearch(parts.join(' ')).split(' '));
  words.delete('');
  return [episode.slug, [...words].join(' ')];
}

export interface ListingOptions {
  /** Episodes in the home page's first page; CATALOG_FIRST_PAGE_SIZE unless told (tests may ask for fewer). */
  firstPageSize?: number;
}

/** `virtual:content/names` */
export function namesCode(content: PublishedContent): string {
  const namesOf = (named: PublishedContent['shows' | 'technologies']) =>
    Object.fromEntries(Object.entries(named).map(([key, value]) => [key, value.name]));
  return [
    `export const showNames = ${jsonValue(namesOf(content.shows))};`,
    `export const technologyNames = ${jsonValue(namesOf(content.technologies))};`,
    '',
  ].join('\n');
}

/** `virtual:content/search-index` */
export const searchIndexCode = (content: PublishedContent) =>
  `export const entries = ${jsonValue(content.episodes.map(searchIndexEntry))};\n`;

/** `virtual:content/catalog-first-page` */
export function catalogFirstPageCode(content: PublishedContent, { firstPageSize = CATALOG_FIRST_PAGE_SIZE }: ListingOptions = {}): string {
  return [
    `export const episodes = ${jsonValue(content.episodes.slice(0, firstPageSize).map(catalogEntry))};`,
    `export const total = ${content.episodes.length};`,
    `export const counts = ${jsonValue(episodeCounts(content.episodes))};`,
    '',
  ].join('\n');
}

/** `virtual:content/show-latest`: the loader of each show's list. */
export const showLatestLoaderCode = (content: PublishedContent) => showLatestLoaders(showsWithEpisodes(content));

/** `virtual:content/show-latest/show-<n>`: one show's newest episodes; undefined for no such show. */
export function showLatestCode(content: PublishedContent, number: string): string | undefined {
  const show = /^\d+$/.test(number) ? showsWithEpisodes(content)[Number(number)] : undefined;
  if (!show) return undefined;
  return [
    `export const episodes = ${jsonValue(show.episodes.slice(0, SHOW_LATEST_COUNT).map(catalogEntry))};`,
    `export const total = ${show.episodes.length};`,
    '',
  ].join('\n');
}

/** Every show that published episodes name, with its episodes newest first, in a stable order. */
function showsWithEpisodes(content: PublishedContent): { id: string; episodes: Episode[] }[] {
  const byShow = new Map<string, Episode[]>();
  for (const episode of content.episodes) {
    if (episode.show === undefined) continue;
    const episodes = byShow.get(episode.show);
    if (episodes) episodes.push(episode);
    else byShow.set(episode.show, [episode]);
  }
  return [...byShow].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, episodes]) => ({ id, episodes }));
}

/**
 * One `import()` per show, so a watch page downloads only its show's list.
 * Modules are numbered, not named by show id: an id is whatever a file name
 * or front-matter says, and need not be safe in a module id.
 */
function showLatestLoaders(shows: { id: string }[]): string {
  const loaders = shows.map(({ id }, index) => `  [${JSON.stringify(id)}, () => import(${JSON.stringify(`${SHOW_LATEST_PREFIX}${index}`)})],`);
  return [
    'const loaders = new Map([',
    ...loaders,
    ']);',
    'export function loadShowLatest(showId) {',
    '  const load = loaders.get(showId);',
    '  return load ? load().then((module) => ({ episodes: module.episodes, total: module.total })) : Promise.resolve(undefined);',
    '}',
    '',
  ].join('\n');
}
