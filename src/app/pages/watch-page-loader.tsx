// The watch page's code, loaded apart (see lazy-page.tsx): it brings the
// player, which pages that list episodes do without. A prerendered watch page
// preloads this chunk, so a shared link does not wait for it.
import { lazyPage } from './lazy-page';
import { LoadingEpisode } from './loading';

const watchPage = lazyPage(
  () => import('./watch-page'),
  (module) => module.WatchPage,
  { what: 'the player', fallback: <LoadingEpisode /> },
);

export const LazyWatchPage = watchPage.Page;
export const loadWatchPage = watchPage.load;
export const primeWatchPage = watchPage.prime;

/** Fetches the watch page's code ahead of a likely click (a pointer over an episode). */
export function preloadWatchPage() {
  loadWatchPage().catch(() => {
    // The click itself tries again, and says so if it fails.
  });
}
