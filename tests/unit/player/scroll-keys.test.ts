// @vitest-environment jsdom
// The keys a page keeps from scrolling while the player's key table loads
// (core/scroll-keys.ts) read as the table reads them (core/keys.ts): held only
// when the player will answer them, and, pressed on the page itself or the
// picture, every scrolling key it answers held.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTextEntryTarget, requestForKey, type KeyPress } from '@/player/core/keys';
import { scrollKeyThePlayerAnswers } from '@/player/core/scroll-keys';

document.body.innerHTML = `
  <div id="picture"><video></video></div>
  <button>Play</button> <a href="?t=60">Chapter</a> <a>Anchor</a>
  <input type="range"> <input type="text"> <input type="checkbox"> <textarea></textarea>
  <div contenteditable="true">Notes</div> <div role="slider" tabindex="0">Seek</div> <div role="searchbox">Find</div>
  <details><summary>More</summary></details>`;
const TARGETS = [null, document.body, ...document.body.querySelectorAll('*')];
/** The page itself and the picture: nothing there answers a key of its own. */
const PLAIN = new Set<EventTarget | null>([null, document.body, document.getElementById('picture'), document.querySelector('video')]);
const SCROLLING = [' ', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

const presses = fc.record({
  key: fc.constantFrom(...SCROLLING, 'PageDown', 'k', 'j', 'Tab', 'Enter', '5'),
  ctrlKey: fc.boolean(),
  metaKey: fc.boolean(),
  altKey: fc.boolean(),
  shiftKey: fc.boolean(),
  inPlayer: fc.boolean(),
  target: fc.constantFrom(...TARGETS),
}) as fc.Arbitrary<KeyPress>;

/** As the player answers a key (player-keys.ts): never in a field, whatever the table says. */
const answered = (press: KeyPress) => !isTextEntryTarget(press.target ?? null) && requestForKey(press) !== undefined;

describe('the scroll keys held while the key table loads', () => {
  it('are held only when the player answers them', () => {
    fc.assert(fc.property(presses, (press) => !scrollKeyThePlayerAnswers(press) || answered(press)));
  });

  it('are, on the page itself or the picture, every scrolling key the player answers', () => {
    fc.assert(fc.property(presses, (press) => !(PLAIN.has(press.target ?? null) && SCROLLING.includes(press.key) && answered(press)) || scrollKeyThePlayerAnswers(press)));
  });

  it('hold Space for play, not on a button it presses, and ↑ ↓ only in the player', () => {
    const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: document.body, ...extra });
    expect(scrollKeyThePlayerAnswers(press(' '))).toBe(true);
    expect(scrollKeyThePlayerAnswers(press(' ', { target: document.querySelector('button') }))).toBe(false);
    expect(scrollKeyThePlayerAnswers(press('ArrowDown'))).toBe(false);
    expect(scrollKeyThePlayerAnswers(press('ArrowDown', { inPlayer: true }))).toBe(true);
    expect(scrollKeyThePlayerAnswers(press('Home', { target: document.querySelector('input[type=range]') }))).toBe(false);
    expect(scrollKeyThePlayerAnswers(press('PageDown'))).toBe(false);
  });
});
