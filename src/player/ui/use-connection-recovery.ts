// Failures the media element never reports, and recovery when the network comes back.
// Chromium's native HLS waits forever on a connection that stopped answering,
// and hls.js waits quietly while the browser is offline: either way the viewer
// would watch a spinner. Here a stall becomes the failure alert, and a
// returning connection reloads the stream where it stopped.
import { useEffect } from 'react';
import type { PlayerState, PlayerStore } from '../core/store';

/** Waiting this long with no new data and no movement counts as a lost connection. */
export const STALL_SECONDS = 15;

/** The viewer wants to watch, and the media is waiting for data. */
const stalled = (state: PlayerState) => state.failure === null && !state.paused && state.buffering;

export function useConnectionRecovery(store: PlayerStore) {
  useEffect(() => {
    let stallTimer: number | undefined;

    const watch = () => {
      window.clearTimeout(stallTimer);
      stallTimer = undefined;
      const state = store.getState();
      if (!stalled(state)) return;
      // Offline and out of data: nothing will come, so say so now.
      if (!navigator.onLine) {
        state.fail('network');
        return;
      }
      stallTimer = window.setTimeout(() => {
        if (stalled(store.getState())) store.getState().fail('network');
      }, STALL_SECONDS * 1000);
    };

    // New data or a moving position restarts the count; so does the stall itself beginning or ending.
    const unsubscribe = store.subscribe((state, previous) => {
      if (
        state.buffering !== previous.buffering ||
        state.paused !== previous.paused ||
        state.failure !== previous.failure ||
        state.buffered !== previous.buffered ||
        state.currentTime !== previous.currentTime
      ) {
        watch();
      }
    });

    const reconnect = () => {
      const { failure, wasPlaying, retry } = store.getState();
      // Only a network failure can be mended by the network; a missing stream stays missing.
      if (failure === 'network') retry(wasPlaying);
    };
    window.addEventListener('offline', watch);
    window.addEventListener('online', reconnect);
    return () => {
      window.clearTimeout(stallTimer);
      unsubscribe();
      window.removeEventListener('offline', watch);
      window.removeEventListener('online', reconnect);
    };
  }, [store]);
}
