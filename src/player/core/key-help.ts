// What the keys dialog lists: every shortcut of the key table (keys.ts), in the words a viewer would use.

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
  { keys: ['↑'], action: 'Volume up (with the player focused)' },
  { keys: ['↓'], action: 'Volume down (with the player focused)' },
  { keys: ['M'], action: 'Mute or unmute' },
  { keys: ['F'], action: 'Full screen on or off' },
  { keys: ['C'], action: 'Captions on or off' },
  { keys: ['<'], action: 'Slower' },
  { keys: ['>'], action: 'Faster' },
  { keys: ['?'], action: 'Show these keys' },
];
