// The moment search on the home page: Pagefind's client, loaded from the
// built site (`pagefind/pagefind.js`, written by src/build/search-index.ts)
// only once a viewer starts searching, and asked for moments as they type.
// Where there is no index (the dev server) or the page may not run
// WebAssembly (a policy without 'wasm-unsafe-eval': a watch page the viewer
// came from by client navigation), moments are quietly unavailable and the
// episode results work as ever.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { momentsOf, type Moment, type PagefindResultData } from './moments';

/** The parts of Pagefind's client this page uses. */
interface PagefindClient {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

export type MomentSearchState =
  | { state: 'idle' | 'loading' }
  /** No index here, or the page may not run it: moments are not offered. */
  | { state: 'unavailable'; reason: 'no-index' | 'policy' }
  /** `search` gives undefined when `stillWanted` says, before the costly part, that the viewer typed on. */
  | { state: 'ready'; search: (query: string, stillWanted: () => boolean) => Promise<Moment[] | undefined> };

/**
 * How many episodes' results are read for moments. Each is a request for the
 * episode's fragment, and reading one costs time in proportion to its words
 * times its matching paragraphs (Pagefind makes an excerpt for each), which
 * for an hour of speech and a common word is tens of milliseconds.
 */
const EPISODES_READ = 4;
/** Moments are searched from this many characters on: a letter or two matches nearly every paragraph, and says nothing yet. */
export const MOMENT_QUERY_MIN_LENGTH = 3;
/** Pagefind's excerpt, in words around the match: about one line of a transcript. */
const EXCERPT_WORDS = 24;

/**
 * Whether this document's Content Security Policy lets Pagefind compile its
 * WebAssembly. The site's policy comes in a <meta> (src/build/csp-plugin.ts),
 * which stays the document's policy across client navigation; asking the
 * browser instead (compiling a module) would be refused with a violation report.
 */
export function policyAllowsWasm(policies: readonly string[]): boolean {
  return policies.every((policy) => {
    const directives = new Map(
      policy
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name, ...values]) => [name!.toLowerCase(), values] as const),
    );
    const scriptSources = directives.get('script-src') ?? directives.get('default-src');
    return !scriptSources || scriptSources.some((source) => /^'(?:wasm-unsafe-eval|unsafe-eval)'$/i.test(source));
  });
}

const documentPolicies = () =>
  Array.from(document.querySelectorAll<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy" i]'), (meta) => meta.content);

let current: MomentSearchState = { state: 'idle' };
const listeners = new Set<() => void>();
const set = (next: MomentSearchState) => {
  current = next;
  for (const listener of listeners) listener();
};

async function loadClient(): Promise<PagefindClient> {
  // The index is written by the build, beside the site, not bundled: imported by its address.
  const client = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)) as PagefindClient;
  await client.options({ excerptLength: EXCERPT_WORDS });
  await client.init();
  return client;
}

/** Starts loading Pagefind's client (a viewer reached for the search box or typed). Quiet when it cannot. */
export function loadMomentSearch() {
  if (current.state !== 'idle') return;
  // The dev server has no index (the build writes it); asking for one would only log a failed module load.
  if (import.meta.env.DEV) {
    set({ state: 'unavailable', reason: 'no-index' });
    return;
  }
  if (!policyAllowsWasm(documentPolicies())) {
    set({ state: 'unavailable', reason: 'policy' });
    return;
  }
  set({ state: 'loading' });
  loadClient().then(
    (client) =>
      set({
        state: 'ready',
        async search(query, stillWanted) {
          const found = await client.search(query);
          if (!found) return [];
          if (!stillWanted()) return undefined;
          const data = await Promise.all(found.results.slice(0, EPISODES_READ).map((result) => result.data()));
          return momentsOf(data);
        },
      }),
    () => set({ state: 'unavailable', reason: 'no-index' }),
  );
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * How long typing must pause before a query is searched for moments. A search
 * fetches index chunks and reads episodes' matches on the main thread, where
 * it would delay the episode results of the next keystroke: it waits for a
 * pause longer than the gap between keys of someone typing.
 */
export const MOMENT_SEARCH_DELAY_MS = 150;

export type MomentsState =
  | { state: 'none' }
  | { state: 'unavailable'; reason: 'no-index' | 'policy' }
  | { state: 'searching'; query: string; moments?: Moment[] }
  | { state: 'found'; query: string; moments: Moment[] };

/**
 * The moments matching a query, searched once typing pauses; the last ones
 * found stay shown while the next search runs. A query that fails (a fragment
 * that does not load) is ignored quietly: the moments already shown stay.
 */
export function useMoments(query: string): MomentsState {
  const search = useSyncExternalStore(subscribe, () => current, () => current);
  const typed = query.trim();
  const wanted = typed.length >= MOMENT_QUERY_MIN_LENGTH ? typed : '';
  const [found, setFound] = useState<{ query: string; moments: Moment[] } | undefined>();

  // The client loads from the first letter, so it is ready by the third.
  const typing = typed !== '';
  useEffect(() => {
    if (typing) loadMomentSearch();
  }, [typing]);

  useEffect(() => {
    if (search.state !== 'ready' || wanted === '') return;
    let cancelled = false;
    const timer = setTimeout(() => {
      search.search(wanted, () => !cancelled).then(
        (moments) => {
          if (!cancelled && moments) setFound({ query: wanted, moments });
        },
        () => undefined,
      );
    }, MOMENT_SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [search, wanted]);

  if (wanted === '') return { state: 'none' };
  if (search.state === 'unavailable') return search;
  if (found?.query === wanted) return { state: 'found', ...found };
  return { state: 'searching', query: wanted, moments: found?.moments };
}
