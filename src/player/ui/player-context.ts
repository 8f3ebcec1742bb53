// Binds React to the player store: components subscribe to the one slice they draw.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PlayerRequests, PlayerState, PlayerStore } from '../core/store';

export const PlayerContext = createContext<PlayerStore | null>(null);

export function usePlayerStore(): PlayerStore {
  const store = useContext(PlayerContext);
  if (!store) throw new Error('usePlayerStore needs <Player>');
  return store;
}

export function usePlayer<T>(selector: (state: PlayerState & PlayerRequests) => T): T {
  return useStore(usePlayerStore(), selector);
}
