// The key presses the player answers that the browser would otherwise scroll
// the page with: Space, the arrows, Home and End. A page loads the player's key
// table once wanted (src/player/ui/use-keyboard-shortcuts.ts); a key pressed
// while it is on its way is answered when it arrives, and one of these is kept
// from scrolling the page meanwhile, when it is pressed on the page itself or
// the picture (not on a control, a link or a field, which answer keys of their
// own). Read as the table reads them (keys.ts; a test holds the two together),
// without the table.
import type { KeyPress } from './keys';

const SCROLLING_KEYS = new Set([' ', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);
/** Where a key may be the element's own business. */
const INTERACTIVE = 'a, button, input, select, textarea, summary, [role], [contenteditable]';

/** Whether the player will answer `press` (in the player's box or not), a key the browser would scroll the page with. */
export function scrollKeyThePlayerAnswers(press: KeyPress, inPlayer = press.inPlayer): boolean {
  const { key } = press;
  const target = press.target as Partial<Element> | null | undefined;
  if (press.altKey || press.metaKey || !SCROLLING_KEYS.has(key) || target?.closest?.(INTERACTIVE)) return false;
  if (press.ctrlKey) return key === 'ArrowLeft' || key === 'ArrowRight';
  if (key === 'ArrowUp' || key === 'ArrowDown') return inPlayer === true;
  return true;
}
