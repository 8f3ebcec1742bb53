// What a key press does to the player (product.md, The watch page), whenever
// focus is not in a text field: the key's request (core/keys.ts) goes to the
// store, and the picture briefly says what it did (key-feedback.tsx).
// use-keyboard-shortcuts.ts listens, and loads this once wanted.
import { isTextEntryTarget, requestForKey, sendKeyRequest } from '../core/keys';
import type { PlayerStore } from '../core/store';

/** Keys a focused native range input (the volume) uses for itself. */
const RANGE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * `playerBox` is the player's own box: ↑ and ↓ change the volume only with focus inside it. A `held`
 * key was pressed before this code had loaded (use-keyboard-shortcuts.ts), and kept from scrolling
 * the page meanwhile: its default is prevented already.
 */
export function respondToKey(store: PlayerStore, event: KeyboardEvent, playerBox: HTMLElement | null | undefined, { held = false } = {}): void {
  if ((event.defaultPrevented && !held) || isTextEntryTarget(event.target)) return;
  // An open modal dialog (the keys list) owns the keyboard.
  if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
  const target = event.target as HTMLElement | null;
  if (target?.tagName === 'INPUT' && (target as HTMLInputElement).type === 'range' && RANGE_KEYS.has(event.key)) return;
  const inPlayer = event.target instanceof Node && playerBox?.contains(event.target) === true;
  const request = requestForKey({ key: event.key, code: event.code, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, shiftKey: event.shiftKey, target: event.target, inPlayer });
  if (!request) return;
  // Stops the page scrolling on Space and arrows.
  event.preventDefault();
  const state = store.getState();
  const before = state.liveState();
  sendKeyRequest(state, request);
  state.showFeedback(request, before);
}
