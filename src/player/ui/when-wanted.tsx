// Code that a watch page does not need to start, loaded once the picture is
// up and the viewer might want it: at their first touch of the page (a key,
// the pointer, a scroll, playback), or after a few quiet seconds. Never
// before the video can show its first frame, so it never competes with it
// (product.md, The watch page: what loads when).
import { useEffect, useState, type ReactNode } from 'react';
import type { PlayerStore } from '../core/store';
import { usePlayerStore } from './player-context';

const QUIET_MS = 4000;
// Not `scroll`: the page scrolls its own lists (the chapter list to the chapter playing) while the video loads.
const FIRST_TOUCH = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * The viewer's first touch of the page, listened for once from when this code
 * runs: a touch that comes before a part of the page asks to be told of one
 * (its effect runs after the take-over's first commit, or once the picture is
 * up) still counts, and that part's code then loads at once rather than a few
 * quiet seconds later. Those waiting for it are told when it comes.
 */
let viewerTouched = false;
const waitingForTouch = new Set<() => void>();
const noteTouch = () => {
  viewerTouched = true;
  FIRST_TOUCH.forEach((type) => removeEventListener(type, noteTouch, { capture: true }));
  for (const start of [...waitingForTouch]) start();
};
if (typeof window !== 'undefined') FIRST_TOUCH.forEach((type) => addEventListener(type, noteTouch, { capture: true, passive: true }));

/**
 * The module `load` gives, once wanted (undefined until then, and for good if
 * it fails to load: what it draws is an extra). `now` loads it at once.
 * `load` must be the same function on every render.
 */
export function useWhenWanted<Module>(store: PlayerStore, load: () => Promise<Module>, now = false): Module | undefined {
  const [loaded, setLoaded] = useState<{ module: Module }>();
  useEffect(() => {
    let stopWaiting = () => {};
    let listening = false;
    let started = false;
    let current = true;
    const start = () => {
      if (started) return;
      started = true;
      stop();
      void load()
        .then((module) => current && setLoaded({ module }))
        .catch(() => undefined);
    };
    const check = ({ paused, ready, failure }: ReturnType<typeof store.getState>) => {
      if (!paused) start();
      // The picture can show (metadata in), or the stream failed: wait for the viewer.
      else if ((ready || failure) && !listening) {
        listening = true;
        stopWaiting = untilViewerTouches(start);
      }
    };
    const unsubscribe = store.subscribe(check);
    const stop = () => {
      unsubscribe();
      stopWaiting();
    };
    if (now) start();
    else check(store.getState());
    return () => {
      current = false;
      stop();
    };
  }, [store, load, now]);
  return loaded?.module;
}

/**
 * For code outside the player (the page's own extras): the module `load`
 * gives once the viewer first touches the page or it has been quiet a few
 * seconds; undefined until then, and for good if it fails to load. On a
 * prerendered watch page the app itself runs only once the picture is up
 * (src/app/first-frame.ts), so this too waits for it. `load` must be the
 * same function on every render.
 */
export function usePageWanted<Module>(load: () => Promise<Module>): Module | undefined {
  const [loaded, setLoaded] = useState<{ module: Module }>();
  useEffect(() => {
    let current = true;
    const stopWaiting = untilViewerTouches(() => {
      void load()
        .then((module) => current && setLoaded({ module }))
        .catch(() => undefined);
    });
    return () => {
      current = false;
      stopWaiting();
    };
  }, [load]);
  return loaded?.module;
}

/**
 * Calls `start` once, at the viewer's first touch of the page (at once if
 * they have touched it already) or after a few quiet seconds (then when the
 * browser is idle); returns how to stop waiting,
 * after which it is never called, not even by an idle callback already asked for.
 */
function untilViewerTouches(start: () => void): () => void {
  let waiting = true;
  let timer: number | undefined;
  const stop = () => {
    waiting = false;
    clearTimeout(timer);
    waitingForTouch.delete(startOnce);
  };
  const startOnce = () => {
    if (!waiting) return;
    stop();
    start();
  };
  if (viewerTouched) {
    queueMicrotask(startOnce);
  } else {
    waitingForTouch.add(startOnce);
    timer = window.setTimeout(() => (window.requestIdleCallback ?? setTimeout)(startOnce), QUIET_MS);
  }
  return stop;
}

/** Draws `children(module)` once the module is wanted and loaded; nothing until then. */
export function WhenWanted<Module>({ load, now, children }: { load: () => Promise<Module>; now?: boolean; children(module: Module): ReactNode }) {
  const module = useWhenWanted(usePlayerStore(), load, now);
  return module ? children(module) : null;
}
