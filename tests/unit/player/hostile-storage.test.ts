// Remembered positions with storage that misbehaves: missing, throwing on
// access, full, or holding anything at all. Resuming is a nicety: the player
// never throws, and never resumes somewhere outside the episode.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetResumePosition, readResumePosition, saveResumePosition } from '@/player/resume';

const SLUG = 'introducing-apko-and-melange';
const KEY = `watch-position:${SLUG}`;
const DURATION = 4453;

/** A working Storage over a Map, with a quota in characters. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((sum, [k, v]) => (k === key ? sum : sum + k.length + v.length), 0);
    if (used + key.length + String(value).length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, String(value));
  }
}

/** Puts `storage` where the player finds it: a value, or a getter that throws (blocked cookies, sandboxed frames). */
function useStorage(storage: Storage | (() => never) | undefined) {
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    ...(typeof storage === 'function' ? { get: storage } : { value: storage, writable: true }),
  });
}

afterEach(() => {
  delete (globalThis as { localStorage?: Storage }).localStorage;
});

describe('storage that is not there or refuses', () => {
  it('works without any storage', () => {
    useStorage(undefined);
    expect(() => saveResumePosition(SLUG, 100, DURATION)).not.toThrow();
    expect(readResumePosition(SLUG, DURATION)).toBeUndefined();
    expect(() => forgetResumePosition(SLUG)).not.toThrow();
  });

  it('works when even reaching localStorage throws', () => {
    useStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(() => saveResumePosition(SLUG, 100, DURATION)).not.toThrow();
    expect(readResumePosition(SLUG, DURATION)).toBeUndefined();
    expect(() => forgetResumePosition(SLUG)).not.toThrow();
  });

  it('works when every method throws', () => {
    const refusing = new MemoryStorage();
    for (const method of ['getItem', 'setItem', 'removeItem'] as const) {
      refusing[method] = () => {
        throw new DOMException('Access is denied.', 'SecurityError');
      };
    }
    useStorage(refusing);
    expect(() => saveResumePosition(SLUG, 100, DURATION)).not.toThrow();
    expect(readResumePosition(SLUG, DURATION)).toBeUndefined();
    expect(() => forgetResumePosition(SLUG)).not.toThrow();
  });

  it('works when storage is full, and still reads what was saved before', () => {
    const saved = JSON.stringify({ t: 1500 });
    const other = ['someone-else', 'x'.repeat(20)] as const;
    // Room for exactly what is there now: a longer record no longer fits.
    const full = new MemoryStorage(KEY.length + saved.length + other[0].length + other[1].length);
    full.setItem(KEY, saved);
    full.setItem(...other);
    expect(() => full.setItem(KEY, JSON.stringify({ t: 2000, savedAt: 1 }))).toThrow(/quota/);
    useStorage(full);
    expect(() => saveResumePosition(SLUG, 2000, DURATION)).not.toThrow();
    expect(readResumePosition(SLUG, DURATION)).toBe(1500);
  });
});

describe('storage holding garbage', () => {
  it.each([
    ['not JSON', '{not json'],
    ['JSON null', 'null'],
    ['a bare number', '1500'],
    ['a string time', JSON.stringify({ t: '1500' })],
    ['NaN written as null', JSON.stringify({ t: Number.NaN })],
    ['an exponent too large', '{"t":1e999}'],
    ['a negative time', JSON.stringify({ t: -20 })],
    ['a time past the end', JSON.stringify({ t: 99999 })],
    ['an array', '[1500]'],
    ['a prototype trick', '{"__proto__":{"t":1500}}'],
  ])('ignores %s', (_what, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, raw);
    useStorage(storage);
    expect(readResumePosition(SLUG, DURATION)).toBeUndefined();
  });

  it('never throws and never resumes outside the episode, whatever is stored', () => {
    const stored = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.record({ t: fc.oneof(fc.double(), fc.string(), fc.constant(null)) }).map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(stored, fc.double({ min: 0, max: 1e6, noNaN: true }), (raw, duration) => {
        const storage = new MemoryStorage();
        storage.setItem(KEY, raw);
        useStorage(storage);
        const resumed = readResumePosition(SLUG, duration);
        if (resumed !== undefined) {
          expect(Number.isFinite(resumed)).toBe(true);
          expect(resumed).toBeGreaterThanOrEqual(0);
          expect(resumed).toBeLessThanOrEqual(duration);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('saves only whole, finite seconds, whatever time it is given', () => {
    fc.assert(
      fc.property(fc.double(), (seconds) => {
        const storage = new MemoryStorage();
        useStorage(storage);
        saveResumePosition(SLUG, seconds, DURATION);
        const raw = storage.getItem(KEY);
        if (raw === null) return;
        const { t } = JSON.parse(raw) as { t: unknown };
        expect(Number.isInteger(t)).toBe(true);
        expect(readResumePosition(SLUG, DURATION)).toBe(t);
      }),
    );
  });
});
