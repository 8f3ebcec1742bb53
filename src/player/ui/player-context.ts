// Binds React to the player store: components subscribe to the one slice they draw.
import { createContext, useContext, useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
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

/**
 * For what changes with every second of playback (the time shown, the seek
 * slider's value): the value as it is now, for this render, and afterwards
 * `write` puts each new value into the page directly, without rendering
 * anything. A React render a second, with the store's subscribers and
 * React's own work around it, was most of the player's script time during
 * playback (bench:transcript). A render for any other reason reads the value
 * afresh, so the two never disagree. Taking over a prerendered page, the
 * first render draws the store's initial state (what the page was rendered
 * from, as usePlayer does) and the next one the state as it is.
 * `select` returns a string (compared by value); `write` receives it.
 */
export function useLiveValue(select: (state: PlayerState) => string, write: (value: string) => void): string {
  const store = usePlayerStore();
  // Subscribed to nothing: React reads the value when it renders anyway, and re-renders once after a take-over.
  const now = useSyncExternalStore(
    subscribeToNothing,
    () => select(store.getState()),
    () => select(store.getInitialState()),
  );
  const latest = useRef({ select, write });
  const drawn = useRef(now);
  // What this render put into the page; the subscriber writes only a value that differs from it.
  useLayoutEffect(() => {
    latest.current = { select, write };
    drawn.current = now;
  });
  useEffect(() => {
    const follow = (state: PlayerState) => {
      const next = latest.current.select(state);
      if (next === drawn.current) return;
      drawn.current = next;
      latest.current.write(next);
    };
    const unsubscribe = store.subscribe(follow);
    // Whatever changed between the render and now.
    follow(store.getState());
    return unsubscribe;
  }, [store]);
  return now;
}

const subscribeToNothing = () => () => {};
