// A bar filled to a fraction of its width (the timeline's played part, the
// active chapter's progress), redrawn only when its edge moves on screen.
//
// Why: a time update comes four times a second, but on an hour-long episode
// the timeline's edge moves one pixel every few seconds. A style write is
// not free (the first in a task costs the page a new frame of style, layout
// and paint), so a tick that would draw the same pixel draws nothing.

/** What a fill is drawn on: an element's box and style (a plain object in unit tests). */
export interface FillElement {
  readonly clientWidth: number;
  style: { transform: string };
}

/**
 * Fills `fraction` (0..1) of `element`, unless its edge would stay on the
 * device pixel `drawnEdge` (what the previous call returned; NaN draws
 * whatever it is). Returns the edge now drawn. The width is read each time
 * (a resize needs no listener): between frames, with nothing else changed,
 * that read costs no layout.
 */
export function drawFill(element: FillElement, fraction: number, drawnEdge: number, pixelRatio = devicePixelRatio): number {
  const clamped = Math.min(1, Math.max(0, fraction)) || 0;
  const edge = Math.round(clamped * element.clientWidth * pixelRatio);
  if (edge !== drawnEdge) element.style.transform = `scaleX(${clamped})`;
  return edge;
}

/** A fill element whose width is remembered rather than read from the page. */
export interface ObservedFill extends FillElement {
  disconnect(): void;
}

/**
 * `element` as a FillElement whose width is kept by a ResizeObserver, which
 * reports it after each layout that changed it (the first time just after
 * the first layout that follows this call); `onResize` then redraws. Why:
 * reading clientWidth makes the browser bring style and layout up to date
 * first, and during playback the page has just changed something in the
 * same task (the other fill's transform, the spoken line's mark), so every
 * read was a forced style recalculation; bench:transcript found the fills
 * the player's largest script cost per second of playback. Nor is it read
 * when the fill is set up: the watch page sets its fills up while the app
 * takes the prerendered page over, whose layout that read forced inside the
 * take-over's own task (~9 ms here, four times that on a phone). Until the
 * first report the width is 0, and a draw sets the fill without knowing
 * where its edge falls (drawFill's transform needs no width). Without
 * ResizeObserver (jsdom) the width is read at each draw.
 */
export function observedFill(element: HTMLElement, onResize: () => void): ObservedFill {
  if (typeof ResizeObserver === 'undefined') return { get clientWidth() { return element.clientWidth; }, style: element.style, disconnect() {} };
  let width = 0;
  const observer = new ResizeObserver(() => {
    // Read inside the observer's callback, where layout is already done: costs nothing.
    const now = element.clientWidth;
    if (now === width) return;
    width = now;
    onResize();
  });
  observer.observe(element);
  return {
    get clientWidth() {
      return width;
    },
    style: element.style,
    disconnect: () => observer.disconnect(),
  };
}
