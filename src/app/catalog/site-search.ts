// The site's search index on the home page: Pagefind's client, loaded from
// the built site (`pagefind/pagefind.js`, written by src/build/search-index.ts)
// only once a viewer starts searching, in a worker of the moment search's own
// (moment-search-worker.ts), so that no search's work lands on the page. The
// moments (moment-search.ts) ask it. Where there is no index (the dev server)
// or the page may not run WebAssembly (a policy without 'wasm-unsafe-eval': a
// watch page the viewer came from by client navigation), it is quietly
// unavailable: moments are not offered.
import { useSyncExternalStore } from 'react';
import type { MomentReply, MomentRequest } from './moment-finder';
import type { Moment } from './moments';

/** The moment search, as the page sees it. */
export interface MomentSearcher {
  /**
   * The moments matching a query. Undefined when a later query overtook it
   * (only the latest is searched); rejected when the index could not answer.
   */
  search(query: string): Promise<Moment[] | undefined>;
  /** Fetches the index chunks a word will need, without searching. */
  preload(word: string): void;
}

export type SiteSearchState =
  | { state: 'idle' | 'loading' }
  /** No index here, or the page may not run it. */
  | { state: 'unavailable'; reason: 'no-index' | 'policy' }
  | { state: 'ready'; client: MomentSearcher };

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

/** Starts the moment search's worker; resolves once it can search, rejects when it cannot (no index). */
function loadClient(): Promise<MomentSearcher> {
  const worker = new Worker(new URL('./moment-search-worker.ts', import.meta.url), { type: 'module', name: 'moment search' });
  const post = (request: MomentRequest) => worker.postMessage(request);
  const waiting = new Map<number, { resolve(moments: Moment[] | undefined): void; reject(error: Error): void }>();
  let lastId = 0;
  const client: MomentSearcher = {
    search(query) {
      const id = ++lastId;
      post({ type: 'search', id, query });
      return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
    },
    preload(word) {
      post({ type: 'preload', word });
    },
  };
  return new Promise((resolve, reject) => {
    worker.addEventListener('error', () => reject(new Error('the moment search could not start')));
    worker.addEventListener('message', ({ data: reply }: MessageEvent<MomentReply>) => {
      if (reply.type === 'ready') resolve(client);
      else if (reply.type === 'unavailable') {
        worker.terminate();
        reject(new Error('no search index'));
      } else {
        const asker = waiting.get(reply.id);
        waiting.delete(reply.id);
        if (reply.type === 'moments') asker?.resolve(reply.moments);
        else if (reply.type === 'skipped') asker?.resolve(undefined);
        else asker?.reject(new Error('the index could not answer'));
      }
    });
  });
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
