// On an embed page opened at a moment, the picture comes first: the player's
// controls and its `Watch on` link (both drawn over the picture) are left out
// of the page's first layout, and come once the video shows the moment. Laying
// them out and drawing them is main-thread work that the media's own steps
// (its playlists and first segments, each handled on the main thread) waited
// behind; measured on this project's 2-core machine, the embed's frame at a
// linked second came 40–55 ms sooner without it (bench:player).
// Set by the early script (early-media-start.ts) on the <html> element, so a
// page without script never has it; read by embed-page.css.

/** The <html> attribute the embed page's stylesheet keeps its controls out of the layout by. */
export const PICTURE_FIRST = 'data-picture-first';

/** How long the controls wait for the picture at most: a slow stream shows them anyway. */
const LONGEST_WAIT_MS = 2500;

/** What brings the controls at once: the picture, a failure (its retry is among them), or the viewer reaching for them. */
const MEDIA_EVENTS = ['loadeddata', 'error'] as const;
const VIEWER_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/** Leaves the controls out until `video` shows its first frame (or fails, or the viewer reaches for them, or the wait is long). */
export function pictureFirst(video: HTMLVideoElement) {
  const root = document.documentElement;
  root.setAttribute(PICTURE_FIRST, '');
  const stop = new AbortController();
  const show = () => {
    stop.abort();
    clearTimeout(timer);
    root.removeAttribute(PICTURE_FIRST);
  };
  const timer = setTimeout(show, LONGEST_WAIT_MS);
  const options = { capture: true, once: true, signal: stop.signal };
  // Capturing on the video: an error of its <source> does not bubble.
  for (const type of MEDIA_EVENTS) video.addEventListener(type, show, options);
  for (const type of VIEWER_EVENTS) addEventListener(type, show, { ...options, passive: true });
}
