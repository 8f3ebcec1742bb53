// Links to a moment: what "Copy link", chapter links and the address bar hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chapterLinkHref, shareUrl, withStartTime } from '@/player/core/share-url';
import { startTimeFromLocation } from '@/player/core/time';

describe('shareUrl', () => {
  it('links to the watch page at the current whole second', () => {
    expect(shareUrl('https://rawkode.academy/watch/introducing-apko-and-melange', 2807.9)).toBe(
      'https://rawkode.academy/watch/introducing-apko-and-melange?t=2807',
    );
  });

  it('replaces an older start time, in the query or the hash', () => {
    expect(shareUrl('https://rawkode.academy/watch/x?t=10#t=20', 300)).toBe(
      'https://rawkode.academy/watch/x?t=300',
    );
  });

  it('drops other query parameters and credentials for a clean link', () => {
    expect(shareUrl('http://me:secret@localhost:5173/watch/x?utm_source=feed&t=5', 42)).toBe(
      'http://localhost:5173/watch/x?t=42',
    );
  });

  it('accepts a URL object', () => {
    expect(shareUrl(new URL('https://rawkode.academy/watch/x'), 0)).toBe('https://rawkode.academy/watch/x?t=0');
  });

  it('never shares a negative or broken time', () => {
    expect(shareUrl('https://rawkode.academy/watch/x', -5)).toBe('https://rawkode.academy/watch/x?t=0');
    expect(shareUrl('https://rawkode.academy/watch/x', Number.NaN)).toBe('https://rawkode.academy/watch/x?t=0');
  });
});

describe('chapterLinkHref', () => {
  it('links to the chapter start on the watch page', () => {
    expect(chapterLinkHref('introducing-apko-and-melange', 2807)).toBe('/watch/introducing-apko-and-melange?t=2807');
  });

  it('encodes a slug that is not URL-safe', () => {
    expect(chapterLinkHref('a b/c?d', 5)).toBe('/watch/a%20b%2Fc%3Fd?t=5');
  });
});

describe('withStartTime', () => {
  it('sets t and keeps the rest of the address', () => {
    expect(withStartTime('https://rawkode.academy/watch/x?list=abc', 95)).toBe(
      'https://rawkode.academy/watch/x?list=abc&t=95',
    );
  });

  it('replaces an existing t', () => {
    expect(withStartTime('https://rawkode.academy/watch/x?t=10', 95)).toBe('https://rawkode.academy/watch/x?t=95');
  });

  it('removes a hash start time but keeps other hash parameters', () => {
    expect(withStartTime('https://rawkode.academy/watch/x#t=20', 95)).toBe('https://rawkode.academy/watch/x?t=95');
    expect(withStartTime('https://rawkode.academy/watch/x#foo=1&t=20', 95)).toBe(
      'https://rawkode.academy/watch/x?t=95#foo=1',
    );
    expect(withStartTime('https://rawkode.academy/watch/x#chapters', 95)).toBe(
      'https://rawkode.academy/watch/x?t=95#chapters',
    );
  });

  it('keeps a relative address relative', () => {
    expect(withStartTime('/watch/x?t=1#t=2', 95)).toBe('/watch/x?t=95');
  });

  it('writes whole seconds', () => {
    expect(withStartTime('https://rawkode.academy/watch/x', 95.6)).toBe('https://rawkode.academy/watch/x?t=95');
  });
});

describe('properties', () => {
  it('a shared link always carries a whole, non-negative t that the watch page reads back', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (seconds) => {
        const url = new URL(shareUrl('https://rawkode.academy/watch/x?t=9#t=8', seconds));
        const t = Number(url.searchParams.get('t'));
        expect(Number.isInteger(t)).toBe(true);
        expect(t).toBe(Math.floor(seconds));
        expect(startTimeFromLocation(url.search, url.hash)).toBe(t);
      }),
    );
  });

  it('shareUrl never throws for any time', () => {
    fc.assert(
      fc.property(fc.double(), (seconds) => {
        const t = new URL(shareUrl('https://rawkode.academy/watch/x', seconds)).searchParams.get('t');
        expect(t).toMatch(/^\d+$/);
      }),
    );
  });

  it('withStartTime never throws and its t wins when the page is opened', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 1e6 }), (suffix, seconds) => {
        const href = withStartTime(`https://rawkode.academy/watch/x${suffix}`, seconds);
        const url = new URL(href);
        expect(startTimeFromLocation(url.search, url.hash)).toBe(seconds);
      }),
    );
  });
});
