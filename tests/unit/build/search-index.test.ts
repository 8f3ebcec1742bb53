// @vitest-environment jsdom
// The page the moment search indexes for each episode: its text exactly as
// written (never markup), each chapter and each paragraph of the transcript
// (as the watch page shows it) a heading whose id carries the second it starts at.
import { describe, expect, it } from 'vitest';
import type { Episode } from '@/content/schema';
import { secondOfAnchor } from '@/content/moment-anchor';
import { episodeSearchPage } from '@/build/search-index';
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

  it('puts the transcript under its chapters, a paragraph per half minute or so, each at its first cue’s second', () => {
    const transcript = transcriptSections([...cues(0, 60), ...cues(60, 150), ...cues(2807, 2830)], episode);
    const page = parse(episodeSearchPage({ episode, technologyNames: [], transcript }).content);
    const found = parts(page);
    expect(found.map(({ level, second }) => `${level}@${second}`)).toEqual(['h3@0', 'h2@60', 'h3@60', 'h3@120', 'h2@2807', 'h3@2807']);
    expect(found[2]!.text).toMatch(/^said at 60 said at 65 .* said at 115$/);
    // Speech weighs less than titles: a word said in passing says less about the episode.
    expect(page.querySelector('h3')?.getAttribute('data-pagefind-weight')).toBe('1');
    expect([...page.querySelectorAll('h3')].every((h3) => h3.querySelector('*') === null)).toBe(true);
  });

  it('keeps a cue that spells markup as words', () => {
    const transcript = transcriptSections([{ start: 3000, end: 3004, text: HOSTILE }], episode);
    const page = parse(episodeSearchPage({ episode, technologyNames: [], transcript }).content);
    expect(page.querySelectorAll('script, img')).toHaveLength(0);
    expect(parts(page).at(-1)).toEqual({ level: 'h3', second: 3000, text: HOSTILE });
  });
});
