// Remembered volume, mute, speed and captions, with storage that misbehaves:
// missing, throwing, full, or holding anything at all. Each bad value is
// ignored on its own; the player never throws.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readPreferences, savePreferences } from '@/player/preferences';

const KEY = 'player-preferences';

function useStorage(storage: Partial<Storage> | (() => never) | undefined) {
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    ...(typeof storage === 'function' ? { get: storage } : { value: storage, writable: true }),
  });
}

const memory = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
};

afterEach(() => {
  delete (globalThis as { localStorage?: Storage }).localStorage;
});

describe('preferences', () => {
  it('remembers every choice across a save and a read', () => {
    useStorage(memory());
    savePreferences({ volume: 0.35, muted: true, playbackRate: 1.5, captionsOn: true });
    expect(readPreferences()).toEqual({ volume: 0.35, muted: true, playbackRate: 1.5, captionsOn: true });
  });

  it('has nothing to say before the viewer chose anything', () => {
    useStorage(memory());
    expect(readPreferences()).toEqual({});
  });

  it('ignores each bad value on its own, keeping the good ones', () => {
    const storage = memory();
    useStorage(storage);
    storage.items.set(KEY, JSON.stringify({ volume: 7, muted: 'yes', playbackRate: 1.75, captionsOn: null }));
    expect(readPreferences()).toEqual({ playbackRate: 1.75 });
    storage.items.set(KEY, JSON.stringify({ volume: -0.1, playbackRate: 3, captionsOn: false }));
    expect(readPreferences()).toEqual({ captionsOn: false });
  });

  it('ignores anything at all in storage without throwing', () => {
    const storage = memory();
    useStorage(storage);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        storage.items.set(KEY, raw);
        const read = readPreferences();
        if (read.volume !== undefined) expect(read.volume >= 0 && read.volume <= 1).toBe(true);
        if (read.playbackRate !== undefined) expect([0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2]).toContain(read.playbackRate);
        for (const name of ['muted', 'captionsOn'] as const) if (read[name] !== undefined) expect(typeof read[name]).toBe('boolean');
      }),
    );
  });

  it('shrugs off storage that is missing, blocked or full', () => {
    useStorage(undefined);
    expect(readPreferences()).toEqual({});
    savePreferences({ volume: 1, muted: false, playbackRate: 1, captionsOn: false });
    useStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(readPreferences()).toEqual({});
    expect(() => savePreferences({ volume: 1, muted: false, playbackRate: 1, captionsOn: false })).not.toThrow();
    useStorage({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    expect(() => savePreferences({ volume: 1, muted: false, playbackRate: 1, captionsOn: false })).not.toThrow();
  });
});
