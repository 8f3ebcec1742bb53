// The key presses the player answers that the browser would otherwise scroll
// the page with: Space, the arrows, Home and End. A page loads the player's key
// table once wanted (src/player/ui/use-keyboard-shortcuts.ts); a key pressed
// while it is on its way is answered when it arrives, and one of these is kept
// from scrolling the page meanwhile. Read the same way as the table reads them
// (keys.ts; a test holds the two together), without the table.
import { isPressableTarget, isTextEntryTarget } from './key-targets';
import type { KeyPress } from './keys';

const SCROLLING_KEYS = new Set([' ', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/** Whether the player will answer `press` (in the player's box or not), a key the browser would scroll the page with. */
export function scrollKeyThePlayerAnswers(press: KeyPress, inPlayer = press.inPlayer): boolean {
  const { key, target = null } = press;
  if (press.altKey || press.metaKey || !SCROLLING_KEYS.has(key) || isTextEntryTarget(target) || isRangeInput(target)) return false;
  if (key === ' ') return !press.ctrlKey && !isPressableTarget(target);
  if (press.ctrlKey) return key === 'ArrowLeft' || key === 'ArrowRight';
  if (key === 'ArrowUp' || key === 'ArrowDown') return inPlayer === true;
  return true;
}

/** A native range input (the volume) answers the arrows, Home and End itself. */
function isRangeInput(target: EventTarget | null): boolean {
  const element = target as Partial<{ tagName: unknown; type: unknown }> | null;
  return typeof element?.tagName === 'string' && element.tagName.toUpperCase() === 'INPUT' && element.type === 'range';
}
