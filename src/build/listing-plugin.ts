// Serves `virtual:content/search-index`: each published episode's description,
// subtitle and chapter titles, folded for search. The home page imports it
// lazily, on the first search, so the catalog every page loads stays light.
import type { Plugin, ResolvedConfig } from 'vite';
import type { Episode } from '../content/schema';
import { foldForSearch, SEARCH_INDEX_ID, type SearchIndexEntry } from '../content/search-text';
import { resolvedId } from '../content/module-ids';
import { contentFileOf } from './content-files';
import { findContentPlugin, type ContentPluginApi } from './content-plugin';
import { jsonValue } from './module-code';

const RESOLVED_ID = resolvedId(SEARCH_INDEX_ID);

/** What search reads of an episode beyond its catalog entry (title, show, technologies). */
export function searchIndexEntry(episode: Episode): SearchIndexEntry {
  const parts = [episode.subtitle ?? '', episode.description ?? '', ...episode.chapters.map((chapter) => chapter.title)];
  return [episode.slug, foldForSearch(parts.join(' '))];
}

export function searchIndexCode(episodes: readonly Episode[]): string {
  return `export const entries = ${jsonValue(episodes.map(searchIndexEntry))};\n`;
}

export function searchIndexPlugin(): Plugin {
  let content: ContentPluginApi;

  return {
    name: 'rawkode:search-index',

    configResolved(config: ResolvedConfig) {
      const found = findContentPlugin(config);
      if (!found) throw new Error('The search index plugin needs the content plugin: add contentPlugin() to the Vite config');
      content = found;
    },

    resolveId: {
      filter: { id: /^virtual:content\/search-index$/ },
      handler: () => RESOLVED_ID,
    },

    load: {
      filter: { id: /^\0virtual:content\/search-index$/ },
      async handler() {
        // Content errors are the content plugin's to report, with files and lines;
        // getContent() rejects with them and Vite shows that.
        const { episodes } = await content.getContent();
        return { code: searchIndexCode(episodes), moduleType: 'js' };
      },
    },

    hotUpdate({ file, modules }) {
      // The content plugin (before this one) has already taken the change in and
      // listed its own modules; the index joins them.
      if (!contentFileOf(content.contentDir, file)) return;
      const module = this.environment.moduleGraph.getModuleById(RESOLVED_ID);
      return module && !modules.includes(module) ? [...modules, module] : undefined;
    },
  };
}
