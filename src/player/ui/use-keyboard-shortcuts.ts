// The contract's player keys, whenever focus is not in a text field: each key
// sends its request (core/keys.ts) to the store.
import { useEffect } from 'react';
import { isTextEntryTarget, requestForKey, sendKeyRequest } from '../core/keys';
import type { PlayerStore } from '../core/store';

/** Keys a focused native range input (the volume) uses for itself. */
const RANGE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

export function useKeyboardShortcuts(store: PlayerStore) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEntryTarget(event.target)) return;
      // An open modal dialog (the keys list) owns the keyboard.
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      const target = event.target as HTMLElement | null;
      if (target?.tagName === 'INPUT' && (target as HTMLInputElement).type === 'range' && RANGE_KEYS.has(event.key)) return;
      const request = requestForKey(event);
      if (!request) return;
      // Stops the page scrolling on Space and arrows, and Space pressing a focused button twice over.
      event.preventDefault();
      sendKeyRequest(store.getState(), request);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
