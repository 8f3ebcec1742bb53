// One episode's own module, for its watch page: loaded once and kept, so a
// page prerendered with the episode is taken over with the same episode on
// its first render, and an author's edit (dev server) reaches the open page.
import { useEffect, useState } from 'react';
import { loadEpisode } from 'virtual:content/episodes';
import type { Episode } from '@/content/schema';

const loaded = new Map<string, Episode>();

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
 * otherwise. The load runs again whenever this page's code is updated in the
 * dev server (effects re-run on a hot update), which brings an edited
 * episode's new text onto the open page without a reload.
 */
export function useEpisode(slug: string): EpisodeState {
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
  }, [slug]);
  return state;
}
