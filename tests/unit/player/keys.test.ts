// The player's keyboard shortcuts, as the contract lists them.
import { describe, expect, it } from 'vitest';
import {
  type KeyPress,
  VOLUME_STEP,
  isPressableTarget,
  isTextEntryTarget,
  requestForKey,
} from '@/player/core/keys';
import { KEY_HELP } from '@/player/core/key-help';
import { PLAYBACK_RATES, nextPlaybackRate } from '@/player/core/playback-rates';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('requestForKey', () => {
  it.each([
    [' ', ['togglePlay']],
    ['k', ['togglePlay']],
    ['j', ['seekBy', -10]],
    ['l', ['seekBy', 10]],
    ['ArrowLeft', ['seekBy', -5]],
    ['ArrowRight', ['seekBy', 5]],
    ['Home', ['seekToFraction', 0]],
    ['End', ['seekToFraction', 1]],
    ['m', ['toggleMute']],
    ['f', ['toggleFullscreen']],
    ['c', ['toggleCaptions']],
  ])('maps %j', (key, command) => {
    expect(requestForKey(press(key))).toEqual(command);
  });

  it('maps the shifted keys for speed and help', () => {
    expect(requestForKey(press('<', { shiftKey: true }))).toEqual(['stepPlaybackRate', -1]);
    expect(requestForKey(press('>', { shiftKey: true }))).toEqual(['stepPlaybackRate', 1]);
    expect(requestForKey(press('?', { shiftKey: true }))).toEqual(['setKeysOpen', true]);
  });

  it('jumps to tenths of the episode with the digits', () => {
    for (let digit = 0; digit <= 9; digit++) {
      expect(requestForKey(press(String(digit)))).toEqual(['seekToFraction', digit / 10]);
    }
    // AZERTY keyboards type digits with Shift.
    expect(requestForKey(press('4', { shiftKey: true }))).toEqual(['seekToFraction', 0.4]);
  });

  it('moves between chapters with Ctrl+arrows', () => {
    expect(requestForKey(press('ArrowLeft', { ctrlKey: true }))).toEqual(['previousChapter']);
    expect(requestForKey(press('ArrowRight', { ctrlKey: true }))).toEqual(['nextChapter']);
  });

  it('works with Caps Lock or Shift on letters', () => {
    expect(requestForKey(press('K'))).toEqual(['togglePlay']);
    expect(requestForKey(press('M', { shiftKey: true }))).toEqual(['toggleMute']);
  });

  it('reads Space from its code when the key is unidentified', () => {
    expect(requestForKey(press('Unidentified', { code: 'Space' }))).toEqual(['togglePlay']);
  });

  it('leaves browser and system shortcuts alone', () => {
    expect(requestForKey(press('ArrowLeft', { altKey: true }))).toBeUndefined(); // back
    expect(requestForKey(press('ArrowLeft', { metaKey: true }))).toBeUndefined(); // back on macOS
    expect(requestForKey(press('f', { ctrlKey: true }))).toBeUndefined(); // find
    expect(requestForKey(press('l', { ctrlKey: true }))).toBeUndefined(); // address bar
    expect(requestForKey(press('c', { metaKey: true }))).toBeUndefined(); // copy
    expect(requestForKey(press('1', { ctrlKey: true }))).toBeUndefined(); // first tab
    expect(requestForKey(press(' ', { ctrlKey: true }))).toBeUndefined();
  });

  it('ignores keys the player does not use', () => {
    for (const key of ['a', 'Tab', 'Enter', 'Escape', 'ArrowUp', 'F5', 'Shift', ',', '.', 'Unidentified', '']) {
      expect(requestForKey(press(key))).toBeUndefined();
    }
  });
});

/** A stand-in for a focused element, as `isPressableTarget` reads it. */
const element = (tagName: string, attributes: Record<string, string> = {}, type?: string) =>
  ({
    tagName,
    type,
    getAttribute: (name: string) => attributes[name] ?? null,
    hasAttribute: (name: string) => name in attributes,
  }) as unknown as EventTarget;

describe('Space on a focused control', () => {
  it('is left to the control (a button, a link, a checkbox), which the browser presses', () => {
    for (const target of [
      element('BUTTON'),
      element('A', { href: '/watch/x?t=10' }),
      element('INPUT', {}, 'checkbox'),
      element('INPUT', {}, 'radio'),
      element('SUMMARY'),
      element('DIV', { role: 'button' }),
      element('SPAN', { role: 'switch' }),
    ]) {
      expect(requestForKey(press(' ', { target }))).toBeUndefined();
    }
  });

  it('plays and pauses anywhere else: the page, the slider, a heading, a link with no address', () => {
    for (const target of [null, element('BODY'), element('DIV', { role: 'slider' }), element('H1'), element('A'), element('INPUT', {}, 'range')]) {
      expect(requestForKey(press(' ', { target }))).toEqual(['togglePlay']);
    }
  });

  it('leaves the other keys as they were on a focused button', () => {
    expect(requestForKey(press('k', { target: element('BUTTON') }))).toEqual(['togglePlay']);
    expect(requestForKey(press('ArrowRight', { target: element('BUTTON') }))).toEqual(['seekBy', 5]);
  });
});

describe('isPressableTarget', () => {
  it('is false where there is nothing to press', () => {
    expect(isPressableTarget(null)).toBe(false);
    expect(isPressableTarget({} as EventTarget)).toBe(false);
    expect(isPressableTarget(element('INPUT', {}, 'text'))).toBe(false);
    // A role decides over the tag: a button made a slider is a slider.
    expect(isPressableTarget(element('BUTTON', { role: 'slider' }))).toBe(false);
  });
});

describe('↑ and ↓', () => {
  it('change the volume by a step with focus in the player', () => {
    expect(requestForKey(press('ArrowUp', { inPlayer: true }))).toEqual(['changeVolumeBy', VOLUME_STEP]);
    expect(requestForKey(press('ArrowDown', { inPlayer: true }))).toEqual(['changeVolumeBy', -VOLUME_STEP]);
  });

  it('are left to the page (scrolling) with focus elsewhere', () => {
    expect(requestForKey(press('ArrowUp'))).toBeUndefined();
    expect(requestForKey(press('ArrowDown', { inPlayer: false }))).toBeUndefined();
  });
});

describe('KEY_HELP', () => {
  it('lists the volume keys', () => {
    const rows = KEY_HELP.map((entry) => `${entry.keys.join(' ')} ${entry.action}`);
    expect(rows).toContainEqual(expect.stringMatching(/^↑ Volume up/));
    expect(rows).toContainEqual(expect.stringMatching(/^↓ Volume down/));
  });

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
