// The catalog, the search index and the shows' and technologies' own files,
// loaded on first use and kept for the page's life. They grow with the
// content, so none rides in the code every page loads: the watch page never
// waits for them. The home page opens with the catalog's first page and
// loads the rest only when the viewer needs it.
import { useEffect, useSyncExternalStore } from 'react';
import type { CatalogEntry, Show, Technology } from '@/content/schema';
import { episodeCounts, type EpisodeCounts } from '@/content/listing-modules';
import { names } from './names';
import { searchableCatalog, type SearchableEpisode } from './search';
import { retryableImport } from '@/player/core/retryable-import';

type Loadable<T> = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

/**
 * One lazily imported value that several components may ask for: a module,
 * imported on first use, and what is read from it.
 */
function lazyValue<M, T>(importModule: () => Promise<M>, read: (module: M) => T) {
  const importValue = retryableImport(importModule);
  const readValue = () => importValue().then(read);
  let current: Loadable<T> = { state: 'idle' };
  const listeners = new Set<() => void>();
  const set = (next: Loadable<T>) => {
    current = next;
    for (const listener of listeners) listener();
  };
  const load = () => {
    if (current.state === 'ready' || current.state === 'loading') return;
    set({ state: 'loading' });
    readValue().then(
      (value) => set({ state: 'ready', value }),
      () => set({ state: 'failed' }),
    );
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    load,
    /** The dev server updated the module (an author's edit): a value already shown is read again from it. */
    update(module: unknown) {
      if (current.state === 'ready') set({ state: 'ready', value: read(module as M) });
    },
    /** The value as it stands, outside React. */
    peek: () => current,
    /** The value, loading it when `wanted`. */
    use(wanted = true): Loadable<T> {
      const loadable = useSyncExternalStore(subscribe, () => current);
      useEffect(() => {
        if (wanted) load();
      }, [wanted]);
      return loadable;
    },
  };
}

const catalog = lazyValue(
  () => import('virtual:content/catalog'),
  (module) => module.episodes,
);

const firstPage = lazyValue(
  () => import('virtual:content/catalog-first-page'),
  (module) => module,
);

const searchIndex = lazyValue(
  () => import('virtual:content/search-index'),
  (module) => new Map<string, string>(module.entries),
);

export type CatalogState = { state: 'loading' } | { state: 'failed'; retry(): void } | { state: 'ready'; episodes: readonly CatalogEntry[] };

/** Every published episode, newest first, once loaded. */
export function useCatalog(): CatalogState {
  const loadable = catalog.use();
  if (loadable.state === 'ready') return { state: 'ready', episodes: loadable.value };
  if (loadable.state === 'failed') return { state: 'failed', retry: catalog.load };
  return { state: 'loading' };
}

/** Starts loading every episode (a viewer reaches for search or a filter, or scrolls toward the end of the first page). */
export function loadWholeCatalog() {
  const first = firstPage.peek();
  if (first.state === 'ready' && first.value.episodes.length >= first.value.total) return;
  catalog.load();
}

/** The episodes beyond the home page's first page. */
export type RestOfCatalog = { state: 'complete' | 'idle' | 'loading' } | { state: 'failed'; retry(): void };

/** The home page's episodes: the first page at once, every episode once they are wanted and loaded. */
export type HomeCatalogState =
  | { state: 'loading' }
  | { state: 'failed'; retry(): void }
  | {
      state: 'ready';
      /** Newest first: the first page, or every episode once `rest` is complete. */
      episodes: readonly CatalogEntry[];
      /** How many episodes are published in all. */
      total: number;
      counts: EpisodeCounts;
      rest: RestOfCatalog;
    };

let countsOfCatalog: { episodes: readonly CatalogEntry[]; counts: EpisodeCounts } | undefined;

/** The home page's episodes; every one of them is loaded when `wantsAll` (and the first page is not all there is). */
export function useHomeCatalog(wantsAll: boolean): HomeCatalogState {
  const all = catalog.use(false);
  // Back on the home page after a show's page has loaded every episode, the first page is not needed.
  const first = firstPage.use(all.state !== 'ready');
  const firstIsAll = first.state === 'ready' && first.value.episodes.length >= first.value.total;
  const loadAll = wantsAll && !firstIsAll;
  useEffect(() => {
    if (loadAll) catalog.load();
  }, [loadAll]);

  if (all.state === 'ready') {
    const episodes = all.value;
    let counts = first.state === 'ready' ? first.value.counts : undefined;
    if (!counts) {
      if (countsOfCatalog?.episodes !== episodes) countsOfCatalog = { episodes, counts: episodeCounts(episodes) };
      counts = countsOfCatalog.counts;
    }
    return { state: 'ready', episodes, total: episodes.length, counts, rest: { state: 'complete' } };
  }
  if (first.state === 'failed') return { state: 'failed', retry: firstPage.load };
  if (first.state !== 'ready') return { state: 'loading' };
  const { episodes, total, counts } = first.value;
  const rest: RestOfCatalog = firstIsAll
    ? { state: 'complete' }
    : all.state === 'failed'
      ? { state: 'failed', retry: catalog.load }
      : { state: all.state === 'loading' ? 'loading' : 'idle' };
  return { state: 'ready', episodes, total, counts, rest };
}

export type EpisodeCountsState = { state: 'loading' } | { state: 'failed'; retry(): void } | { state: 'ready'; counts: EpisodeCounts };

/**
 * How many episodes each show and technology has, for the /shows and
 * /technologies pages: from the home page's first page, which carries them
 * and stays light however many episodes there are (the whole catalog does not).
 */
export function useEpisodeCounts(): EpisodeCountsState {
  const first = firstPage.use();
  if (first.state === 'ready') return { state: 'ready', counts: first.value.counts };
  if (first.state === 'failed') return { state: 'failed', retry: firstPage.load };
  return { state: 'loading' };
}

const showDetails = lazyValue(
  () => import('virtual:content/shows'),
  (module) => module.shows,
);
const technologyDetails = lazyValue(
  () => import('virtual:content/technologies'),
  (module) => module.technologies,
);

/*
 * The dev server's content updates: an author's edit updates these modules,
 * and the pages showing them take the new values in place, with no reload.
 */
if (import.meta.hot) {
  import.meta.hot.accept(
    ['virtual:content/catalog', 'virtual:content/catalog-first-page', 'virtual:content/search-index', 'virtual:content/shows', 'virtual:content/technologies'],
    ([newCatalog, newFirstPage, newSearchIndex, newShows, newTechnologies]) => {
      if (newCatalog) catalog.update(newCatalog);
      if (newFirstPage) firstPage.update(newFirstPage);
      if (newSearchIndex) searchIndex.update(newSearchIndex);
      if (newShows) showDetails.update(newShows);
      if (newTechnologies) technologyDetails.update(newTechnologies);
    },
  );
}

/** A show's own file (description, hosts), once loaded; undefined while loading or when it has none. */
export function useShow(id: string): Show | undefined {
  const loadable = showDetails.use();
  return loadable.state === 'ready' && Object.hasOwn(loadable.value, id) ? loadable.value[id] : undefined;
}

/** A technology's own file (description, website), once loaded; undefined while loading or when it has none. */
export function useTechnology(id: string): Technology | undefined {
  const loadable = technologyDetails.use();
  return loadable.state === 'ready' && Object.hasOwn(loadable.value, id) ? loadable.value[id] : undefined;
}

let searchable: { episodes: readonly CatalogEntry[]; moreText: ReadonlyMap<string, string> | undefined; value: SearchableEpisode[] } | undefined;

/**
 * These episodes prepared for search: titles, show and technology names at
 * once, descriptions and chapter titles too once the index has loaded (it
 * loads when `searching`). Prepared once, then shared by every render.
 */
export function useSearchableCatalog(
  episodes: readonly CatalogEntry[] | undefined,
  searching: boolean,
): { episodes: SearchableEpisode[]; complete: boolean } | undefined {
  const index = searchIndex.use(searching);
  if (!episodes) return undefined;
  const moreText = index.state === 'ready' ? index.value : undefined;
  if (searchable?.episodes !== episodes || searchable.moreText !== moreText) {
    searchable = { episodes, moreText, value: searchableCatalog(episodes, names, moreText) };
  }
  return { episodes: searchable.value, complete: moreText !== undefined };
}
