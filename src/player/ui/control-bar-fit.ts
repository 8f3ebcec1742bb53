// What the control bar's own width lets it show, written on the bar as
// `data-fit` tokens that player.css reads. The bar's width is not the
// window's (beside the chapter list, in a frame, full screen), so this is what
// container queries would say; it is said in script because the W3C Nu HTML
// Checker, which every prerendered page must pass, rejects `@container` in the
// page's inline stylesheet. The page's early script (src/app/early-media-start.ts)
// fits the prerendered bar at the start of the frame after it is parsed, and
// the player (player.tsx) every bar it draws: each before it is first painted.

/** The tokens for a bar whose content box is this many CSS pixels wide. */
export function controlBarFit(width: number): string {
  const tokens: string[] = [];
  // Narrower, the controls wrap onto two rows (and the chapter title takes the end of the second).
  if (width < 560) tokens.push('wraps');
  // Buttons without their text, and a shorter volume slider.
  if (width <= 760) tokens.push('compact');
  // The volume is the mute button, and ↑/↓ with the player focused.
  if (width <= 640) tokens.push('no-volume-slider');
  return tokens.join(' ');
}

/**
 * The bar's content box width: what `@container` would measure. The bar spans
 * the stage it sits in (player.css: over the picture's foot, or under it on a
 * phone), so this holds while the bar itself is out of the layout too (the
 * embed keeps it so until its first frame): it is drawn fitted when it comes.
 */
function contentWidth(bar: HTMLElement): number {
  const style = getComputedStyle(bar);
  return (bar.parentElement ?? bar).clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

/** Writes what fits the bar now: its width read, which lays the page out if it is not. */
export function fitControlBarNow(bar: HTMLElement) {
  const tokens = controlBarFit(contentWidth(bar));
  if (bar.dataset.fit !== tokens) bar.dataset.fit = tokens;
}

/**
 * Keeps the bar's `data-fit` true to its width: fitted at once, then after
 * each layout that changes it; returns what stops it. A ResizeObserver
 * reports after layout, before paint: it watches the bar's first child, the
 * timeline, whose box follows the bar's width and nothing the fit changes
 * (watching the bar itself, whose height the fit changes by a second row,
 * would be a change in the observer's own callback, which the browser reports
 * as an error: a "ResizeObserver loop").
 */
export function fitControlBar(bar: HTMLElement): () => void {
  fitControlBarNow(bar);
  const observer = new ResizeObserver(() => fitControlBarNow(bar));
  observer.observe(bar.firstElementChild ?? bar);
  return () => observer.disconnect();
}
