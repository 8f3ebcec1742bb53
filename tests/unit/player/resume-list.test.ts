// "Continue watching" reads every remembered position back: most recent
// first, and never anything that is not a position the player wrote.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetResumePosition, listResumePositions, saveResumePosition } from '@/player/resume';

/** Storage over a Map, in insertion order, as a browser's is for our purposes. */
function memoryStorage(entries: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(entries));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (name) => items.get(name) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (name) => void items.delete(name),
    setItem: (name, value) => void items.set(name, String(value)),
  };
}

function useStorage(storage: Storage | (() => never) | undefined) {
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    ...(typeof storage === 'function' ? { get: storage } : { value: storage, writable: true }),
  });
}

afterEach(() => {
  delete (globalThis as { localStorage?: Storage }).localStorage;
});

const position = (t: unknown, savedAt: unknown) => JSON.stringify({ t, savedAt });

describe('listing remembered positions', () => {
  it('lists every remembered episode, most recently watched first', () => {
    useStorage(
      memoryStorage({
        'watch-position:older': position(120, 1_000),
        'watch-position:newest': position(1401, 3_000),
        'watch-position:middle': position(60, 2_000),
      }),
    );
    expect(listResumePositions()).toEqual([
      { slug: 'newest', seconds: 1401, savedAt: 3_000 },
      { slug: 'middle', seconds: 60, savedAt: 2_000 },
      { slug: 'older', seconds: 120, savedAt: 1_000 },
    ]);
  });

  it('lists what the player saves, and forgets what it forgets', () => {
    useStorage(memoryStorage());
    saveResumePosition('first', 100, 4453);
    saveResumePosition('second', 200.7, 4453);
    expect(listResumePositions().map((p) => [p.slug, p.seconds]).sort()).toEqual([
      ['first', 100],
      ['second', 200],
    ]);
    forgetResumePosition('first');
    expect(listResumePositions().map((p) => p.slug)).toEqual(['second']);
  });

  it('skips garbage, other keys and values of the wrong kind', () => {
    useStorage(
      memoryStorage({
        'watch-position:good': position(300, 5),
        'watch-position:not-json': '{t: 3',
        'watch-position:null': 'null',
        'watch-position:number': '42',
        'watch-position:string-time': position('300', 5),
        'watch-position:negative': position(-1, 5),
        'watch-position:': position(300, 5),
        'rawkode:scroll-positions': '[]',
        'someone-else': position(1, 1),
      }),
    );
    expect(listResumePositions()).toEqual([{ slug: 'good', seconds: 300, savedAt: 5 }]);
  });

  it('lists a position without a date of its own after the dated ones', () => {
    useStorage(
      memoryStorage({
        'watch-position:no-date': JSON.stringify({ t: 300 }),
        'watch-position:text-date': position(400, 'yesterday'),
        'watch-position:dated': position(500, 7),
      }),
    );
    expect(listResumePositions()).toEqual([
      { slug: 'dated', seconds: 500, savedAt: 7 },
      { slug: 'no-date', seconds: 300, savedAt: 0 },
      { slug: 'text-date', seconds: 400, savedAt: 0 },
    ]);
  });

  it('gives an empty list with no storage, or storage that throws', () => {
    useStorage(undefined);
    expect(listResumePositions()).toEqual([]);
    useStorage(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(listResumePositions()).toEqual([]);
    const throwing = memoryStorage({ 'watch-position:a': position(1, 1) });
    throwing.getItem = () => {
      throw new Error('storage gone');
    };
    useStorage(throwing);
    expect(listResumePositions()).toEqual([]);
  });

  it('never throws and lists only well-formed positions, whatever storage holds', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.json())), (entries) => {
        const prefixed = Object.fromEntries(Object.entries(entries).map(([name, value]) => [`watch-position:${name}`, value]));
        useStorage(memoryStorage(prefixed));
        const listed = listResumePositions();
        for (const p of listed) {
          expect(Number.isFinite(p.seconds) && p.seconds >= 0 && Number.isFinite(p.savedAt)).toBe(true);
        }
        expect(listed.map((p) => p.savedAt)).toEqual([...listed.map((p) => p.savedAt)].sort((a, b) => b - a));
      }),
    );
  });
});
