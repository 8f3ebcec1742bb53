// Saves the viewer's position on pause, on seek, every 10 s of playback and on leaving the page.
import { useEffect } from 'react';
import type { Episode } from '@/content/schema';
import type { PlayerStore } from '../core/store';
import { saveResumePosition } from '../resume';

const SAVE_EVERY_SECONDS = 10;

export function useResumeSaving(store: PlayerStore, episode: Pick<Episode, 'slug'>) {
  useEffect(() => {
    let lastSaved = -Infinity;
    const save = () => {
      const { currentTime, duration, ready } = store.getState();
      // Before the media is ready the time is only the requested start.
      if (!ready) return;
      lastSaved = currentTime;
      saveResumePosition(episode.slug, currentTime, duration);
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.paused && !previous.paused) save();
      else if (!state.seeking && previous.seeking) save();
      else if (!state.paused && Math.abs(state.currentTime - lastSaved) >= SAVE_EVERY_SECONDS) save();
    });
    window.addEventListener('pagehide', save);
    return () => {
      save();
      unsubscribe();
      window.removeEventListener('pagehide', save);
    };
  }, [store, episode.slug]);
}
