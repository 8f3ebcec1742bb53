// Connects the player to the page that frames it, through player.js
// (player-js-bridge.ts), for as long as the player is shown. The bridge's
// code loads only in a frame: a page on its own has no host to talk to.
import { useEffect } from 'react';
import { usePlayerStore } from '../ui/player-context';

export function usePlayerJs(): void {
  const store = usePlayerStore();
  useEffect(() => {
    if (window.parent === window) return;
    let disconnect: (() => void) | undefined;
    let connected = true;
    import('./player-js-bridge').then(
      ({ connectPlayerJs }) => {
        if (connected) disconnect = connectPlayerJs(store, window);
      },
      // Its code would not load (the network): the embed plays on, without its API.
      () => undefined,
    );
    return () => {
      connected = false;
      disconnect?.();
    };
  }, [store]);
}

/** usePlayerJs as a part of the player: `<Player><PlayerJs /></Player>`. */
export function PlayerJs(): null {
  usePlayerJs();
  return null;
}
