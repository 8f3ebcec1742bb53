// Connects the player to the host page that frames it, through player.js
// (player-js-bridge.ts), for as long as the player is shown.
import { useEffect } from 'react';
import { usePlayerStore } from '../ui/player-context';
import { connectPlayerJs } from './player-js-bridge';

export function usePlayerJs(): void {
  const store = usePlayerStore();
  useEffect(() => connectPlayerJs(store, window), [store]);
}

/** usePlayerJs as a part of the player: `<Player><PlayerJs /></Player>`. */
export function PlayerJs(): null {
  usePlayerJs();
  return null;
}
