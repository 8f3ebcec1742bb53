// Applies the viewer's remembered volume, mute, speed and captions once the
// store has the media, and remembers each change. It runs in an effect, after
// the first render: storage is the browser's, and the prerendered page must
// hydrate from the same state the server rendered.
import { useEffect } from 'react';
import type { PlayerState, PlayerStore } from '../core/store';
import { readPreferences, savePreferences, type ViewerPreferences } from '../preferences';

const choices = (state: PlayerState): ViewerPreferences => ({
  volume: state.volume,
  muted: state.muted,
  playbackRate: state.playbackRate,
  captionsOn: state.captionsOn,
});

export function useRememberedPreferences(store: PlayerStore) {
  useEffect(() => {
    const remembered = readPreferences();
    const requests = store.getState();
    if (remembered.volume !== undefined) requests.setVolume(remembered.volume);
    if (remembered.muted !== undefined) requests.setMuted(remembered.muted);
    if (remembered.playbackRate !== undefined) requests.setPlaybackRate(remembered.playbackRate);
    if (remembered.captionsOn !== undefined) requests.setCaptions(remembered.captionsOn);
    return store.subscribe((state, previous) => {
      const now = choices(state);
      const before = choices(previous);
      if ((Object.keys(now) as Array<keyof ViewerPreferences>).some((name) => now[name] !== before[name])) savePreferences(now);
    });
  }, [store]);
}
