// The Media Session (lock screen, media hub), connected once wanted
// (when-wanted.tsx): it shows nothing before playback, so its code is not
// part of what the watch page needs to start.
import { useEffect } from 'react';
import type { Episode } from '@/content/schema';
import type { PlayerStore } from '../core/store';
import { useWhenWanted } from './when-wanted';

const loadMediaSession = () => import('./media-session');

export function useMediaSession(store: PlayerStore, episode: Episode, showName: string | undefined) {
  const mediaSession = useWhenWanted(store, loadMediaSession);
  useEffect(() => {
    if (!mediaSession || !('mediaSession' in navigator)) return;
    return mediaSession.connectMediaSession(store, episode, showName);
  }, [mediaSession, store, episode, showName]);
}
