// `vite build` on content written to make it trip: titles and chapters of
// random Unicode (any code point, markup, quotes, line separators), a title of
// 10,000 characters, an episode of 1,000 chapters. The build accepts them, and
// every place the text lands gives it back exactly: the episode's own module,
// the WebVTT chapters file and the prerendered page's head.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prerenderPlugin } from '@/build/prerender-plugin';
import { decodeCharacterReferences, readableParagraphs } from '@/build/readable-text';
import type { Episode } from '@/content/schema';
import { lines, makeContentRoot, recordingLogger, viteConfig, type ContentRoot } from './support/content-fixtures';

/**
 * The random content changes every run (the seed is in every failure
 * message); `HOSTILE_SEED=<n>` replays one.
 */
const seed = Number(process.env.HOSTILE_SEED ?? Date.now() % 2 ** 31);
const RANDOM_EPISODES = 25;

/** Text as the schema keeps it: trimmed, and not empty once trimmed. */
const authoredText = (unit: 'binary' | 'grapheme', maxLength: number) =>
  fc.string({ unit, minLength: 1, maxLength }).filter((text) => text.trim() !== '');

/** Titles with what trips escaping most, mixed into random Unicode. */
const hostileText = fc.oneof(
  authoredText('binary', 80),
  authoredText('grapheme', 40),
  fc
    .array(
      fc.constantFrom(
        '</script>', '<!--', '-->', '<b>', '&amp;', '&', '"', "'", '`', '\\', '${x}', '\u2028', '\u2029', '\u0000',
        '\r\n', '\n\n', '\t', '\u200f', '\u202e', '\ufeff', '👩‍👩‍👧', 'é', 'e\u0301', '𝄞', '\ud800', '%00', '{{x}}',
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((parts) => `x${parts.join(' ')}x`),
);

interface RandomEpisode {
  slug: string;
  title: string;
  description: string;
  chapters: Array<{ startTime: number; title: string }>;
}

const randomEpisodes: RandomEpisode[] = fc
  .sample(
    fc.record({
      title: hostileText,
      description: hostileText,
      chapterTitles: fc.array(hostileText, { minLength: 1, maxLength: 6 }),
    }),
    { seed, numRuns: RANDOM_EPISODES },
  )
  .map(({ title, description, chapterTitles }, n) => ({
    slug: `random-${n}`,
    title,
    description,
    chapters: chapterTitles.map((chapterTitle, i) => ({ startTime: i * 60, title: chapterTitle })),
  }));

const LONG_TITLE = `${'A very long title, '.repeat(526)}the end`.slice(0, 10_000);
const THOUSAND = Array.from({ length: 1000 }, (_, i) => ({ startTime: i * 4, title: `Chapter ${i + 1} <${i}> & "more"` }));

/**
 * A YAML double-quoted string for any text. JSON's escapes are YAML's too; the
 * characters YAML may not hold raw (C0 and C1 controls, DEL, U+FFFE/FFFF, lone
 * surrogates) are written as escapes, as an author's editor would have to.
 */
function yamlString(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function episodeFile(slug: string, title: string, description: string, duration: number, chapters: Array<{ startTime: number; title: string }>) {
  return lines(
    '---',
    `slug: ${slug}`,
    `title: ${yamlString(title)}`,
    `description: ${yamlString(description)}`,
    'publishedAt: 2024-01-01T17:00:00.000Z',
    'videoId: f7rvx2rb04zl2vhgoltwedf5',
    `duration: ${duration}`,
    'chapters:',
    ...chapters.flatMap((chapter) => [`  - startTime: ${chapter.startTime}`, `    title: ${yamlString(chapter.title)}`]),
    '---',
  );
}

let site: ContentRoot;
let warnings: string[];

beforeAll(async () => {
  const files: Record<string, string> = {
    'episodes/long-title.md': episodeFile('long-title', LONG_TITLE, LONG_TITLE, 3600, [{ startTime: 0, title: LONG_TITLE }]),
    'episodes/thousand-chapters.md': episodeFile('thousand-chapters', 'A thousand chapters', 'Many.', 4000, THOUSAND),
  };
  for (const episode of randomEpisodes) {
    files[`episodes/random/${episode.slug}.md`] = episodeFile(episode.slug, episode.title, episode.description, 600, episode.chapters);
  }
  site = await makeContentRoot(files);
  // A shell with a head and an app root, as the prerendered pages start from.
  await writeFile(
    path.join(site.root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Rawkode Academy</title></head>' +
      '<body><div id="root"></div><script type="module" src="/main.js"></script></body></html>\n',
  );
  const logger = recordingLogger();
  const config = viteConfig(site, logger);
  await build({ ...config, plugins: [...(config.plugins ?? []), prerenderPlugin({ siteUrl: 'https://rawkode.academy', renderBodies: false })] });
  warnings = logger.warnings;
});
afterAll(() => site?.cleanUp());

/** Text as it reaches a file: a lone surrogate cannot be written in UTF-8 and becomes U+FFFD. */
const asWritten = (text: string) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/** jsdom's HTML parser (jsdom has no types of its own; this is all of it used here). */
type HtmlParser = new (html: string) => { window: Window };
const { JSDOM } = (await import(/* @vite-ignore */ 'jsdom' as string)) as { JSDOM: HtmlParser };

async function builtEpisode(slug: string): Promise<Episode> {
  const module = (await import(/* @vite-ignore */ pathToFileURL(path.join(site.outDir, 'episodes', `${slug}.js`)).href)) as { episode: Episode };
  return module.episode;
}

/** The cues of a WebVTT file: each one's timing line and its text, read back from entities. */
async function chapterCues(slug: string): Promise<Array<{ timing: string; text: string }>> {
  const vtt = await readFile(path.join(site.outDir, 'chapters', `${slug}.vtt`), 'utf8');
  expect(vtt.startsWith('WEBVTT\n\n')).toBe(true);
  return vtt
    .slice('WEBVTT\n\n'.length)
    .trimEnd()
    .split('\n\n')
    .map((cue) => {
      const cueLines = cue.split('\n');
      // One timing line and one line of text: a title can neither end the cue nor add a line.
      expect(cueLines).toHaveLength(2);
      const [timing = '', text = ''] = cueLines;
      // Cue text may hold neither a raw `<` or `&` (markup), nor `-->` (a timing line).
      expect(text).not.toMatch(/[<]|&(?!(?:amp|lt|gt);)|-->/);
      return { timing, text: text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') };
    });
}

/** The prerendered head, parsed as a browser would. */
async function prerenderedHead(slug: string) {
  const html = await readFile(path.join(site.outDir, 'watch', slug, 'index.html'), 'utf8');
  const { document } = new JSDOM(html).window;
  const jsonLd = document.querySelectorAll('script[type="application/ld+json"]');
  expect(jsonLd).toHaveLength(1);
  return {
    document,
    title: document.title,
    ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    ogDescription: document.querySelector('meta[property="og:description"]')?.getAttribute('content'),
    videoObject: JSON.parse(jsonLd[0]!.textContent ?? '') as { name: string; hasPart?: Array<{ name: string }> },
    scripts: [...document.querySelectorAll('script')].filter((script) => script.type !== 'application/ld+json'),
  };
}

/**
 * Text as an HTML parser gives it back from a page (any page, escaped or not):
 * line ends become \n, and a NUL becomes U+FFFD in an attribute and is dropped from text.
 */
const asParsed = (text: string, where: 'attribute' | 'text') =>
  asWritten(text).replace(/\r\n?/g, '\n').replace(/\0/g, where === 'attribute' ? '\ufffd' : '');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How a cue shows a title: on one line, runs of white space as one space. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe(`random Unicode front-matter (seed ${seed})`, () => {
  // The build publishes text as people read it (readable-text.ts): character references decoded, line breaks tidied.
  it('builds, and each episode module gives back the text as written, made readable', async () => {
    for (const episode of randomEpisodes) {
      const built = await builtEpisode(episode.slug);
      expect(built.title, `seed ${seed}, ${episode.slug}`).toBe(decodeCharacterReferences(episode.title.trim()));
      expect(built.description, `seed ${seed}, ${episode.slug}`).toBe(readableParagraphs(episode.description));
      expect(built.chapters, `seed ${seed}, ${episode.slug}`).toEqual(
        episode.chapters.map((c) => ({ ...c, title: decodeCharacterReferences(c.title.trim()) })),
      );
    }
  });

  it('writes chapter titles into WebVTT as escaped text, one cue per chapter', async () => {
    for (const episode of randomEpisodes) {
      const cues = await chapterCues(episode.slug);
      expect(cues.map((cue) => cue.text), `seed ${seed}, ${episode.slug}`).toEqual(
        episode.chapters.map((chapter) => asWritten(oneLine(decodeCharacterReferences(chapter.title)))),
      );
    }
  });

  it('puts titles into the prerendered head as text: no markup, no script, the same words back', async () => {
    for (const episode of randomEpisodes) {
      const head = await prerenderedHead(episode.slug);
      const published = decodeCharacterReferences(episode.title.trim());
      const title = asWritten(published);
      // JSON escapes even a lone surrogate, so the structured data keeps the title exactly.
      expect(head.videoObject.name, `seed ${seed}, ${episode.slug}`).toBe(published);
      expect(head.ogTitle, `seed ${seed}, ${episode.slug}`).toBe(asParsed(title, 'attribute'));
      // Only the built app's own scripts (the inline early script, then the app): nothing a title wrote.
      expect(head.scripts.map((script) => script.type || (script.textContent!.includes('video[data-slug] > source') ? 'early' : 'inline')), `seed ${seed}, ${episode.slug}`).toEqual(['early', 'module']);
      expect(head.document.querySelectorAll('b, img, iframe').length, `seed ${seed}, ${episode.slug}`).toBe(0);
    }
  });
});

describe('big content', () => {
  it('builds a 10,000-character title into the module, the chapters file and the head', async () => {
    expect(LONG_TITLE).toHaveLength(10_000);
    const built = await builtEpisode('long-title');
    expect(built.title).toBe(LONG_TITLE.trim());
    expect(built.chapters[0]?.title).toBe(LONG_TITLE.trim());
    const [cue] = await chapterCues('long-title');
    expect(cue?.text).toBe(LONG_TITLE.trim());
    const head = await prerenderedHead('long-title');
    expect(head.videoObject.name).toBe(LONG_TITLE.trim());
  });

  it('builds an episode of 1,000 chapters, in order, into the module and the chapters file', async () => {
    const built = await builtEpisode('thousand-chapters');
    expect(built.chapters).toEqual(THOUSAND);
    const cues = await chapterCues('thousand-chapters');
    expect(cues).toHaveLength(1000);
    expect(cues[0]).toEqual({ timing: '00:00:00.000 --> 00:00:04.000', text: 'Chapter 1 <0> & "more"' });
    expect(cues[999]).toEqual({ timing: '01:06:36.000 --> 01:06:40.000', text: 'Chapter 1000 <999> & "more"' });
    const head = await prerenderedHead('thousand-chapters');
    expect(head.videoObject.hasPart).toHaveLength(1000);
  });

  it('warns about none of it', () => {
    expect(warnings).toEqual([]);
  });
});

describe('hostile content the build must refuse', () => {
  it('names the file, line and field of a raw control character and of a title that is only white space', async () => {
    const refused = await makeContentRoot({
      // A raw BEL in a YAML file (an editor would have to write it as \a or \u0007).
      'episodes/control-character.md': episodeFile('control-character', 'Ring \u0007 the bell', 'x', 60, []),
      // Ideographic and no-break spaces are white space too: nothing to show.
      'episodes/blank-title.md': episodeFile('blank-title', '\u3000\u00a0\u2003', 'x', 60, [{ startTime: 0, title: '\u200a' }]),
    });
    // episodeFile escapes what YAML refuses; put the raw character back.
    const file = 'episodes/control-character.md';
    await writeFile(path.join(refused.contentDir, file), (await readFile(path.join(refused.contentDir, file), 'utf8')).replace('\\u0007', '\u0007'));
    try {
      const failure = await build(viteConfig(refused, recordingLogger())).then(
        () => new Error('the build should have failed'),
        (error: Error) => error,
      );
      const at = (relativePath: string) => path.join(refused.contentDir, relativePath);
      expect(failure.message).toMatch(new RegExp(`${escapeRegExp(at('episodes/control-character.md'))}:3:\\d+ YAML syntax error`));
      expect(failure.message).toContain(`${at('episodes/blank-title.md')}:3:8 title must not be empty`);
      expect(failure.message).toContain('chapters[0].title must not be empty');
    } finally {
      await refused.cleanUp();
    }
  });
});
