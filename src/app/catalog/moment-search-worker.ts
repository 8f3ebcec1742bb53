// The moment search's worker: Pagefind's client (`pagefind/pagefind.js`,
// written by src/build/search-index.ts) runs here, off the page, and only
// the moments found come back (moment-finder.ts says why). Started by
// site-search.ts once a viewer reaches for the search box.
import { createMomentFinder, type MomentReply, type MomentRequest, type PagefindClient } from './moment-finder';

/** Pagefind's excerpt, in words around the match: about one line of a transcript. */
const EXCERPT_WORDS = 24;

/** This worker's side of its messages (the DOM's types describe a window's). */
const scope = self as unknown as {
  postMessage(reply: MomentReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<MomentRequest>) => void): void;
};

interface PagefindModule extends PagefindClient {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

async function loadPagefind(): Promise<PagefindModule> {
  // The index is written by the build, beside the site, not bundled: imported by its address.
  // In a worker Pagefind runs in the worker that imports it, starting none of its own.
  const pagefind = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)) as PagefindModule;
  await pagefind.options({ excerptLength: EXCERPT_WORDS });
  await pagefind.init();
  return pagefind;
}

// Requests that arrive while Pagefind loads wait for it.
const finder = loadPagefind().then((pagefind) => createMomentFinder(pagefind, (reply) => scope.postMessage(reply)));
finder.then(
  () => scope.postMessage({ type: 'ready' }),
  () => scope.postMessage({ type: 'unavailable' }),
);
scope.addEventListener('message', ({ data: request }) => {
  void finder.then((found) => {
    if (request.type === 'search') found.search(request.id, request.query);
    else found.preload(request.word);
  }, () => undefined);
});
