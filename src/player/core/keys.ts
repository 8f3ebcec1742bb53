// The player's keyboard shortcuts as data: which key asks for what. The UI
// turns a command into a store request; this file knows nothing of either.

export type PlayerCommand =
  | { type: 'togglePlay' }
  | { type: 'seekBy'; seconds: number }
  | { type: 'seekToFraction'; fraction: number }
  | { type: 'seekToStart' }
  | { type: 'seekToEnd' }
  | { type: 'previousChapter' }
  | { type: 'nextChapter' }
  | { type: 'toggleMute' }
  | { type: 'toggleFullscreen' }
  | { type: 'toggleCaptions' }
  | { type: 'changeRate'; direction: -1 | 1 }
  | { type: 'showKeys' };

/** What of a keyboard event decides the command (a `KeyboardEvent` fits). */
export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Keys read by the character they type, whatever the keyboard layout. */
const CHARACTER_KEYS: Readonly<Record<string, PlayerCommand>> = {
  k: { type: 'togglePlay' },
  j: { type: 'seekBy', seconds: -10 },
  l: { type: 'seekBy', seconds: 10 },
  m: { type: 'toggleMute' },
  f: { type: 'toggleFullscreen' },
  c: { type: 'toggleCaptions' },
  '<': { type: 'changeRate', direction: -1 },
  '>': { type: 'changeRate', direction: 1 },
  '?': { type: 'showKeys' },
};

const NAMED_KEYS: Readonly<Record<string, PlayerCommand>> = {
  ArrowLeft: { type: 'seekBy', seconds: -5 },
  ArrowRight: { type: 'seekBy', seconds: 5 },
  Home: { type: 'seekToStart' },
  End: { type: 'seekToEnd' },
};

/**
 * The command a key press asks for, or undefined to leave the key to the
 * browser. Alt and Meta combinations always belong to the browser or the
 * system (Alt+← and, on macOS, Cmd+← go back a page), and Ctrl only combines
 * with ←/→ for chapters, as on YouTube. Letters work with Caps Lock or Shift;
 * digits work with Shift, which some layouts (AZERTY) need to type them.
 */
export function playerCommandForKey(event: KeyPress): PlayerCommand | undefined {
  const { key } = event;
  if (event.altKey || event.metaKey) return undefined;
  if (event.ctrlKey) {
    if (key === 'ArrowLeft') return { type: 'previousChapter' };
    if (key === 'ArrowRight') return { type: 'nextChapter' };
    return undefined;
  }
  // Old Edge reported 'Spacebar'; an unidentified key still has its code.
  if (key === ' ' || key === 'Spacebar' || (key === 'Unidentified' && event.code === 'Space')) {
    return { type: 'togglePlay' };
  }
  if (key.length === 1 && key >= '0' && key <= '9') {
    return { type: 'seekToFraction', fraction: Number(key) / 10 };
  }
  return NAMED_KEYS[key] ?? CHARACTER_KEYS[key.length === 1 ? key.toLowerCase() : key];
}

/** The keys dialog (`?`): every shortcut, in the words a viewer would use. */
export const KEY_HELP: ReadonlyArray<{ keys: string[]; action: string }> = [
  { keys: ['Space', 'K'], action: 'Play or pause' },
  { keys: ['J'], action: 'Back 10 seconds' },
  { keys: ['L'], action: 'Forward 10 seconds' },
  { keys: ['←'], action: 'Back 5 seconds' },
  { keys: ['→'], action: 'Forward 5 seconds' },
  { keys: ['Ctrl + ←'], action: 'Previous chapter (or the start of this one)' },
  { keys: ['Ctrl + →'], action: 'Next chapter' },
  { keys: ['0 – 9'], action: 'Jump to 0 – 90% of the episode' },
  { keys: ['Home'], action: 'Jump to the start' },
  { keys: ['End'], action: 'Jump to the end' },
  { keys: ['M'], action: 'Mute or unmute' },
  { keys: ['F'], action: 'Full screen on or off' },
  { keys: ['C'], action: 'Captions on or off' },
  { keys: ['<'], action: 'Slower' },
  { keys: ['>'], action: 'Faster' },
  { keys: ['?'], action: 'Show these keys' },
];

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

/** The speeds `<` and `>` step through. */
export const PLAYBACK_RATES: readonly number[] = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

/**
 * The speed one step slower (-1) or faster (1) than `current`; at either end
 * of the list it stays put. A speed between steps (set elsewhere) moves to
 * the nearest step in that direction; a broken one (NaN, 0) becomes 1.
 */
export function nextPlaybackRate(current: number, direction: -1 | 1): number {
  if (!Number.isFinite(current) || current <= 0) return 1;
  // Rates read back from a media element may carry float noise.
  const epsilon = 1e-9;
  const step =
    direction === 1
      ? PLAYBACK_RATES.find((rate) => rate > current + epsilon)
      : PLAYBACK_RATES.findLast((rate) => rate < current - epsilon);
  return step ?? current;
}
