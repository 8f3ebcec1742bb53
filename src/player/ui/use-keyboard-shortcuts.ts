// The player's keys (player-keys.ts), on a watch page and in an embed's frame
// alike. Their code loads once wanted (when-wanted.tsx: the first key, pointer
// or playback, or a few quiet seconds) rather than before the first frame. A
// key pressed while it is on its way loses nothing by waiting: it is answered,
// in order, once the code is here; and one the browser would scroll the page
// with (Space, the arrows) is kept from scrolling it meanwhile, if the player
// will answer it (core/scroll-keys.ts).
import { useEffect, useRef, useState } from 'react';
import { scrollKeyThePlayerAnswers } from '../core/scroll-keys';
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
        if (event.defaultPrevented) return;
        if (scrollKeyThePlayerAnswers(event, event.target instanceof Node && playerRef?.current?.contains(event.target) === true)) event.preventDefault();
        waiting.current.push(event);
        setKeyPressed(true);
      };
      document.addEventListener('keydown', wait);
      return () => document.removeEventListener('keydown', wait);
    }
    // Held keys were let through to here, and kept from scrolling by `wait` alone.
    waiting.current.splice(0).forEach((event) => playerKeys.respondToKey(store, event, playerRef?.current, { held: true }));
    const respond = (event: KeyboardEvent) => playerKeys.respondToKey(store, event, playerRef?.current);
    document.addEventListener('keydown', respond);
    return () => document.removeEventListener('keydown', respond);
  }, [store, playerRef, playerKeys]);
}
