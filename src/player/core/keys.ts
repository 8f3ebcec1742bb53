// The player's keyboard shortcuts as data: a table from key to store request.
import type { KeyRequest } from './key-request';

// What a key asks for, and how it is sent, live in key-request.ts (the Seek slider sends them too).
export { sendKeyRequest, type KeyRequest } from './key-request';

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


/** Roles whose element Space presses, as everywhere on the web. */
const PRESSABLE_ROLES = new Set(['button', 'link', 'checkbox', 'switch', 'radio', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'option']);

/**
 * Whether Space on this key press's target presses it (a button, a link, a
 * checkbox, a radio, a summary, or an element with such a role): then Space
 * belongs to the control, not to play/pause. Reads only `tagName`, `type`,
 * `href` and the `role` attribute, so it runs without a DOM.
 */
export function isPressableTarget(target: EventTarget | null): boolean {
  if (target === null || typeof target !== 'object') return false;
  const element = target as Partial<{ tagName: unknown; type: unknown; getAttribute: unknown; hasAttribute: unknown }>;
  if (typeof element.getAttribute === 'function') {
    const role: unknown = element.getAttribute.call(target, 'role');
    if (typeof role === 'string' && role !== '') return PRESSABLE_ROLES.has(role);
  }
  const tag = typeof element.tagName === 'string' ? element.tagName.toUpperCase() : '';
  if (tag === 'BUTTON' || tag === 'SUMMARY') return true;
  if (tag === 'A') return typeof element.hasAttribute === 'function' && element.hasAttribute.call(target, 'href') === true;
  if (tag === 'INPUT') {
    const type = typeof element.type === 'string' ? element.type.toLowerCase() : 'text';
    return PRESSABLE_INPUT_TYPES.has(type);
  }
  return false;
}

const PRESSABLE_INPUT_TYPES = new Set(['button', 'checkbox', 'radio', 'reset', 'submit', 'image', 'color', 'file']);

/** Input types that take no typed text, so the player's keys still work there. */
const NON_TEXT_INPUT_TYPES = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

const TEXT_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

/**
 * Whether a key press's target takes typed text (the player's keys are
 * ignored there): text-like inputs, textareas, selects, editable content and
 * elements with a text-entry role. Reads only `tagName`, `type`,
 * `isContentEditable` and the `role` attribute, so it runs without a DOM.
 */
export function isTextEntryTarget(target: EventTarget | null): boolean {
  if (target === null || typeof target !== 'object') return false;
  const element = target as Partial<{
    tagName: unknown;
    type: unknown;
    isContentEditable: unknown;
    getAttribute: unknown;
  }>;
  if (element.isContentEditable === true) return true;
  const tag = typeof element.tagName === 'string' ? element.tagName.toUpperCase() : '';
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = typeof element.type === 'string' ? element.type.toLowerCase() : 'text';
    return !NON_TEXT_INPUT_TYPES.has(type);
  }
  if (typeof element.getAttribute === 'function') {
    const role: unknown = element.getAttribute.call(target, 'role');
    if (typeof role === 'string' && TEXT_ROLES.has(role)) return true;
  }
  return false;
}
