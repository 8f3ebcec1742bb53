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
