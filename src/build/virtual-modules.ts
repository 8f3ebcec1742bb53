// Every virtual module the content plugin serves, as one table from module id
// to the code that writes it. The plugin claims the `virtual:content/`
// namespace and asks this table: no other list of ids exists to drift from it.
import {
  CATALOG_FIRST_PAGE_ID,
  CATALOG_ID,
  CONTENT_NAMESPACE,
  EPISODE_LOADERS_ID,
  EPISODE_PREFIX,
  NAMES_ID,
  SEARCH_INDEX_ID,
  SHOW_LATEST_ID,
  SHOW_LATEST_PREFIX,
  SHOWS_ID,
  TECHNOLOGIES_ID,
} from '../content/module-ids.ts';
import type { ContentSnapshot } from './content-store.ts';
import { catalogCode, episodeLoaderCode, episodeModuleCode, jsonValue, type EpisodeLoading } from './module-code.ts';
import {
  catalogFirstPageCode,
  namesCode,
  searchIndexCode,
  showLatestCode,
  showLatestLoaderCode,
  type ListingOptions,
} from './listing-module-code.ts';

/** What a module's code is written from. */
export interface ModuleInputs {
  content: Pick<ContentSnapshot, 'episodes' | 'episodesBySlug' | 'shows' | 'technologies'>;
  /** How `loadEpisode` reaches an episode: the dev server's virtual modules unless a browser build writes files. */
  episodeLoading?: EpisodeLoading;
  listing?: ListingOptions;
}

/** A module's code, or undefined when there is no such module (an unknown or scheduled episode). */
type WriteModule = (inputs: ModuleInputs, key: string) => string | undefined;

/** Modules named by their id alone. */
const MODULES: Readonly<Record<string, WriteModule>> = {
  [CATALOG_ID]: ({ content }) => catalogCode(content.episodes),
  [EPISODE_LOADERS_ID]: ({ content, episodeLoading }) => episodeLoaderCode(content.episodes, episodeLoading ?? { kind: 'virtual-modules' }),
  [SHOWS_ID]: ({ content }) => `export const shows = ${jsonValue(content.shows)};\n`,
  [TECHNOLOGIES_ID]: ({ content }) => `export const technologies = ${jsonValue(content.technologies)};\n`,
  [NAMES_ID]: ({ content }) => namesCode(content),
  [SEARCH_INDEX_ID]: ({ content }) => searchIndexCode(content),
  [SHOW_LATEST_ID]: ({ content }) => showLatestLoaderCode(content),
  [CATALOG_FIRST_PAGE_ID]: ({ content, listing }) => catalogFirstPageCode(content, listing),
};

/** Families of modules: a prefix, then a key (`virtual:content/episode/<slug>`). */
const FAMILIES: ReadonlyArray<readonly [prefix: string, write: WriteModule]> = [
  [
    EPISODE_PREFIX,
    ({ content }, slug) => {
      const episode = content.episodesBySlug.get(slug);
      return episode && episodeModuleCode(episode, content.episodes);
    },
  ],
  [SHOW_LATEST_PREFIX, ({ content }, number) => showLatestCode(content, number)],
];

function writerOf(id: string): { write: WriteModule; key: string } | undefined {
  if (Object.hasOwn(MODULES, id)) return { write: MODULES[id]!, key: '' };
  for (const [prefix, write] of FAMILIES) {
    if (id.startsWith(prefix) && id.length > prefix.length) return { write, key: id.slice(prefix.length) };
  }
  return undefined;
}

/** Whether an id (as imported, without the NUL prefix) names one of our modules, published or not. */
export const isVirtualModuleId = (id: string) => id.startsWith(CONTENT_NAMESPACE) && writerOf(id) !== undefined;

/** The code of the module at `id`, or undefined when it names nothing published. */
export function virtualModuleCode(id: string, inputs: ModuleInputs): string | undefined {
  const writer = writerOf(id);
  return writer?.write(inputs, writer.key);
}
