// The `Seek` slider's own keys, as the ARIA slider pattern has them, and where
// its hover preview sits. Pure: a unit test drives both without a DOM.
import type { KeyPress, KeyRequest } from './keys';

/** Seconds an arrow key steps (as the page-wide ←/→ do). */
export const SLIDER_STEP_SECONDS = 5;
/** Seconds Page Up/Page Down step. */
export const SLIDER_PAGE_SECONDS = 60;

const SLIDER_KEYS: Readonly<Record<string, KeyRequest>> = {
  ArrowRight: ['seekBy', SLIDER_STEP_SECONDS],
  ArrowUp: ['seekBy', SLIDER_STEP_SECONDS],
  ArrowLeft: ['seekBy', -SLIDER_STEP_SECONDS],
  ArrowDown: ['seekBy', -SLIDER_STEP_SECONDS],
  PageUp: ['seekBy', SLIDER_PAGE_SECONDS],
  PageDown: ['seekBy', -SLIDER_PAGE_SECONDS],
  Home: ['seekToFraction', 0],
  End: ['seekToFraction', 1],
};

/**
 * The request a key makes on the focused slider, or undefined to leave it to
 * the page (Ctrl+←/→ still moves by chapter; other keys are the player's).
 */
export function sliderKeyRequest(event: Pick<KeyPress, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): KeyRequest | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  return SLIDER_KEYS[event.key];
}

/**
 * Where the hover preview's left edge goes, in pixels from the track's start:
 * centred on the pointer, but never past either end of the track.
 */
export function previewOffset(pointer: number, previewWidth: number, trackWidth: number): number {
  const centred = pointer - previewWidth / 2;
  return Math.max(0, Math.min(centred, trackWidth - previewWidth));
}
