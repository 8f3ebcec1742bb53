// @vitest-environment jsdom
// The page the moment search indexes for each episode: its text exactly as
// written (never markup), each chapter and each paragraph of the transcript
// (as the watch page shows it) a heading whose id carries the second it starts at.
import { describe, expect, it } from 'vitest';
import type { Episode } from '@/content/schema';
import { decodeLineStarts, LINES_META, secondOfAnchor } from '@/content/moment-anchor';
import { episodeSearchPage, searchPages, TRANSCRIPT_PAGE_WORDS, transcriptSearchPages } from '@/build/search-index';
import { transcriptSections } from '@/build/transcript-document';
import type { TranscriptCue } from '@/build/transcripts';

const HOSTILE = `</h2><script>window.__pwned=1</script><img src=x onerror="alert(1)"> & "quotes" 'too' <!--`;

const episode: Episode = {
  slug: 'signing-keys',
  title: `Signing ${HOSTILE}`,
  description: `About ${HOSTILE}`,
  subtitle: undefined,
  id: undefined,
  publishedAt: '2024-01-01T10:00:00.000Z',
  videoId: 'video-1',
  duration: 4453,
  show: 'rawkode-live',
  technologies: ['apko'],
  chapters: [
    { startTime: 60, title: HOSTILE },
    { startTime: 2807, title: 'Melange Signing Keys' },
    { startTime: 5000, title: 'Past the end' },
  ],
};

/** One cue every 5 s from `from` to `to`, saying which second it starts at. */
const cues = (from: number, to: number, speaker?: string): TranscriptCue[] =>
  Array.from({ length: Math.ceil((to - from) / 5) }, (_, i) => ({ start: from + i * 5, end: from + i * 5 + 5, text: `said at ${from + i * 5}`, speaker }));

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const parts = (document: Document) =>
  [...document.querySelectorAll('h2, h3')].map((heading) => ({ level: heading.localName, second: secondOfAnchor(heading.id), text: heading.textContent }));

describe("an episode's search page", () => {
  it('holds its title, show, technologies and description as text, and no element from content', () => {
    const { url, content } = episodeSearchPage({ episode, showName: `Show ${HOSTILE}`, technologyNames: ['apko', 'Melange & co'] });
    expect(url).toBe('/watch/signing-keys');
    const page = parse(content);
    expect(page.querySelector('h1')?.textContent).toBe(episode.title);
    expect(page.body.textContent).toContain(`Show ${HOSTILE}, apko, Melange & co`);
    expect(page.body.textContent).toContain(episode.description);
    expect(page.querySelectorAll('script, img')).toHaveLength(0);
    expect(page.querySelector('[data-pagefind-meta]')?.getAttribute('data-pagefind-meta')).toBe('slug:signing-keys');
  });

  it('heads each chapter that starts before the end with its title, at its second', () => {
    const page = parse(episodeSearchPage({ episode, technologyNames: [] }).content);
    expect(parts(page)).toEqual([
      { level: 'h2', second: 60, text: HOSTILE },
      { level: 'h2', second: 2807, text: 'Melange Signing Keys' },
    ]);
  });

  it('indexes the transcript apart, each paragraph a heading at its first cue’s second', () => {
    const transcript = transcriptSections([...cues(0, 60), ...cues(60, 150), ...cues(2807, 2830)], episode);
    const pages = searchPages({ episode, technologyNames: [], transcript });
    // The episode's own page holds no speech: reading it for a hit in its title costs no transcript.
    expect(parts(parse(pages[0]!.content)).map(({ level }) => level)).toEqual(['h2', 'h2']);
    expect(pages.slice(1).map((page) => page.url)).toEqual(['/watch/signing-keys?t=0']);
    const found = parts(parse(pages[1]!.content));
    expect(found.map(({ level, second }) => `${level}@${second}`)).toEqual(['h3@0', 'h3@60', 'h3@120', 'h3@2807']);
    expect(found[1]!.text).toMatch(/^said at 60 said at 65 .* said at 115$/);
    const first = parse(pages[1]!.content);
    // Speech weighs less than titles: a word said in passing says less about the episode.
    expect(first.querySelector('h3')?.getAttribute('data-pagefind-weight')).toBe('1');
    expect([...first.querySelectorAll('h3')].every((h3) => h3.querySelector('*') === null)).toBe(true);
    // The record's meta says where each line starts among its words (three words a line here), and at which second.
    const lines = decodeLineStarts(first.querySelector(`[data-pagefind-meta^="${LINES_META}:"]`)?.getAttribute('data-pagefind-meta')?.slice(LINES_META.length + 1));
    const said = (second: number) => transcript.flatMap((section) => section.paragraphs).flatMap((paragraph) => paragraph.text.split(' ')).indexOf(String(second)) - 2;
    expect(lines).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100, 105, 110, 115, 120, 125, 130, 135, 140, 145, 2807, 2812, 2817, 2822, 2827].map((second) => ({ word: said(second), second })));
    // Each record names its episode (its link and its title), outside the words indexed.
    expect(first.querySelector('[data-pagefind-meta^="slug:"]')?.getAttribute('data-pagefind-meta')).toBe('slug:signing-keys');
    expect(first.querySelector('[data-pagefind-meta="title"]')?.textContent).toBe(episode.title);
    expect(first.querySelectorAll('[data-pagefind-meta]:not([data-pagefind-ignore])')).toHaveLength(0);
  });

  it('cuts a long transcript into records of a quarter of an hour of speech or so, at paragraph ends', () => {
    // Six hours, a cue every 5 s of 3 words: about 13,000 words.
    const transcript = transcriptSections(cues(60, 21_600), { chapters: [{ startTime: 60, title: 'All of it' }], duration: 21_700 });
    const pages = transcriptSearchPages({ episode: { ...episode, duration: 21_700 }, technologyNames: [], transcript });
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const paragraphs = pages.map((page) => parts(parse(page.content)));
    for (const [index, page] of pages.entries()) {
      const words = paragraphs[index]!.map(({ text }) => text!.split(' ').length).reduce((a, b) => a + b, 0);
      expect(words).toBeLessThanOrEqual(TRANSCRIPT_PAGE_WORDS);
      expect(page.url).toBe(`/watch/signing-keys?t=${paragraphs[index]![0]!.second}`);
    }
    // Every paragraph once, in order.
    const seconds = paragraphs.flat().map(({ second }) => second!);
    expect(seconds).toEqual(transcript.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.start)));
  });

  it('keeps a cue that spells markup as words', () => {
    const transcript = transcriptSections([{ start: 3000, end: 3004, text: HOSTILE }, { start: 3000.5, end: 3005, text: HOSTILE }], episode);
    const [page] = transcriptSearchPages({ episode, technologyNames: [], transcript });
    const parsed = parse(page!.content);
    expect(parsed.querySelectorAll('script, img')).toHaveLength(0);
    expect(parts(parsed).at(-1)).toEqual({ level: 'h3', second: 3000, text: `${HOSTILE} ${HOSTILE}` });
    // Two lines in one second: a link to it lands on the first.
    expect(parsed.querySelector(`[data-pagefind-meta^="${LINES_META}:"]`)?.getAttribute('data-pagefind-meta')).toBe(`${LINES_META}:0.3000`);
  });
});
