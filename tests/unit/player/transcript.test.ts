// @vitest-environment jsdom
// The transcript's pure logic: a parsed cue read as text, the line being spoken, search.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cueWords,
  plainCueWords,
  findInTranscript,
  groupByLine,
  markedParts,
  matchSummary,
  spokenLineIndex,
  transcriptSections,
  type TranscriptLine,
} from '@/player/core/transcript';

/** A fragment shaped as Chromium's VTTCue.getCueAsHTML() gives it, built node by node (never parsed as HTML). */
function fragment(...parts: Array<Node | string>): DocumentFragment {
  const result = document.createDocumentFragment();
  result.append(...parts);
  return result;
}
function element(name: string, attributes: Record<string, string>, ...children: Array<Node | string>): Element {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

describe('cueWords', () => {
  it('gives the voice tag’s name as the speaker and the words without tags', () => {
    const cue = fragment(element('span', { title: 'Ariadne' }, 'Hello & welcome'), ' to ', element('b', {}, 'apko'));
    expect(cueWords(cue)).toEqual({ speaker: 'Ariadne', words: 'Hello & welcome to apko' });
  });

  it('keeps text that looks like markup as text', () => {
    const cue = fragment('<img src=x onerror=alert(1)>');
    expect(cueWords(cue)).toEqual({ words: '<img src=x onerror=alert(1)>' });
  });

  it('reads line breaks as spaces and skips timestamps', () => {
    const cue = fragment('first line\nsecond ', document.createProcessingInstruction('timestamp', '00:00:03.000'), 'timed ', element('span', { class: 'loud' }, 'classy'));
    expect(cueWords(cue)).toEqual({ words: 'first line second timed classy' });
  });

  it('credits a cue with two voices to the first', () => {
    const cue = fragment(element('span', { title: 'Bob Smith', class: 'loud' }, 'Hi'), ' ', element('span', { title: 'Ariadne' }, 'Hello'));
    expect(cueWords(cue)).toEqual({ speaker: 'Bob Smith', words: 'Hi Hello' });
  });
});

const line = (start: number, end: number, words = `at ${start}`): TranscriptLine => ({ start, end, words });

describe('spokenLineIndex', () => {
  const lines = [line(1, 3), line(3, 5), line(6, 20), line(8, 9), line(21, 22)];

  it('is the line whose time it is', () => {
    expect(spokenLineIndex(lines, 1)).toBe(0);
    expect(spokenLineIndex(lines, 2.7)).toBe(0);
    expect(spokenLineIndex(lines, 3)).toBe(1);
    expect(spokenLineIndex(lines, 21.5)).toBe(4);
  });

  it('is none before the first line and in a silence', () => {
    expect(spokenLineIndex(lines, 0)).toBe(-1);
    expect(spokenLineIndex(lines, 5.5)).toBe(-1);
    expect(spokenLineIndex(lines, 30)).toBe(-1);
    expect(spokenLineIndex([], 3)).toBe(-1);
    expect(spokenLineIndex(lines, Number.NaN)).toBe(-1);
  });

  it('counts a seek that lands a hair early as the line asked for', () => {
    expect(spokenLineIndex(lines, 2.9999)).toBe(1);
  });

  it('of overlapping lines, is the latest started that has not ended', () => {
    expect(spokenLineIndex(lines, 8.5)).toBe(3);
    expect(spokenLineIndex(lines, 10)).toBe(2);
  });

  it('agrees with a scan of every line', () => {
    const sorted = fc.array(fc.tuple(fc.nat(500), fc.integer({ min: 1, max: 30 })), { maxLength: 40 }).map((pairs) =>
      pairs.map(([start, length]) => line(start, start + length)).sort((a, b) => a.start - b.start),
    );
    fc.assert(
      fc.property(sorted, fc.double({ min: 0, max: 600, noNaN: true }), (all, time) => {
        const index = spokenLineIndex(all, time);
        if (index === -1) return;
        // The one found has started (give or take the tolerance) and not ended; no later-started line is running.
        expect(all[index]!.start).toBeLessThanOrEqual(time + 0.25);
        expect(time).toBeLessThan(all[index]!.end);
        for (let i = index + 1; i < all.length && all[i]!.start <= time + 0.25; i++) expect(time).toBeGreaterThanOrEqual(all[i]!.end);
      }),
    );
  });
});

describe('transcriptSections', () => {
  it('puts each line under the chapter it starts in; lines before a late first chapter under none', () => {
    const lines = [line(0, 2), line(5, 8), line(12, 14), line(30, 31)];
    const sections = transcriptSections(lines, [
      { startTime: 4, title: 'First' },
      { startTime: 20, title: 'Second' },
    ]);
    expect(sections.map((s) => [s.chapter?.title, s.firstLine, s.lines.length])).toEqual([
      [undefined, 0, 1],
      ['First', 1, 2],
      ['Second', 3, 1],
    ]);
  });
});

describe('findInTranscript', () => {
  const lines = [line(0, 1, 'Melange signs packages'), line(1, 2, 'apko and MELANGE, melange again'), line(2, 3, 'price: $5.*[( (really)')];

  it('finds every occurrence, case-insensitive, in reading order', () => {
    expect(findInTranscript(lines, 'melange')).toEqual([
      { line: 0, from: 0, to: 7 },
      { line: 1, from: 9, to: 16 },
      { line: 1, from: 18, to: 25 },
    ]);
  });

  it('takes the query as literal text', () => {
    expect(findInTranscript(lines, '.*[(')).toEqual([{ line: 2, from: 9, to: 13 }]);
    expect(findInTranscript(lines, '$5')).toHaveLength(1);
    expect(findInTranscript(lines, 'a|p')).toEqual([]);
  });

  it('matches nothing for an empty query and never throws, whatever the query', () => {
    expect(findInTranscript(lines, '')).toEqual([]);
    expect(findInTranscript(lines, '   ')).toEqual([]);
    expect(findInTranscript(lines, 'x'.repeat(5000))).toEqual([]);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (query) => void findInTranscript(lines, query)));
  });
});

describe('matchSummary', () => {
  it('says how many, and which one the viewer is on', () => {
    expect(matchSummary(0, undefined)).toBe('No matches');
    expect(matchSummary(1, undefined)).toBe('1 match');
    expect(matchSummary(3, undefined)).toBe('3 matches');
    expect(matchSummary(3, 1)).toBe('2 of 3 matches');
  });
});

describe('markedParts', () => {
  it('cuts the words at the matches, keeping every character', () => {
    const words = 'apko and MELANGE, melange';
    const parts = markedParts(words, findInTranscript([line(0, 1, words)], 'melange'));
    expect(parts).toEqual([{ text: 'apko and ' }, { text: 'MELANGE', match: 0 }, { text: ', ' }, { text: 'melange', match: 1 }]);
    expect(parts.map((p) => p.text).join('')).toBe(words);
  });
});

describe('plainCueWords', () => {
  it('reads a cue without tags or references as its text, line breaks as spaces', () => {
    expect(plainCueWords('first line\nsecond  line ')).toEqual({ words: 'first line second line' });
  });
});

describe('groupByLine', () => {
  it('gives each line its matches and the index of its first among all', () => {
    const lines = [line(0, 1, 'a b a'), line(1, 2, 'none'), line(2, 3, 'a')];
    const byLine = groupByLine(findInTranscript(lines, 'a'));
    expect([...byLine.entries()].map(([index, { first, ranges }]) => [index, first, ranges.length])).toEqual([
      [0, 0, 2],
      [2, 2, 1],
    ]);
  });
});
