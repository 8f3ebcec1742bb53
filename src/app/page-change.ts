// What a page change does besides drawing the new page: scroll to the top, or
// back to where the viewer was on back/forward; and move focus to the new
// page's heading so that a screen reader announces it. Pages may draw late (an
// episode's module is still loading), so both wait for the page to be ready.

/** Long enough for a slow episode module; a viewer who scrolls meanwhile takes over. */
const GIVE_UP_AFTER_MS = 5000;

/**
 * Scrolls to `y` as soon as the page is tall enough to, and returns a function
 * that stops trying. Stops by itself when the viewer scrolls, or after a while.
 */
export function restoreScroll(y: number): () => void {
  const started = performance.now();
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of USER_SCROLLS) window.removeEventListener(type, stop);
  };
  const attempt = () => {
    const reachable = document.documentElement.scrollHeight - window.innerHeight;
    window.scrollTo(0, Math.min(y, Math.max(0, reachable)));
    if (reachable >= y || performance.now() - started > GIVE_UP_AFTER_MS) stop();
    else frame = requestAnimationFrame(attempt);
  };
  for (const type of USER_SCROLLS) window.addEventListener(type, stop, { passive: true, once: true });
  attempt();
  return stop;
}

const USER_SCROLLS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Focuses the main heading (`main h1`) once it is on the page, without
 * scrolling to it. Returns a function that stops waiting.
 */
export function focusHeadingWhenShown(): () => void {
  const main = document.querySelector('main');
  if (!main) return () => {};
  const focus = () => {
    const heading = main.querySelector('h1');
    if (!heading) return false;
    // Focusable by script only: a heading is no stop for the Tab key.
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    return true;
  };
  if (focus()) return () => {};
  const observer = new MutationObserver(() => {
    if (focus()) stop();
  });
  const timer = window.setTimeout(() => stop(), GIVE_UP_AFTER_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(main, { childList: true, subtree: true });
  return stop;
}

/**
 * A watch page's HTML carries its transcript after the app's root, where the
 * app never draws (product.md, Transcripts). It belongs to the page the HTML
 * was served for: once the viewer moves to another page in the app, it goes.
 */
export function removeServedPageTranscript() {
  document.querySelector('[data-transcript-document]')?.remove();
}
