// The watch page's code, loaded apart: it brings the player and every
// episode's loader, which pages that list episodes do without. A prerendered
// watch page preloads this chunk, so a shared link does not wait for it.
import { lazy } from 'react';

const loadWatchPage = () => import('./watch-page');

export const LazyWatchPage = lazy(() => loadWatchPage().then((module) => ({ default: module.WatchPage })));

/** Fetches the watch page's code ahead of a likely click (a pointer over an episode). */
export function preloadWatchPage() {
  loadWatchPage().catch(() => {
    // The click itself tries again, and React shows what went wrong.
  });
}
