// The player's keys in the embed page's frame: the embed's build uses this in
// place of use-keyboard-shortcuts.ts (src/build/embed-bundle.ts). The same keys
// (player-keys.ts), whose code loads once wanted (when-wanted.tsx: the first
// key, pointer or playback, or a few quiet seconds) rather than before the
// first frame. A frame cannot scroll, so a key pressed while the code is on its
// way loses nothing by waiting: it is answered, in order, once the code is here.
import { useEffect, useRef, useState } from 'react';
import type { PlayerStore } from '../core/store';
import { useWhenWanted } from './when-wanted';

const loadPlayerKeys = () => import('./player-keys');

/** `playerRef` is the player's own box: ↑ and ↓ change the volume only with focus inside it. */
export function useKeyboardShortcuts(store: PlayerStore, playerRef?: React.RefObject<HTMLElement | null>) {
  const [keyPressed, setKeyPressed] = useState(false);
  const playerKeys = useWhenWanted(store, loadPlayerKeys, keyPressed);
  const waiting = useRef<KeyboardEvent[]>([]);
  useEffect(() => {
    if (!playerKeys) {
      const wait = (event: KeyboardEvent) => {
        waiting.current.push(event);
        setKeyPressed(true);
      };
      document.addEventListener('keydown', wait);
      return () => document.removeEventListener('keydown', wait);
    }
    const respond = (event: KeyboardEvent) => playerKeys.respondToKey(store, event, playerRef?.current);
    waiting.current.splice(0).forEach(respond);
    document.addEventListener('keydown', respond);
    return () => document.removeEventListener('keydown', respond);
  }, [store, playerRef, playerKeys]);
}
