// The keys a page keeps from scrolling while the player's key table loads
// (core/scroll-keys.ts) read the same as the table reads them (core/keys.ts):
// held only when the player will answer them, and every scrolling key it
// answers held.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTextEntryTarget, requestForKey, type KeyPress } from '@/player/core/keys';
import { scrollKeyThePlayerAnswers } from '@/player/core/scroll-keys';

/** Targets as the keys read them (tag, type, role, href), without a DOM. */
const target = (tagName: string, attributes: Record<string, string> = {}) =>
  ({
  tagName,
  type: attributes.type,
  isContentEditable: attributes.contenteditable === 'true',
  getAttribute: (name: string) => attributes[name] ?? null,
  hasAttribute: (name: string) => name in attributes,
  }) as unknown as EventTarget;
const TARGETS = [
  null,
  target('BODY'),
  target('DIV'),
  target('DIV', { role: 'slider' }),
  target('BUTTON'),
  target('A', { href: '?t=60' }),
  target('A'),
  target('INPUT', { type: 'range' }),
  target('INPUT', { type: 'text' }),
  target('INPUT', { type: 'checkbox' }),
  target('TEXTAREA'),
  target('DIV', { contenteditable: 'true' }),
  target('DIV', { role: 'searchbox' }),
  target('DIV', { role: 'menuitemcheckbox' }),
  target('SUMMARY'),
];
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

const isRange = (press: KeyPress) => (press.target as { type?: string } | null)?.type === 'range';
/** As the player answers a key (player-keys.ts): never in a field, whatever the table says. */
const answered = (press: KeyPress) => !isTextEntryTarget(press.target ?? null) && requestForKey(press) !== undefined;

describe('the scroll keys held while the key table loads', () => {
  it('are held only when the table answers them', () => {
    fc.assert(fc.property(presses, (press) => !scrollKeyThePlayerAnswers(press) || answered(press)));
  });

  it('are every scrolling key the table answers (a focused range input answers its own)', () => {
    fc.assert(fc.property(presses, (press) => !(SCROLLING.includes(press.key) && !isRange(press) && answered(press)) || scrollKeyThePlayerAnswers(press)));
  });

  it('hold Space for play, not on a button it presses, and ↑ ↓ only in the player', () => {
    const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: target('BODY'), ...extra });
    expect(scrollKeyThePlayerAnswers(press(' '))).toBe(true);
    expect(scrollKeyThePlayerAnswers(press(' ', { target: target('BUTTON') }))).toBe(false);
    expect(scrollKeyThePlayerAnswers(press('ArrowDown'))).toBe(false);
    expect(scrollKeyThePlayerAnswers(press('ArrowDown', { inPlayer: true }))).toBe(true);
    expect(scrollKeyThePlayerAnswers(press('PageDown'))).toBe(false);
  });
});
