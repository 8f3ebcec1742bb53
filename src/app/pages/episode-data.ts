// One episode's own module, for its watch page: loaded once and kept, so a
// page prerendered with the episode is taken over with the same episode on
// its first render, and an author's edit (dev server) reaches the open page.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { loadEpisode as loadEpisodeModule } from 'virtual:content/episodes';
import type { Episode } from '@/content/schema';

const loaded = new Map<string, Episode>();
let loadEpisode = loadEpisodeModule;

/**
 * The dev server's content updates: when an author edits an episode, its
 * module and the loader that imports it are updated, and this module takes
 * the new loader in rather than letting the update reload the whole page.
 * Pages showing an episode load it again (see useEpisode).
 */
let contentVersion = 0;
const contentListeners = new Set<() => void>();
if (import.meta.hot) {
  import.meta.hot.accept('virtual:content/episodes', (updated) => {
    if (!updated) return;
    loadEpisode = (updated as unknown as typeof import('virtual:content/episodes')).loadEpisode;
    loaded.clear();
    contentVersion += 1;
    for (const listener of contentListeners) listener();
  });
}
const subscribeToContent = (listener: () => void) => {
  contentListeners.add(listener);
  return () => contentListeners.delete(listener);
};

export type EpisodeState = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; episode: Episode };

/** Makes an episode known before the first render: the prerenderer has it, the browser loads it before taking over. */
export function primeEpisode(episode: Episode): void {
  loaded.set(episode.slug, episode);
}

/** Loads an episode ahead of rendering its page; undefined for an unknown or scheduled slug. */
export async function preloadEpisode(slug: string): Promise<Episode | undefined> {
  const episode = await loadEpisode(slug);
  if (episode) loaded.set(slug, episode);
  return episode;
}

/**
 * The episode at `slug`. Shown at once when it is already known; loaded
 * otherwise, and again after an author's edit (dev server), which brings the
 * new text onto the open page, the old one staying until it arrives.
 */
export function useEpisode(slug: string): EpisodeState {
  const version = useSyncExternalStore(subscribeToContent, () => contentVersion, () => contentVersion);
  const [state, setState] = useState<EpisodeState>(() => {
    const known = loaded.get(slug);
    return known ? { state: 'ready', episode: known } : { state: 'loading' };
  });
  useEffect(() => {
    let current = true;
    loadEpisode(slug).then(
      (episode) => {
        if (!current) return;
        if (!episode) return setState({ state: 'missing' });
        loaded.set(slug, episode);
        setState((shown) => (shown.state === 'ready' && shown.episode === episode ? shown : { state: 'ready', episode }));
      },
      // An episode already on screen stays there; one that never came is not found.
      () => current && setState((shown) => (shown.state === 'ready' ? shown : { state: 'missing' })),
    );
    return () => {
      current = false;
    };
  }, [slug, version]);
  return state;
}
