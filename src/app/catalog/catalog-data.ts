// The catalog, the search index and the shows' and technologies' own files,
// loaded on first use and kept for the page's life. They grow with the
// content, so none rides in the code every page loads: the watch page never
// waits for them.
import { useEffect, useSyncExternalStore } from 'react';
import type { CatalogEntry, Show, Technology } from '@/content/schema';
import { names } from './names';
import { searchableCatalog, type SearchableEpisode } from './search';

type Loadable<T> = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

/** One lazily imported value that several components may ask for. */
function lazyValue<T>(importValue: () => Promise<T>) {
  let current: Loadable<T> = { state: 'idle' };
  const listeners = new Set<() => void>();
  const set = (next: Loadable<T>) => {
    current = next;
    for (const listener of listeners) listener();
  };
  const load = () => {
    if (current.state === 'ready' || current.state === 'loading') return;
    set({ state: 'loading' });
    importValue().then(
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

const catalog = lazyValue(() => import('virtual:content/catalog').then((module) => module.episodes));

const searchIndex = lazyValue(() =>
  import('virtual:content/search-index').then((module) => new Map<string, string>(module.entries)),
);

export type CatalogState = { state: 'loading' } | { state: 'failed'; retry(): void } | { state: 'ready'; episodes: readonly CatalogEntry[] };

/** Every published episode, newest first, once loaded. */
export function useCatalog(): CatalogState {
  const loadable = catalog.use();
  if (loadable.state === 'ready') return { state: 'ready', episodes: loadable.value };
  if (loadable.state === 'failed') return { state: 'failed', retry: catalog.load };
  return { state: 'loading' };
}

const showDetails = lazyValue(() => import('virtual:content/shows').then((module) => module.shows));
const technologyDetails = lazyValue(() => import('virtual:content/technologies').then((module) => module.technologies));

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

/** Starts loading the search index ahead of the first search (a viewer reaches for the search box). */
export const preloadSearchIndex = () => searchIndex.load();

let searchable: { episodes: readonly CatalogEntry[]; moreText: ReadonlyMap<string, string> | undefined; value: SearchableEpisode[] } | undefined;

/**
 * The catalog prepared for search: titles, show and technology names at once,
 * descriptions and chapter titles too once the index has loaded (it loads
 * when `searching`). Prepared once, then shared by every render.
 */
export function useSearchableCatalog(searching: boolean): { episodes: SearchableEpisode[]; complete: boolean } | undefined {
  const entries = useCatalog();
  const index = searchIndex.use(searching);
  if (entries.state !== 'ready') return undefined;
  const moreText = index.state === 'ready' ? index.value : undefined;
  if (searchable?.episodes !== entries.episodes || searchable.moreText !== moreText) {
    searchable = { episodes: entries.episodes, moreText, value: searchableCatalog(entries.episodes, names, moreText) };
  }
  return { episodes: searchable.value, complete: moreText !== undefined };
}
