// Loads the transcript panel's code once the picture is up and the viewer
// might want it: at their first touch of the page (a key, the pointer, a
// scroll, playback), or after a few quiet seconds. Never before the video
// can show its first frame: the panel is below the player and is not part
// of what a watch page needs to start (product.md, Transcript).
import { useEffect, useState, type ComponentType } from 'react';
import type { TranscriptPanelProps } from './transcript-panel';
import { usePlayerStore } from './player-context';

const QUIET_MS = 4000;
const FIRST_TOUCH = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

export function TranscriptWhenWanted(props: TranscriptPanelProps) {
  const store = usePlayerStore();
  const [Panel, setPanel] = useState<ComponentType<TranscriptPanelProps>>();
  useEffect(() => {
    let timer = 0;
    let listening = false;
    let loaded = false;
    const load = () => {
      if (loaded) return;
      loaded = true;
      stop();
      void import('./transcript-panel').then((module) => setPanel(() => module.TranscriptPanel)).catch(() => undefined);
    };
    const check = ({ paused, ready, failure }: ReturnType<typeof store.getState>) => {
      if (!paused) load();
      // The picture can show (metadata in), or the stream failed (the transcript still reads): wait for the viewer.
      else if ((ready || failure) && !listening) {
        listening = true;
        FIRST_TOUCH.forEach((type) => addEventListener(type, load, { capture: true, passive: true }));
        timer = window.setTimeout(() => (window.requestIdleCallback ?? setTimeout)(load), QUIET_MS);
      }
    };
    const unsubscribe = store.subscribe(check);
    const stop = () => {
      unsubscribe();
      clearTimeout(timer);
      FIRST_TOUCH.forEach((type) => removeEventListener(type, load, { capture: true }));
    };
    check(store.getState());
    return stop;
  }, [store]);
  return Panel ? <Panel {...props} /> : null;
}
