// The player's keyboard shortcuts, as the contract lists them.
import { describe, expect, it } from 'vitest';
import {
  KEY_HELP,
  PLAYBACK_RATES,
  type KeyPress,
  isTextEntryTarget,
  nextPlaybackRate,
  playerCommandForKey,
} from '@/player/core/keys';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('playerCommandForKey', () => {
  it.each([
    [' ', { type: 'togglePlay' }],
    ['k', { type: 'togglePlay' }],
    ['j', { type: 'seekBy', seconds: -10 }],
    ['l', { type: 'seekBy', seconds: 10 }],
    ['ArrowLeft', { type: 'seekBy', seconds: -5 }],
    ['ArrowRight', { type: 'seekBy', seconds: 5 }],
    ['Home', { type: 'seekToStart' }],
    ['End', { type: 'seekToEnd' }],
    ['m', { type: 'toggleMute' }],
    ['f', { type: 'toggleFullscreen' }],
    ['c', { type: 'toggleCaptions' }],
  ])('maps %j', (key, command) => {
    expect(playerCommandForKey(press(key))).toEqual(command);
  });

  it('maps the shifted keys for speed and help', () => {
    expect(playerCommandForKey(press('<', { shiftKey: true }))).toEqual({ type: 'changeRate', direction: -1 });
    expect(playerCommandForKey(press('>', { shiftKey: true }))).toEqual({ type: 'changeRate', direction: 1 });
    expect(playerCommandForKey(press('?', { shiftKey: true }))).toEqual({ type: 'showKeys' });
  });

  it('jumps to tenths of the episode with the digits', () => {
    for (let digit = 0; digit <= 9; digit++) {
      expect(playerCommandForKey(press(String(digit)))).toEqual({ type: 'seekToFraction', fraction: digit / 10 });
    }
    // AZERTY keyboards type digits with Shift.
    expect(playerCommandForKey(press('4', { shiftKey: true }))).toEqual({ type: 'seekToFraction', fraction: 0.4 });
  });

  it('moves between chapters with Ctrl+arrows', () => {
    expect(playerCommandForKey(press('ArrowLeft', { ctrlKey: true }))).toEqual({ type: 'previousChapter' });
    expect(playerCommandForKey(press('ArrowRight', { ctrlKey: true }))).toEqual({ type: 'nextChapter' });
  });

  it('works with Caps Lock or Shift on letters', () => {
    expect(playerCommandForKey(press('K'))).toEqual({ type: 'togglePlay' });
    expect(playerCommandForKey(press('M', { shiftKey: true }))).toEqual({ type: 'toggleMute' });
  });

  it('reads Space from its code when the key is unidentified', () => {
    expect(playerCommandForKey(press('Unidentified', { code: 'Space' }))).toEqual({ type: 'togglePlay' });
  });

  it('leaves browser and system shortcuts alone', () => {
    expect(playerCommandForKey(press('ArrowLeft', { altKey: true }))).toBeUndefined(); // back
    expect(playerCommandForKey(press('ArrowLeft', { metaKey: true }))).toBeUndefined(); // back on macOS
    expect(playerCommandForKey(press('f', { ctrlKey: true }))).toBeUndefined(); // find
    expect(playerCommandForKey(press('l', { ctrlKey: true }))).toBeUndefined(); // address bar
    expect(playerCommandForKey(press('c', { metaKey: true }))).toBeUndefined(); // copy
    expect(playerCommandForKey(press('1', { ctrlKey: true }))).toBeUndefined(); // first tab
    expect(playerCommandForKey(press(' ', { ctrlKey: true }))).toBeUndefined();
  });

  it('ignores keys the player does not use', () => {
    for (const key of ['a', 'Tab', 'Enter', 'Escape', 'ArrowUp', 'F5', 'Shift', ',', '.', 'Unidentified', '']) {
      expect(playerCommandForKey(press(key))).toBeUndefined();
    }
  });
});

describe('KEY_HELP', () => {
  it('lists every shortcut in the contract, each with a description', () => {
    const keys = KEY_HELP.flatMap((entry) => entry.keys).join(' ');
    for (const key of ['Space', 'K', 'J', 'L', '←', '→', 'Ctrl + ←', 'Ctrl + →', '0', '9', 'Home', 'End', 'M', 'F', 'C', '<', '>', '?']) {
      expect(keys).toContain(key);
    }
    for (const entry of KEY_HELP) expect(entry.action.length).toBeGreaterThan(0);
  });
});

describe('isTextEntryTarget', () => {
  it('is true where the viewer types', () => {
    expect(isTextEntryTarget({ tagName: 'INPUT', type: 'text' } as unknown as EventTarget)).toBe(true);
    expect(isTextEntryTarget({ tagName: 'INPUT', type: 'search' } as unknown as EventTarget)).toBe(true);
    expect(isTextEntryTarget({ tagName: 'INPUT' } as unknown as EventTarget)).toBe(true);
    expect(isTextEntryTarget({ tagName: 'TEXTAREA' } as unknown as EventTarget)).toBe(true);
    expect(isTextEntryTarget({ tagName: 'SELECT' } as unknown as EventTarget)).toBe(true);
    expect(isTextEntryTarget({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    const textbox = { tagName: 'DIV', getAttribute: (name: string) => (name === 'role' ? 'textbox' : null) };
    expect(isTextEntryTarget(textbox as unknown as EventTarget)).toBe(true);
  });

  it('is false on controls that take no text, and on the page', () => {
    for (const type of ['checkbox', 'radio', 'range', 'button', 'submit']) {
      expect(isTextEntryTarget({ tagName: 'INPUT', type } as unknown as EventTarget)).toBe(false);
    }
    expect(isTextEntryTarget({ tagName: 'BUTTON' } as unknown as EventTarget)).toBe(false);
    const slider = { tagName: 'DIV', getAttribute: (name: string) => (name === 'role' ? 'slider' : null) };
    expect(isTextEntryTarget(slider as unknown as EventTarget)).toBe(false);
    expect(isTextEntryTarget(null)).toBe(false);
    expect(isTextEntryTarget({} as EventTarget)).toBe(false);
  });
});

describe('nextPlaybackRate', () => {
  it('steps through the speeds', () => {
    expect(nextPlaybackRate(1, 1)).toBe(1.25);
    expect(nextPlaybackRate(1, -1)).toBe(0.75);
    expect(nextPlaybackRate(1.75, 1)).toBe(2);
  });

  it('stays at the slowest and the fastest', () => {
    expect(nextPlaybackRate(PLAYBACK_RATES[0]!, -1)).toBe(PLAYBACK_RATES[0]);
    expect(nextPlaybackRate(PLAYBACK_RATES.at(-1)!, 1)).toBe(PLAYBACK_RATES.at(-1));
  });

  it('moves a speed between steps to the nearest step that way', () => {
    expect(nextPlaybackRate(1.1, 1)).toBe(1.25);
    expect(nextPlaybackRate(1.1, -1)).toBe(1);
    expect(nextPlaybackRate(3, -1)).toBe(2);
    expect(nextPlaybackRate(3, 1)).toBe(3);
  });

  it('shrugs off float noise from the media element', () => {
    expect(nextPlaybackRate(1.2500000001, 1)).toBe(1.5);
  });

  it('resets a broken speed to normal', () => {
    expect(nextPlaybackRate(Number.NaN, 1)).toBe(1);
    expect(nextPlaybackRate(0, 1)).toBe(1);
  });
});
