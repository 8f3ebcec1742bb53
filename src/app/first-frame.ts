// When a prerendered page's video is already loading (its early script,
// src/app/early-media-start.ts, started it), the app waits for the first
// frame before taking the page over: hydrating a watch page is the longest
// task its main thread runs, and Chromium's media pipeline needs that thread
// between the playlists and the first frame (bench:player measured the frame
// 1.5–2× later without the wait). The page is already drawn, so the viewer
// sees no difference, but one: its controls answer a moment later. So any
// touch of the page ends the wait at once, as does a failure, and it never
// lasts beyond a couple of seconds on a slow network.
const LONGEST_WAIT_MS = 2000;
// A touch is a pointer too.
const VIEWER_TOUCH = ['pointerdown', 'keydown'] as const;

/** The prerendered <video> the early script started, if it has not shown a frame yet. */
function videoStartedEarly(): HTMLVideoElement | undefined {
  const video = document.querySelector<HTMLVideoElement>('video[data-slug][data-engine]');
  return video && video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA ? video : undefined;
}

/**
 * Whether the early script left the prerendered video to the app's hls.js
 * (asked for with `?engine=hls.js`, or a browser without native HLS): the
 * entries (main.tsx, embed-main.tsx) then start downloading hls.js at once,
 * beside the app's code, rather than once the player asks for it after taking
 * the page over. Over a viewer's network (40 ms round trip) the moment's first
 * frame came 135 ms sooner (bench:player's measure, paired runs). Each entry
 * imports it itself: an entry's own dynamic imports are plain, without Vite's
 * helper and the shared chunk it sits in (src/build/plain-dynamic-imports.ts).
 */
export const videoLeftToHls = () => document.querySelector('video[data-slug]:not([data-engine])') !== null;

/** Resolves once the early-started video shows its first frame, fails, or the viewer reaches for the page. */
export function untilFirstFrame(): Promise<void> {
  const video = videoStartedEarly();
  if (!video) return Promise.resolve();
  return new Promise((resolve) => {
    const waiting = new AbortController();
    const done = () => {
      waiting.abort();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, LONGEST_WAIT_MS);
    const options = { capture: true, signal: waiting.signal };
    for (const type of ['loadeddata', 'error']) video.addEventListener(type, done, options);
    for (const type of VIEWER_TOUCH) addEventListener(type, done, options);
  });
}
