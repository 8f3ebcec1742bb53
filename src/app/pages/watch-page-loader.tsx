// The watch page's code, loaded apart: it brings the player, which pages that
// list episodes do without. A prerendered watch page preloads this chunk, so a
// shared link does not wait for it.
//
// Not React.lazy with Suspense: React holds back a Suspense boundary's
// content for up to 300 ms after showing its fallback (to avoid flicker), and
// a shared link's first frame would wait for that.
import { useEffect, useState } from 'react';
import { LoadingEpisode } from './loading';
import { LoadFailed } from './load-failed';

type WatchPageModule = typeof import('./watch-page');

let request: Promise<WatchPageModule> | undefined;
let loaded: WatchPageModule | undefined;

/** The watch page's code, once: before the browser takes a prerendered watch page over, or on the way to one. */
export function loadWatchPage(): Promise<WatchPageModule> {
  request ??= import('./watch-page').then(
    (module) => (loaded = module),
    (error: unknown) => {
      request = undefined; // let the next attempt fetch again
      throw error;
    },
  );
  return request;
}

export function LazyWatchPage({ slug }: { slug: string }) {
  const [module, setModule] = useState<WatchPageModule | undefined>(loaded);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (module) return;
    let current = true;
    loadWatchPage().then(
      (watchPage) => current && setModule(watchPage),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [module, attempt]);

  if (module) return <module.WatchPage slug={slug} />;
  if (failed) {
    return (
      <LoadFailed
        what="the player"
        retry={() => {
          setFailed(false);
          setAttempt((n) => n + 1);
        }}
      />
    );
  }
  return <LoadingEpisode />;
}

/** The prerenderer has the watch page's code already: it renders with it at once. */
export function primeWatchPage(module: WatchPageModule) {
  loaded = module;
}

/** Fetches the watch page's code ahead of a likely click (a pointer over an episode). */
export function preloadWatchPage() {
  loadWatchPage().catch(() => {
    // The click itself tries again, and says so if it fails.
  });
}
