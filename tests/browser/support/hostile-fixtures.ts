// Content written to trip the watch page: an episode of 1,000 chapters, a
// title of 10,000 characters, titles of random Unicode. Written next to the
// other fixtures by the global setup; every episode plays the seed's video.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { SEED } from './fixtures';

/** Markup, entities, bidi controls, emoji sequences, combining marks: text that must show as written. */
const TRICKY = [
  '<img src=x onerror="window.__pwned=5">',
  '</script><script>window.__pwned=6</script>',
  '&amp; &lt;b&gt;',
  '"quoted" \'single\' `back`',
  '\u202eevil\u202c reversed',
  'שלום עולם',
  'مرحبا بالعالم',
  '👩‍👩‍👧‍👦 family',
  'e\u0301te\u0301',
  '𝄞 music',
  '${window.__pwned=7}',
  '{{constructor.constructor("window.__pwned=8")()}}',
];

/**
 * How the page shows a tricky text: the build decodes real character
 * references (src/build/readable-text.ts), and what they stand for stays text.
 */
const asShown = (text: string) => text.replace('&amp; &lt;b&gt;', '& <b>');

/** Every chapter's title as written, in order: mostly plain, every seventh tricky. */
const thousandTitles = Array.from({ length: 1000 }, (_, i) => (i % 7 === 3 ? `${i + 1}. ${TRICKY[i % TRICKY.length]}` : `Chapter ${i + 1}`));

export const THOUSAND_CHAPTERS = {
  slug: 'hostile-thousand-chapters',
  count: 1000,
  spacing: 4,
  /** Every chapter's title, in order, as the page shows it. */
  titles: thousandTitles.map(asShown),
};

/** 10,000 characters: words, and one unbroken run a line cannot break at a space. */
const longTitle = `${'x'.repeat(400)} ${'Kubernetes operators all the way down, '.repeat(300)}`.slice(0, 10_000).trimEnd();
export const LONG_TITLE = { slug: 'hostile-long-title', title: longTitle.length === 10_000 ? longTitle : `${longTitle}${'y'.repeat(10_000 - longTitle.length)}` };

/**
 * Titles of random Unicode, the same every run (a fixed seed), without what a
 * UTF-8 file cannot hold (lone surrogates: the build tests cover those).
 */
const unicodeText = fc.string({ unit: 'grapheme', minLength: 3, maxLength: 60 }).filter((text) => text.trim().length > 0);
const [unicodeTitle = 'fallback', ...unicodeChapterTitles] = fc.sample(unicodeText, { seed: 20251127, numRuns: 9 });
export const UNICODE_TITLES = {
  slug: 'hostile-unicode-titles',
  /** As the page shows them: the schema trims titles. */
  title: unicodeTitle.trim(),
  chapterTitles: [...unicodeChapterTitles, ...TRICKY].map((title) => asShown(title.trim())),
  spacing: 60,
};

/** A YAML double-quoted string: JSON's escapes are YAML's, and YAML may not hold C1 controls raw. */
const yamlString = (text: string) =>
  JSON.stringify(text).replace(/[\u007f-\u009f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function episodeFile(slug: string, title: string, chapters: readonly string[], spacing: number): string {
  return [
    '---',
    `slug: ${slug}`,
    `title: ${yamlString(title)}`,
    'publishedAt: 2023-06-01T10:00:00.000Z',
    `videoId: ${SEED.videoId}`,
    `duration: ${SEED.duration}`,
    'chapters:',
    ...chapters.flatMap((chapter, i) => [`  - startTime: ${i * spacing}`, `    title: ${yamlString(chapter)}`]),
    '---',
    '',
  ].join('\n');
}

export async function writeHostileFixtures(contentDir: string): Promise<void> {
  const folder = path.join(contentDir, 'episodes', 'hostile');
  await mkdir(folder, { recursive: true });
  const files = {
    [THOUSAND_CHAPTERS.slug]: episodeFile(THOUSAND_CHAPTERS.slug, 'A thousand chapters', thousandTitles, THOUSAND_CHAPTERS.spacing),
    [LONG_TITLE.slug]: episodeFile(LONG_TITLE.slug, LONG_TITLE.title, [LONG_TITLE.title, 'After the long one'], 600),
    [UNICODE_TITLES.slug]: episodeFile(UNICODE_TITLES.slug, unicodeTitle, [...unicodeChapterTitles, ...TRICKY], UNICODE_TITLES.spacing),
  };
  await Promise.all(Object.entries(files).map(([slug, text]) => writeFile(path.join(folder, `${slug}.md`), text)));
}

/** The episodes this file adds to the shared build (the catalog and sitemap totals count them). */
export const HOSTILE_EPISODE_COUNT = 3;
