// Serves the modules the listing pages need beyond the content plugin's, built
// from what it has read (src/content/listing-modules.ts):
// - `virtual:content/names`: show and technology names only, light enough for
//   every page (the content plugin's shows and technologies modules carry
//   descriptions, which pages load only where they show them);
// - `virtual:content/search-index`: each episode's description, subtitle and
//   chapter titles, folded for search, imported on the first search so the
//   catalog every listing loads stays light;
// - `virtual:content/show-latest`: each show's newest episodes, one small
//   module per show, for "more from this show" under the player;
// - `virtual:content/catalog-first-page`: the newest episodes, the total and
//   the filter menus' counts, which the home page opens with before (and
//   often without) the whole catalog.
import type { EnvironmentModuleNode, Plugin } from 'vite';
import type { Episode } from '../content/schema.ts';
import {
  CATALOG_FIRST_PAGE_ID,
  CATALOG_FIRST_PAGE_SIZE,
  episodeCounts,
  NAMES_ID,
  SEARCH_INDEX_ID,
  SHOW_LATEST_COUNT,
  SHOW_LATEST_ID,
  SHOW_LATEST_PREFIX,
  type SearchIndexEntry,
} from '../content/listing-modules.ts';
import { foldForSearch } from '../content/search-text.ts';
import { resolvedId } from '../content/module-ids.ts';
import { contentFileOf } from './content-files.ts';
import { findContentPlugin, type ContentPluginApi } from './content-plugin.ts';
import type { PublishedContent } from './content-store.ts';
import { catalogEntry, jsonValue } from './module-code.ts';

const OUR_IDS = /^virtual:content\/(?:names|search-index|catalog-first-page|show-latest(?:\/show-\d+)?)$/;
const OUR_RESOLVED_IDS = /^\0virtual:content\/(?:names|search-index|catalog-first-page|show-latest(?:\/show-\d+)?)$/;

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

export function listingModuleCode(
  id: string,
  content: PublishedContent,
  { firstPageSize = CATALOG_FIRST_PAGE_SIZE }: ListingOptions = {},
): string | undefined {
  const namesOf = (named: PublishedContent['shows' | 'technologies']) =>
    Object.fromEntries(Object.entries(named).map(([key, value]) => [key, value.name]));
  switch (id) {
    case NAMES_ID:
      return [
        `export const showNames = ${jsonValue(namesOf(content.shows))};`,
        `export const technologyNames = ${jsonValue(namesOf(content.technologies))};`,
        '',
      ].join('\n');
    case SEARCH_INDEX_ID:
      return `export const entries = ${jsonValue(content.episodes.map(searchIndexEntry))};\n`;
    case SHOW_LATEST_ID:
      return showLatestLoaderCode(showsWithEpisodes(content));
    case CATALOG_FIRST_PAGE_ID:
      return [
        `export const episodes = ${jsonValue(content.episodes.slice(0, firstPageSize).map(catalogEntry))};`,
        `export const total = ${content.episodes.length};`,
        `export const counts = ${jsonValue(episodeCounts(content.episodes))};`,
        '',
      ].join('\n');
  }
  if (!id.startsWith(SHOW_LATEST_PREFIX)) return undefined;
  const show = showsWithEpisodes(content)[Number(id.slice(SHOW_LATEST_PREFIX.length))];
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
function showLatestLoaderCode(shows: { id: string }[]): string {
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

export function listingPlugin(options: ListingOptions = {}): Plugin {
  let content: ContentPluginApi;

  return {
    name: 'rawkode:listing',

    configResolved(config) {
      const found = findContentPlugin(config);
      if (!found) throw new Error('The listing plugin needs the content plugin: add contentPlugin() to the Vite config');
      content = found;
    },

    resolveId: {
      filter: { id: OUR_IDS },
      handler: (id) => resolvedId(id),
    },

    load: {
      filter: { id: OUR_RESOLVED_IDS },
      async handler(id) {
        // Content errors are the content plugin's to report, with files and
        // lines; getContent() rejects with them and Vite shows that.
        const code = listingModuleCode(id.slice(1), await content.getContent(), options);
        return code === undefined ? undefined : { code, moduleType: 'js' };
      },
    },

    hotUpdate({ file, modules }) {
      // The content plugin (before this one) has taken the change in and listed
      // its own modules; these follow it.
      if (!contentFileOf(content.contentDir, file)) return;
      const ours: EnvironmentModuleNode[] = [];
      for (const [id, module] of this.environment.moduleGraph.idToModuleMap) {
        if (OUR_RESOLVED_IDS.test(id) && !modules.includes(module)) ours.push(module);
      }
      return ours.length > 0 ? [...modules, ...ours] : undefined;
    },
  };
}
