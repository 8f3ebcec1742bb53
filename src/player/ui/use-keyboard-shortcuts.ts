// The player's keys (product.md, The watch page), whenever focus is not in a text field: each key
// sends its request (core/keys.ts) to the store, and the picture briefly says
// what it did (core/key-feedback.ts).
import { useEffect } from 'react';
import { keyFeedback } from '../core/key-feedback';
import { isTextEntryTarget, requestForKey, sendKeyRequest } from '../core/keys';
import type { PlayerStore } from '../core/store';

/** Keys a focused native range input (the volume) uses for itself. */
const RANGE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/** `playerRef` is the player's own box: ↑ and ↓ change the volume only with focus inside it. */
export function useKeyboardShortcuts(store: PlayerStore, playerRef?: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEntryTarget(event.target)) return;
      // An open modal dialog (the keys list) owns the keyboard.
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      const target = event.target as HTMLElement | null;
      if (target?.tagName === 'INPUT' && (target as HTMLInputElement).type === 'range' && RANGE_KEYS.has(event.key)) return;
      const inPlayer = event.target instanceof Node && playerRef?.current?.contains(event.target) === true;
      const request = requestForKey({ key: event.key, code: event.code, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, shiftKey: event.shiftKey, target: event.target, inPlayer });
      if (!request) return;
      // Stops the page scrolling on Space and arrows.
      event.preventDefault();
      const state = store.getState();
      const feedback = keyFeedback(request, state.liveState());
      sendKeyRequest(state, request);
      if (feedback) state.showFeedback(feedback);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, playerRef]);
}
