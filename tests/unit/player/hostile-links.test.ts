// Whatever a link holds, the watch page starts inside the episode and never
// throws: property tests over any string for the start-time readers, and over
// any address and any number for the links the player writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPlayerStore } from '@/player/core/store';
import { chapterLinkHref, shareUrl, withStartTime } from '@/player/core/share-url';
import { formatTime, parseStartFromHash, parseStartTime, startTimeFromLocation } from '@/player/core/time';

/** Any string at all: lone surrogates, NULs, control characters, astral planes. */
const anyString = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ maxLength: 2000 }));

/** Strings that look like our start-time forms, so the parsers' deeper branches are reached. */
const timeLike = fc.string({ unit: fc.constantFrom(...'0123456789hms:.,+-eE nptNPT%#&=t'.split('')), maxLength: 30 });

/** Any number, the awkward ones included. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2),
);

/** An episode's length as the front-matter or the media may give it (> 0). */
const duration = fc.double({ min: 0.001, max: 1e7, noNaN: true });

/**
 * Where the watch page starts for a link, as the player works it out: the
 * link's time, else nothing, clamped by the store to the episode.
 */
function startFor(search: string, hash: string, episodeDuration: number): number {
  const fromLink = startTimeFromLocation(search, hash);
  const store = createPlayerStore(
    { chapters: [], duration: episodeDuration, streamUrl: 'https://media.test/stream.m3u8', loadHls: () => Promise.reject(new Error('unused')) },
    fromLink === undefined ? undefined : { time: Math.min(fromLink, episodeDuration), resumed: false },
  );
  return store.getState().currentTime;
}

describe('a start time from any link', () => {
  it('parseStartTime and parseStartFromHash never throw, and give nothing or a finite time ≥ 0', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, timeLike), (raw) => {
        for (const seconds of [parseStartTime(raw), parseStartFromHash(raw), parseStartFromHash(`#t=${raw}`)]) {
          if (seconds !== undefined) {
            expect(Number.isFinite(seconds)).toBe(true);
            expect(seconds).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the page starts within [0, duration] whatever the query and fragment say', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, timeLike), fc.oneof(anyString, timeLike), duration, (query, fragment, length) => {
        for (const [search, hash] of [
          [query, fragment],
          [`?t=${query}`, `#t=${fragment}`],
          [`?t=${encodeURIComponentSafely(query)}`, `#t=npt:${fragment}`],
        ] as const) {
          const start = startFor(search, hash, length);
          expect(start).toBeGreaterThanOrEqual(0);
          expect(start).toBeLessThanOrEqual(length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads real addresses the browser has normalised, whatever was typed after the path', () => {
    fc.assert(
      fc.property(anyString, duration, (typed, length) => {
        const url = new URL(`https://rawkode.academy/watch/x${typed}`);
        const start = startFor(url.search, url.hash, length);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(start).toBeLessThanOrEqual(length);
      }),
      { numRuns: 300 },
    );
  });

  it('clamps a time past the end to the end, and never goes past it', () => {
    expect(startFor('?t=99999999', '', 4453)).toBeLessThanOrEqual(4453);
    expect(startFor('?t=1h14m14s', '', 4453)).toBeLessThanOrEqual(4453);
    expect(startFor(`?t=${Number.MAX_SAFE_INTEGER}`, '', 0.5)).toBeLessThanOrEqual(0.5);
    expect(startFor('', '#t=npt:9999999,1', 60)).toBeLessThanOrEqual(60);
  });
});

describe('links the player writes, from any address and any number', () => {
  it('shareUrl never throws for a web address and always carries a whole t within [0, the time asked]', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https'] }),
        anyNumber,
        (address, seconds) => {
          const shared = new URL(shareUrl(address, seconds));
          const t = Number(shared.searchParams.get('t'));
          expect(shared.searchParams.get('t')).toMatch(/^\d+$/);
          expect(Number.isSafeInteger(t)).toBe(true);
          if (Number.isFinite(seconds) && seconds >= 0) expect(t).toBeLessThanOrEqual(seconds);
          else expect(t).toBe(0);
          expect(shared.hash).toBe('');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('withStartTime never throws for any string, and the address it gives opens at a whole second', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, fc.webUrl({ withQueryParameters: true, withFragments: true })), anyNumber, (href, seconds) => {
        const result = withStartTime(href, seconds);
        expect(typeof result).toBe('string');
        // When it could make an address of it, that address starts the page at t.
        let url: URL | undefined;
        try {
          url = new URL(result, 'https://rawkode.academy/');
        } catch {
          return; // left as it was: nothing better to do with it
        }
        const t = url.searchParams.get('t');
        if (result === href && t === null) return;
        expect(t).toMatch(/^\d+$/);
        const expected = Number.isFinite(seconds) ? Math.max(0, Math.min(Math.floor(seconds), Number.MAX_SAFE_INTEGER)) : 0;
        expect(Number(t)).toBe(expected);
        expect(startTimeFromLocation(url.search, url.hash)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('a chapter link never throws and stays on the site', () => {
    fc.assert(
      fc.property(anyString, anyNumber, (slug, start) => {
        const href = chapterLinkHref(slug, start);
        expect(href.startsWith('/watch/')).toBe(true);
        const url = new URL(href, 'https://rawkode.academy/');
        expect(url.origin).toBe('https://rawkode.academy');
        expect(url.searchParams.get('t')).toMatch(/^\d+$/);
      }),
      { numRuns: 300 },
    );
  });

  it('whatever the link, the clock a viewer first sees names a second inside the episode, the one the player starts at', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, timeLike), fc.oneof(anyString, timeLike), duration, (query, fragment, length) => {
        const start = startFor(`?t=${encodeURIComponentSafely(query)}`, `#t=${fragment}`, length);
        // What the controls show as the page opens: `46:47 / 1:14:13`.
        const shownPosition = formatTime(Math.floor(start));
        const shownLength = formatTime(length);
        expect(shownPosition).toMatch(/^\d+:\d{2}(:\d{2})?$/);
        // Read back as a viewer would type it into a link, it is the second the player is at,
        // and never later than the episode's length beside it.
        expect(parseStartTime(shownPosition)).toBe(Math.floor(start));
        expect(parseStartTime(shownPosition)).toBeLessThanOrEqual(parseStartTime(shownLength) ?? Number.NaN);
      }),
      { numRuns: 300 },
    );
    // The clock for links that do move the start: one past the end opens just short of it
    // (the last half second, which the media can still seek to), and a media fragment.
    expect(formatTime(Math.floor(startFor('?t=99999999', '', 4453)))).toBe('1:14:12');
    expect(formatTime(Math.floor(startFor('?t=%F0%9F%92%A5', '#t=npt:46:47,48:08', 4453)))).toBe('46:47');
  });
});

/** encodeURIComponent throws on a lone surrogate; a link carrying one is simply malformed. */
function encodeURIComponentSafely(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}
