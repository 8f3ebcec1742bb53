// Moments a search finds: Pagefind's excerpts read as text (never markup), and
// a hit's heading id read back into the second its link starts at.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLineStarts, encodeLineStarts, momentAnchorId, secondOfAnchor } from '@/content/moment-anchor';
import { decodeEntities, excerptParts, firstShownMatch, momentsOf, momentsOfResult, secondOfLine, type PagefindResultData } from '@/app/catalog/moments';
import { policyAllowsWasm } from '@/app/catalog/site-search';
import { momentQuery, wordAboutToCount } from '@/app/catalog/moment-search';

describe('an excerpt', () => {
  it('splits into plain and marked text', () => {
    expect(excerptParts('so now the <mark>signing</mark> <mark>keys</mark> for melange')).toEqual([
      { text: 'so now the ', marked: false },
      { text: 'signing', marked: true },
      { text: ' ', marked: false },
      { text: 'keys', marked: true },
      { text: ' for melange', marked: false },
    ]);
  });

  it('decodes character references, and keeps a bare ampersand as written', () => {
    expect(excerptParts('apko & &lt;b&gt;<mark>melange</mark>&lt;/b&gt; &amp;amp; &#39;x&#x27;')).toEqual([
      { text: 'apko & <b>', marked: false },
      { text: 'melange', marked: true },
      { text: "</b> &amp; 'x'", marked: false },
    ]);
  });

  it('gives text that spelled markup, never markup: an escaped </mark> or <script> is just words', () => {
    const parts = excerptParts('&lt;/mark&gt;&lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;img onerror=x&gt;</mark>');
    expect(parts).toEqual([
      { text: '</mark><script>alert(1)</script> ', marked: false },
      { text: '<img onerror=x>', marked: true },
    ]);
  });

  it('drops any other tag, and survives unbalanced or unclosed ones', () => {
    expect(excerptParts('<b>bold</b> <mark>open')).toEqual([
      { text: 'bold ', marked: false },
      { text: 'open', marked: true },
    ]);
    expect(excerptParts('a </mark> b <mark')).toEqual([{ text: 'a  b ', marked: false }]);
    expect(excerptParts('')).toEqual([]);
  });

  it('reads a reference to no character as U+FFFD, and an unknown name as written', () => {
    expect(decodeEntities('&#0; &#xD800; &#1114112; &bogus; &#65;')).toBe('\ufffd \ufffd \ufffd &bogus; A');
  });

  it('keeps every character of any text that Pagefind escaped', () => {
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (before, match, after) => {
        const parts = excerptParts(`${escape(before)}<mark>${escape(match)}</mark>${escape(after)}`);
        expect(parts.map((part) => part.text).join('')).toBe(before + match + after);
        expect(parts.filter((part) => part.marked).map((part) => part.text).join('')).toBe(match);
      }),
    );
  });
});

describe('an anchor id', () => {
  it('carries the whole second a moment starts at', () => {
    expect(momentAnchorId(2807.9)).toBe('t-2807');
    expect(secondOfAnchor('t-2807')).toBe(2807);
    expect(secondOfAnchor(momentAnchorId(0))).toBe(0);
  });

  it('names no moment when it is anything else', () => {
    for (const id of [undefined, '', 't-', 't-1e3', 't--5', 't-12.5', 'x-12', 't-99999999', 'T-12', 't-12 ']) {
      expect(secondOfAnchor(id)).toBeUndefined();
    }
  });

  it('round-trips every whole second', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999 }), (second) => {
        expect(secondOfAnchor(momentAnchorId(second))).toBe(second);
      }),
    );
  });
});

const result = (slug: string, subResults: PagefindResultData['sub_results'], title = `Episode ${slug}`): PagefindResultData => ({
  meta: { slug, title },
  sub_results: subResults,
});

describe('the moments of a result', () => {
  it('are the chapters and transcript lines that matched, not the episode’s own text', () => {
    const moments = momentsOfResult(
      result('signing', [
        { excerpt: '<mark>Keys</mark> for everyone', anchor: undefined },
        { excerpt: 'Melange Signing <mark>Keys</mark>', anchor: { element: 'h2', id: 't-2807' } },
        { excerpt: 'we make the <mark>keys</mark> now', anchor: { element: 'h3', id: 't-2812' } },
      ]),
    );
    expect(moments).toEqual([
      {
        slug: 'signing',
        episodeTitle: 'Episode signing',
        second: 2807,
        kind: 'chapter',
        excerpt: [
          { text: 'Melange Signing ', marked: false },
          { text: 'Keys', marked: true },
        ],
      },
      {
        slug: 'signing',
        episodeTitle: 'Episode signing',
        second: 2812,
        kind: 'transcript',
        excerpt: [
          { text: 'we make the ', marked: false },
          { text: 'keys', marked: true },
          { text: ' now', marked: false },
        ],
      },
    ]);
  });

  it('leave out parts with no mark, a foreign anchor, or a record that names no episode', () => {
    expect(momentsOfResult(result('a', [{ excerpt: 'nothing marked', anchor: { element: 'h2', id: 't-5' } }]))).toEqual([]);
    expect(momentsOfResult(result('a', [{ excerpt: '<mark>x</mark>', anchor: { element: 'h2', id: 'javascript:alert(1)' } }]))).toEqual([]);
    expect(momentsOfResult({ meta: { slug: '../../evil' }, sub_results: [{ excerpt: '<mark>x</mark>', anchor: { id: 't-1' } }] })).toEqual([]);
    expect(momentsOfResult({})).toEqual([]);
  });

  it('lists chapters before lines, a few from each episode, best episode first', () => {
    const line = (second: number) => ({ excerpt: '<mark>w</mark>', anchor: { element: 'h3', id: `t-${second}` } });
    const chapter = (second: number) => ({ excerpt: '<mark>w</mark>', anchor: { element: 'h2', id: `t-${second}` } });
    const moments = momentsOf([result('best', [line(50), line(10), chapter(40), line(70)]), result('next', [line(5)])], { perEpisode: 3, limit: 4 });
    expect(moments.map((moment) => `${moment.slug}@${moment.second}`)).toEqual(['best@40', 'best@10', 'best@50', 'next@5']);
    expect(momentsOf([result('a', [line(1), line(2)]), result('b', [line(3)])], { perEpisode: 2, limit: 2 })).toHaveLength(2);
  });

  it('counts an episode’s moments across its records (its transcript is indexed in stretches)', () => {
    const line = (second: number) => ({ excerpt: '<mark>w</mark>', anchor: { element: 'h3', id: `t-${second}` } });
    const moments = momentsOf([result('long', [line(10), line(20)]), result('long', [line(900), line(950)]), result('other', [line(5)])], {
      perEpisode: 3,
      limit: 12,
    });
    expect(moments.map((moment) => `${moment.slug}@${moment.second}`)).toEqual(['long@10', 'long@20', 'long@900', 'other@5']);
  });
});

describe('the line a transcript moment lands on', () => {
  // A record's words by place, as Pagefind counts them: a paragraph headed at 10 (t-100), whose
  // lines start at 13 (104 s) and 16 (109 s), then the next paragraph at 19 (t-130).
  // 10 alpha 11 beta 12 gamma. 13 delta 14 quokka 15 epsilon 16 zeta 17 eta 18 theta 19 iota
  const anchors = [
    { element: 'h3', id: 't-100', location: 10 },
    { element: 'h3', id: 't-130', location: 19 },
  ];
  const lines = [
    { word: 0, second: 90 },
    { word: 10, second: 100 },
    { word: 13, second: 104 },
    { word: 16, second: 109 },
    { word: 19, second: 130 },
    { word: 21, second: 135 },
  ];
  const paragraph = { element: 'h3', id: 't-100', location: 10 };

  it('is the line that says the first word the excerpt marks', () => {
    const part = { excerpt: 'gamma. delta <mark>quokka</mark> epsilon zeta', anchor: paragraph, locations: [14] };
    expect(secondOfLine(part, anchors, lines, 100)).toBe(104);
    const result: PagefindResultData = { meta: { slug: 's', title: 'S', lines: encodeLineStarts(lines) }, anchors, sub_results: [part] };
    expect(momentsOfResult(result).map((moment) => moment.second)).toEqual([104]);
  });

  it('follows the excerpt where it shows a later match than the paragraph’s first', () => {
    // Matches at 11, 16 and 17; Pagefind shows the densest run, 15–18.
    expect(firstShownMatch('epsilon <mark>zeta</mark> <mark>eta</mark> theta', [11, 16, 17], 10)).toBe(16);
    expect(secondOfLine({ excerpt: 'epsilon <mark>zeta</mark> <mark>eta</mark> theta', anchor: paragraph, locations: [17, 11, 16] }, anchors, lines, 100)).toBe(109);
    // An excerpt that starts on its first match.
    expect(firstShownMatch('<mark>beta</mark> gamma. delta', [11, 16], 10)).toBe(11);
  });

  it('is the paragraph’s own second for a match in its first line, or with no lines known', () => {
    expect(secondOfLine({ excerpt: '<mark>alpha</mark> beta', anchor: paragraph, locations: [10] }, anchors, lines, 100)).toBe(100);
    // A record written before its lines were listed.
    expect(secondOfLine({ excerpt: 'delta <mark>quokka</mark>', anchor: paragraph, locations: [14] }, anchors, [], 100)).toBe(100);
    expect(secondOfLine({ excerpt: 'no mark', anchor: paragraph }, anchors, lines, 100)).toBe(100);
  });

  it('trusts no lines that do not start the paragraph where Pagefind says its heading is', () => {
    const counted = lines.map((line) => ({ ...line, word: line.word + 1 }));
    expect(secondOfLine({ excerpt: 'delta <mark>quokka</mark>', anchor: paragraph, locations: [14] }, anchors, counted, 100)).toBe(100);
    // Nor a part with no place of its own.
    expect(secondOfLine({ excerpt: 'delta <mark>quokka</mark>', anchor: { element: 'h3', id: 't-100' }, locations: [14] }, anchors, lines, 100)).toBe(100);
  });

  it('never lands outside its part', () => {
    // A match in the next paragraph's words is not this part's.
    expect(secondOfLine({ excerpt: '<mark>iota</mark>', anchor: paragraph, locations: [19] }, anchors, lines, 100)).toBe(109);
  });

  it('reads the lines back as the build wrote them, and nothing else', () => {
    expect(decodeLineStarts(encodeLineStarts(lines))).toEqual(lines);
    expect(encodeLineStarts([{ word: 0, second: 2489 }, { word: 12, second: 2493 }, { word: 20, second: 2493 }])).toBe('0.2489 12.4 8.0');
    for (const text of [undefined, '', '1.2,3.4', '1.2  3.4', '-1.2', '1.2 x', '1.2.3', '1e3.2']) expect(decodeLineStarts(text)).toBeUndefined();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5000), fc.nat(600)), { minLength: 1, maxLength: 50 }), (steps) => {
        let word = 0;
        let second = 0;
        const drawn = steps.map(([words, seconds]) => ({ word: (word += words), second: (second += seconds) }));
        expect(decodeLineStarts(encodeLineStarts(drawn))).toEqual(drawn);
      }),
    );
  });
});

describe('whether the page may run the index’s WebAssembly', () => {
  it('follows script-src, else default-src, in every policy of the document', () => {
    expect(policyAllowsWasm([])).toBe(true);
    expect(policyAllowsWasm(["default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"])).toBe(true);
    expect(policyAllowsWasm(["default-src 'self'; script-src 'self'"])).toBe(false);
    expect(policyAllowsWasm(["default-src 'self'"])).toBe(false);
    expect(policyAllowsWasm(["img-src 'self'"])).toBe(true);
    expect(policyAllowsWasm(["script-src 'self' 'wasm-unsafe-eval'", "script-src 'self'"])).toBe(false);
  });
});

describe('what moments are searched for', () => {
  it('takes the words of three characters or more, as typed', () => {
    expect(momentQuery('si')).toBe('');
    expect(momentQuery('sig')).toBe('sig');
    expect(momentQuery('  signature w ')).toBe('signature');
    expect(momentQuery('signature wom')).toBe('signature wom');
    expect(momentQuery('q&a production')).toBe('q&a production');
    expect(momentQuery('a b c')).toBe('');
  });

  it('names the word one character short of counting, for its index chunks to load', () => {
    expect(wordAboutToCount('ku')).toBe('ku');
    expect(wordAboutToCount('signature wo')).toBe('wo');
    expect(wordAboutToCount('signature wo ')).toBe('');
    expect(wordAboutToCount('signature')).toBe('');
    expect(wordAboutToCount('k')).toBe('');
  });
});
