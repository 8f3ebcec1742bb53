// Clip links (contract §2, product.md, Clips): reading a clip from an address, saying it, and taking it out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipFromLocation, clipWithin } from '@/player/core/clip';
import { clipDescription, clipLabel } from '@/player/core/clip-text';
import { withoutClipEnd } from '@/player/core/clip-address';
import { startTimeFromLocation } from '@/player/core/time';

const DURATION = 4453;
const clipOf = (address: string) => {
  const url = new URL(address, 'https://rawkode.academy/watch/x');
  return clipFromLocation(url.search, url.hash, DURATION);
};

describe('clipFromLocation', () => {
  it.each([
    ['?t=2807&end=2888'],
    ['?t=2807s&end=2888s'],
    ['?t=46m47s&end=48m8s'],
    ['?t=46:47&end=48:08'],
    ['?t=46:47&end=0:48:08'],
    ['#t=2807,2888'],
    ['#t=npt:2807,2888'],
    ['#t=46:47,48:08'],
    ['#foo=1&t=2807,2888'],
    // A query start that does not parse is ignored, so the fragment's clip applies.
    ['?t=soon&end=10#t=2807,2888'],
  ])('%s is the clip 2807–2888', (address) => {
    expect(clipOf(address)).toEqual({ start: 2807, end: 2888 });
  });

  it('takes the end beside the start that wins: the query over the fragment', () => {
    expect(clipOf('?t=100&end=200#t=2807,2888')).toEqual({ start: 100, end: 200 });
    // The query's start wins and has no end of its own: a plain start.
    expect(clipOf('?t=100#t=2807,2888')).toBeUndefined();
  });

  it('starts a `#t=,<end>` clip at 0', () => {
    expect(clipOf('#t=,20')).toEqual({ start: 0, end: 20 });
  });

  it.each([
    ['?t=2807&end=2807', 'at the start'],
    ['?t=2807&end=2000', 'before the start'],
    ['?t=2807&end=banana', 'not a time'],
    ['?t=2807&end=-5', 'negative'],
    ['?t=2807&end=NaN', 'NaN'],
    ['?t=2807&end=1e309', 'an exponent'],
    ['?t=2807&end=', 'empty'],
    ['?t=2807', 'absent'],
    ['?end=2888', 'without a start'],
    ['#t=2807,2000', 'a fragment before its start'],
    ['#t=2807,banana', 'a fragment end that does not parse'],
    ['#t=2807', 'a fragment without an end'],
    ['#t=%E0%A4%A,20', 'a malformed escape'],
  ])('%s (an end %s) is no clip', (address) => {
    expect(clipOf(address)).toBeUndefined();
  });

  it('clamps an end past the episode to its end', () => {
    expect(clipOf('?t=4440&end=99999')).toEqual({ start: 4440, end: DURATION });
    // A start at the end leaves nothing to clip.
    expect(clipOf('?t=99999&end=999999')).toBeUndefined();
  });

  it('keeps the end as written when the duration is not known', () => {
    expect(clipWithin(10, 20, Number.NaN)).toEqual({ start: 10, end: 20 });
    expect(clipWithin(10, 20, 0)).toEqual({ start: 10, end: 20 });
  });

  it('never throws, and any clip it reads starts where the page starts, within the episode', () => {
    const part = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789hms:.,-+eE%&=#t'.split('')) }));
    fc.assert(
      fc.property(part, part, part, (t, end, hash) => {
        const search = `?t=${encodeURIComponent(t)}&end=${encodeURIComponent(end)}`;
        const clip = clipFromLocation(search, `#${hash}`, DURATION);
        if (!clip) return;
        expect(clip.start).toBe(Math.min(startTimeFromLocation(search, `#${hash}`)!, DURATION));
        expect(clip.end).toBeGreaterThan(clip.start);
        expect(clip.end).toBeLessThanOrEqual(DURATION);
      }),
    );
  });
});

describe('what a clip says', () => {
  it('its status, with an en dash', () => {
    expect(clipLabel({ start: 2807, end: 2888 })).toBe('Clip 46:47–48:08');
    expect(clipLabel({ start: 4440, end: 4453 })).toBe('Clip 1:14:00–1:14:13');
  });

  it("the Seek slider's description", () => {
    expect(clipDescription({ start: 2807, end: 2888 })).toBe('Clip from 46:47 to 48:08');
  });
});

describe('withoutClipEnd', () => {
  it.each([
    ['https://rawkode.academy/watch/x?t=2807&end=2888', 'https://rawkode.academy/watch/x?t=2807'],
    ['https://rawkode.academy/watch/x?end=2888&t=2807&engine=hls.js', 'https://rawkode.academy/watch/x?t=2807&engine=hls.js'],
    ['https://rawkode.academy/watch/x#t=2807,2888', 'https://rawkode.academy/watch/x#t=2807'],
    ['https://rawkode.academy/watch/x#t=npt:2807,2888', 'https://rawkode.academy/watch/x#t=npt:2807'],
    ['https://rawkode.academy/watch/x#t=2807%2C2888', 'https://rawkode.academy/watch/x#t=2807'],
    ['https://rawkode.academy/watch/x#foo=1&t=2807,2888', 'https://rawkode.academy/watch/x#foo=1&t=2807'],
    ['https://rawkode.academy/watch/x#t=,20', 'https://rawkode.academy/watch/x'],
    ['https://rawkode.academy/watch/x?t=5', 'https://rawkode.academy/watch/x?t=5'],
  ])('%s → %s', (before, after) => {
    expect(withoutClipEnd(before)).toBe(after);
  });

  it('leaves an address it cannot read as it was', () => {
    expect(withoutClipEnd('not a url')).toBe('not a url');
  });

  it('leaves no clip behind, and the same start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 1, max: 400 }), fc.boolean(), (start, length, inHash) => {
        const address = inHash ? `https://a.test/watch/x#t=${start},${start + length}` : `https://a.test/watch/x?t=${start}&end=${start + length}`;
        const url = new URL(withoutClipEnd(address));
        expect(clipFromLocation(url.search, url.hash, DURATION)).toBeUndefined();
        expect(startTimeFromLocation(url.search, url.hash)).toBe(start);
      }),
    );
  });
});
