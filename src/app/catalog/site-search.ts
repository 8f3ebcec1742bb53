// The site's search index on the home page: Pagefind's client, loaded from
// the built site (`pagefind/pagefind.js`, written by src/build/search-index.ts)
// only once a viewer starts searching. The moments (moment-search.ts) and the
// episode results (episode-search.ts) both ask it. Where there is no index
// (the dev server) or the page may not run WebAssembly (a policy without
// 'wasm-unsafe-eval': a watch page the viewer came from by client
// navigation), it is quietly unavailable: moments are not offered, and the
// episode results come from the catalog itself (catalog-data.ts).
import { useSyncExternalStore } from 'react';
import type { PagefindResultData } from './moments';

/** One result of a search, before its record is read. */
export interface PagefindResult {
  /** Which of the record's meta fields the query matched (Pagefind 1.5 and later). */
  matchedMetaFields?: string[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The parts of Pagefind's client this page uses. */
export interface PagefindClient {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Fetches the index chunks a term's words need, without searching. */
  preload(term: string): Promise<void>;
  search(term: string, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] } | null>;
}

export type SiteSearchState =
  | { state: 'idle' | 'loading' }
  /** No index here, or the page may not run it. */
  | { state: 'unavailable'; reason: 'no-index' | 'policy' }
  | { state: 'ready'; client: PagefindClient };

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

let current: SiteSearchState = { state: 'idle' };
const listeners = new Set<() => void>();
const set = (next: SiteSearchState) => {
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
export function loadSiteSearch() {
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
    (client) => set({ state: 'ready', client }),
    () => set({ state: 'unavailable', reason: 'no-index' }),
  );
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The site search as it stands. */
export const useSiteSearch = () => useSyncExternalStore(subscribe, () => current, () => current);

/** The site search as it stands, outside React. */
export const siteSearchState = () => current;
