// @vitest-environment jsdom
// What the Share dialog builds: links, embed code and end times (product.md, Sharing).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedIframe } from '@/content/embed-code';
import { embedCode, embedUrl, readEndTime, shareLink } from '@/player/core/share-options';

const PAGE = 'https://rawkode.academy/watch/introducing-apko-and-melange';

describe('shareLink', () => {
  it('links at a start, or a clip with an end', () => {
    expect(shareLink(PAGE, { start: 2807 })).toBe(`${PAGE}?t=2807`);
    expect(shareLink(PAGE, { start: 2807, end: 2888 })).toBe(`${PAGE}?t=2807&end=2888`);
    expect(shareLink(PAGE, {})).toBe(PAGE);
  });

  it('starts a clip from the beginning at t=0', () => {
    expect(shareLink(PAGE, { end: 60 })).toBe(`${PAGE}?t=0&end=60`);
  });

  it('writes whole seconds, and leaves out an end that is not after the start', () => {
    expect(shareLink(PAGE, { start: 2807.9, end: 2888.4 })).toBe(`${PAGE}?t=2807&end=2888`);
    expect(shareLink(PAGE, { start: 2807, end: 2807.5 })).toBe(`${PAGE}?t=2807`);
    expect(shareLink(PAGE, { start: 2807, end: 100 })).toBe(`${PAGE}?t=2807`);
  });

  it('drops what the page address had: other parameters, the fragment, credentials', () => {
    expect(shareLink(`https://me:pw@rawkode.academy/watch/x?engine=hls.js&end=9#t=1,2`, { start: 5 })).toBe('https://rawkode.academy/watch/x?t=5');
  });
});

describe('embedUrl', () => {
  it('is the embed page on the same site, with the same start and end', () => {
    expect(embedUrl('https://rawkode.academy', 'introducing-apko-and-melange', { start: 2807, end: 2888 })).toBe(
      'https://rawkode.academy/embed/introducing-apko-and-melange?t=2807&end=2888',
    );
    expect(embedUrl('http://localhost:5173', 'x', {})).toBe('http://localhost:5173/embed/x');
  });
});

/** The code as a pasting site's browser reads it (an HTML parser; nothing in it runs). */
function parse(code: string) {
  document.body.innerHTML = code;
  return { children: document.body.children.length, iframes: [...document.querySelectorAll('iframe')] };
}

describe('embedCode', () => {
  it('is one iframe of the embed page: title, 16:9, the permissions the player uses, the shape oEmbed gives', () => {
    const code = embedCode({ origin: 'https://rawkode.academy', slug: 'x', title: 'Introducing apko & melange', range: { start: 2807 } });
    const { children, iframes } = parse(code);
    expect(children).toBe(1);
    expect(iframes).toHaveLength(1);
    const frame = iframes[0]!;
    expect(frame.getAttribute('src')).toBe('https://rawkode.academy/embed/x?t=2807');
    expect(frame.getAttribute('title')).toBe('Introducing apko & melange');
    expect(frame.getAttribute('allow')).toBe('fullscreen; picture-in-picture; clipboard-write');
    expect(Number(frame.getAttribute('width')) / Number(frame.getAttribute('height'))).toBeCloseTo(16 / 9, 2);
    expect(code).toContain('title="Introducing apko &amp; melange"');
    // The same frame the build's oEmbed responses hold, so that the two never drift apart.
    expect(code).toBe(embedIframe({ src: 'https://rawkode.academy/embed/x?t=2807', title: 'Introducing apko & melange' }));
  });

  it('keeps a hostile title as text: still one iframe, nothing else', () => {
    const title = `"></iframe><script>alert(1)</script><img src=x onerror='alert(2)'> & "quotes"`;
    const { children, iframes } = parse(embedCode({ origin: 'https://rawkode.academy', slug: 'x', title, range: {} }));
    expect(children).toBe(1);
    expect(iframes[0]!.getAttribute('title')).toBe(title);
  });

  it('any title comes back exactly, in one iframe', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const { children, iframes } = parse(embedCode({ origin: 'https://rawkode.academy', slug: 'x', title, range: {} }));
        expect(children).toBe(1);
        // HTML parsing turns CR and NUL into other characters, as it would for any attribute.
        expect(iframes[0]!.getAttribute('title')).toBe(title.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD'));
      }),
      // jsdom parses slowly (tens of ms a page): fewer runs than fast-check's default.
      { numRuns: 50 },
    );
  }, 20_000);
});

describe('readEndTime', () => {
  it('reads any start-time form', () => {
    expect(readEndTime('48:08', 2807, 4453)).toEqual({ end: 2888 });
    expect(readEndTime('48m8s', 2807, 4453)).toEqual({ end: 2888 });
    expect(readEndTime(' 2888 ', 2807, 4453)).toEqual({ end: 2888 });
  });

  it('clamps an end past the episode', () => {
    expect(readEndTime('2h', 2807, 4453)).toEqual({ end: 4453 });
  });

  it.each([
    ['banana', /not a time/i],
    ['', /type the time/i],
    ['-5', /not a time/i],
    ['1e309', /not a time/i],
    ['46:47', /after the start \(46:47\)/],
    ['40:00', /after the start/],
  ])('%j says why it cannot end the clip', (typed, why) => {
    const reading = readEndTime(typed, 2807, 4453);
    expect(reading.end).toBeUndefined();
    expect(reading.problem).toMatch(why);
  });
});
