// The player's keyboard shortcuts as data: a table from key to store request.
import type { KeyRequest } from './key-request';
import { isPressableTarget } from './key-targets';

// What a key asks for, and how it is sent, live in key-request.ts (the Seek slider sends them too).
export { sendKeyRequest, type KeyRequest } from './key-request';
export { isPressableTarget, isTextEntryTarget } from './key-targets';

/** What of a keyboard event decides the command (a `KeyboardEvent` fits). */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** Where focus was: Space on a focused button, link or checkbox presses it instead. */
  target?: EventTarget | null;
  /**
   * Whether focus is in the player (the picture or its controls): only there
   * do ↑ and ↓ change the volume, as on YouTube; elsewhere they scroll the page.
   */
  inPlayer?: boolean;
}

/** Keys read by the character they type, whatever the keyboard layout. */
const CHARACTER_KEYS: Readonly<Record<string, KeyRequest>> = {
  k: ['togglePlay'],
  j: ['seekBy', -10],
  l: ['seekBy', 10],
  m: ['toggleMute'],
  f: ['toggleFullscreen'],
  c: ['toggleCaptions'],
  '<': ['stepPlaybackRate', -1],
  '>': ['stepPlaybackRate', 1],
  '?': ['setKeysOpen', true],
};

/** How much ↑ and ↓ change the volume (0..1), as on YouTube. */
export const VOLUME_STEP = 0.05;

const NAMED_KEYS: Readonly<Record<string, KeyRequest>> = {
  ArrowLeft: ['seekBy', -5],
  ArrowRight: ['seekBy', 5],
  Home: ['seekToFraction', 0],
  End: ['seekToFraction', 1],
};

/**
 * The request a key press makes, or undefined to leave the key to the
 * browser. Alt and Meta combinations always belong to the browser or the
 * system (Alt+← and, on macOS, Cmd+← go back a page), and Ctrl only combines
 * with ←/→ for chapters, as on YouTube. Letters work with Caps Lock or Shift;
 * digits work with Shift, which some layouts (AZERTY) need to type them.
 */
export function requestForKey(event: KeyPress): KeyRequest | undefined {
  const { key } = event;
  if (event.altKey || event.metaKey) return undefined;
  if (event.ctrlKey) {
    if (key === 'ArrowLeft') return ['previousChapter'];
    if (key === 'ArrowRight') return ['nextChapter'];
    return undefined;
  }
  // Old Edge reported 'Spacebar'; an unidentified key still has its code.
  if (key === ' ' || key === 'Spacebar' || (key === 'Unidentified' && event.code === 'Space')) {
    return isPressableTarget(event.target ?? null) ? undefined : ['togglePlay'];
  }
  if (key.length === 1 && key >= '0' && key <= '9') return ['seekToFraction', Number(key) / 10];
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    return event.inPlayer ? ['changeVolumeBy', key === 'ArrowUp' ? VOLUME_STEP : -VOLUME_STEP] : undefined;
  }
  return NAMED_KEYS[key] ?? CHARACTER_KEYS[key.length === 1 ? key.toLowerCase() : key];
}
