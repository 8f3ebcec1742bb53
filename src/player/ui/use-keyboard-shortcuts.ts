// The player's keys on a page, from the first moment it runs (respondToKey in
// player-keys.ts): Space and the arrows would scroll the page if they waited.
// The embed page's frame, which cannot scroll, loads them once wanted instead
// (use-keyboard-shortcuts-in-frame.ts).
import { useEffect } from 'react';
import type { PlayerStore } from '../core/store';
import { respondToKey } from './player-keys';

/** `playerRef` is the player's own box: ↑ and ↓ change the volume only with focus inside it. */
export function useKeyboardShortcuts(store: PlayerStore, playerRef?: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => respondToKey(store, event, playerRef?.current);
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, playerRef]);
}
