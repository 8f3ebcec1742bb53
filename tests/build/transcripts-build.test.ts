// `vite build` with captions in the site's public folder (the local mirror's layout): the watch
// page carries the transcript after the app's root, under chapter headings, each paragraph a
// `?t=` link, with hostile cue text as text; every episode gets its Markdown; a captions file that
// is not WebVTT costs one warning and nothing else.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prerenderPlugin } from '@/build/prerender-plugin';
import { buildTranscripts, type Transcripts } from '@/build/build-transcripts';
import { episodeMarkdown as episodeFile, makeContentRoot, recordingLogger, viteConfig, type ContentRoot } from './support/content-fixtures';

const SITE_URL = 'https://rawkode.academy';
const HOSTILE_CUE = '&lt;img src=x onerror=alert(1)&gt; &amp; &lt;/section&gt;&lt;script&gt;alert(2)&lt;/script&gt;';

/** jsdom's HTML parser (jsdom has no types of its own; this is all of it used here). */
type HtmlParser = new (html: string) => { window: Window };

let site: ContentRoot;
let warnings: string[];
/** What another plugin got when it asked for the build's transcripts. */
let askedAgain: Transcripts | undefined;

const captions = [
  'WEBVTT',
  '',
  '00:00:02.000 --> 00:00:05.000',
  '<v Sample Narrator>Before the first chapter.</v>',
  '',
  '00:01:00.000 --> 00:01:03.000',
  'Sample caption in the second chapter.',
  '',
  '00:01:03.500 --> 00:01:06.000',
  HOSTILE_CUE,
  '',
  '00:05:00.000 --> 00:05:04.000',
  '<v Sample Narrator>In the third, <i>later</i>.',
  '',
].join('\n');

beforeAll(async () => {
  site = await makeContentRoot({
    'episodes/with-captions.md': episodeFile({
      slug: 'with-captions',
      title: 'With *captions* & [more](x)',
      videoId: 'video-good',
      duration: 600,
      description: 'An episode with a transcript.',
      chapters: [
        { startTime: 30, title: '<Untitled Chapter 1>' },
        { startTime: 60, title: 'Second & "more"' },
        { startTime: 299, title: 'Third' },
      ],
    }),
    'episodes/garbage-captions.md': episodeFile({ slug: 'garbage-captions', videoId: 'video-garbage', publishedAt: '2024-01-02T17:00:00.000Z' }),
    'episodes/no-captions.md': episodeFile({ slug: 'no-captions', videoId: 'video-none', publishedAt: '2024-01-03T17:00:00.000Z' }),
  });
  await writeFile(
    path.join(site.root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Rawkode Academy</title></head>' +
      '<body><div id="root"></div><script type="module" src="/main.js"></script></body></html>\n',
  );
  const captionsFile = async (videoId: string, text: string) => {
    const folder = path.join(site.root, 'public', 'media', 'videos', videoId, 'captions');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'en.vtt'), text);
  };
  await captionsFile('video-good', captions);
  await captionsFile('video-garbage', '<!doctype html><title>Not captions</title>');

  const logger = recordingLogger();
  const config = viteConfig(site, logger);
  let resolved: ResolvedConfig;
  const anotherReader: Plugin = {
    name: 'test:another-transcript-reader',
    apply: 'build',
    configResolved(value) {
      resolved = value;
    },
    async closeBundle() {
      askedAgain = await buildTranscripts(resolved);
    },
  };
  const saved = process.env.VITE_MEDIA_BASE_URL;
  process.env.VITE_MEDIA_BASE_URL = '/media';
  try {
    await build({
      ...config,
      plugins: [...(config.plugins ?? []), prerenderPlugin({ siteUrl: SITE_URL, renderBodies: false, transcripts: true }), anotherReader],
    });
  } finally {
    if (saved === undefined) delete process.env.VITE_MEDIA_BASE_URL;
    else process.env.VITE_MEDIA_BASE_URL = saved;
  }
  warnings = logger.warnings;
});
afterAll(() => site?.cleanUp());

const page = async (slug: string) => {
  const { JSDOM } = (await import(/* @vite-ignore */ 'jsdom' as string)) as { JSDOM: HtmlParser };
  return new JSDOM(await readFile(path.join(site.outDir, 'watch', slug, 'index.html'), 'utf8')).window.document;
};

describe('the watch page of an episode with captions', () => {
  it('holds the transcript after the app’s root, under chapter headings, each paragraph a ?t= link', async () => {
    const document = await page('with-captions');
    const section = document.querySelector('#root + section.transcript-document[data-transcript-document]')!;
    expect(section).not.toBeNull();
    expect(section.querySelector('h2')!.textContent).toBe('Transcript');
    expect([...section.querySelectorAll('h3')].map((heading) => [heading.id, heading.textContent])).toEqual([
      ['chapter-60', 'Second & "more"'],
      ['chapter-299', 'Third'],
    ]);
    const paragraphs = [...section.querySelectorAll('p > a')].map((link) => [link.getAttribute('href'), link.textContent]);
    expect(paragraphs).toEqual([
      ['?t=2', '0:02 Sample Narrator: Before the first chapter.'],
      ['?t=60', '1:00 Sample caption in the second chapter. <img src=x onerror=alert(1)> & </section><script>alert(2)</script>'],
      ['?t=300', '5:00 Sample Narrator: In the third, later.'],
    ]);
    // The cue's escaped markup stayed text: nothing of it became an element.
    expect(document.querySelectorAll('img, body script:not([src]), section section')).toHaveLength(0);
    // The first paragraph comes before any chapter heading, in a part of its own.
    expect(section.children[1]!.firstElementChild!.tagName).toBe('P');
    expect([...section.querySelectorAll(':scope > .transcript-chapter')].map((part) => part.firstElementChild!.tagName)).toEqual(['P', 'H3', 'H3']);
  });

  it('leaves no transcript on pages whose captions are missing or unreadable', async () => {
    for (const slug of ['no-captions', 'garbage-captions']) {
      const document = await page(slug);
      expect(document.querySelector('[data-transcript-document]')).toBeNull();
      expect(document.querySelector('#root')).not.toBeNull();
    }
  });
});

describe('watch/<slug>.md', () => {
  it('renders the episode with its chapters and transcript as Markdown, content escaped', async () => {
    const markdown = await readFile(path.join(site.outDir, 'watch', 'with-captions.md'), 'utf8');
    expect(markdown.startsWith('# With \\*captions\\* & \\[more\\](x)\n\nAn episode with a transcript.\n\n## Chapters\n\n')).toBe(true);
    expect(markdown).toContain(`- [1:00](${SITE_URL}/watch/with-captions?t=60) Second & "more"\n`);
    expect(markdown).toContain('## Transcript\n\n');
    expect(markdown).toContain('### Second & "more"\n\n');
    expect(markdown).toContain(
      `[1:00](${SITE_URL}/watch/with-captions?t=60) Sample caption in the second chapter. \\<img src=x onerror=alert(1)\\> & \\</section\\>\\<script\\>alert(2)\\</script\\>\n`,
    );
  });

  it('is written for episodes without a transcript too, without its section', async () => {
    const markdown = await readFile(path.join(site.outDir, 'watch', 'no-captions.md'), 'utf8');
    expect(markdown).toBe('# Episode no-captions\n');
  });
});

describe('captions that cannot be read', () => {
  it('cost one warning line, read once however many plugins ask', () => {
    expect(warnings).toEqual([
      expect.stringContaining('Captions: 1 of 3 episodes could not be read (not WebVTT: video-garbage); their pages have no transcript'),
    ]);
    expect(askedAgain?.transcripts.get('video-good')).toHaveLength(4);
    expect([...(askedAgain?.transcripts.keys() ?? [])]).toEqual(['video-good']);
  });
});

describe('a build whose media host cannot be reached', () => {
  it('finishes promptly, with one warning and every page and Markdown file', async () => {
    const logger = recordingLogger();
    const config = viteConfig(site, logger);
    const saved = process.env.VITE_MEDIA_BASE_URL;
    // `.invalid` never resolves (RFC 2606): the production CDN as this machine and CI see it.
    process.env.VITE_MEDIA_BASE_URL = 'https://captions.invalid';
    const started = performance.now();
    try {
      await build({ ...config, publicDir: false, plugins: [...(config.plugins ?? []), prerenderPlugin({ siteUrl: SITE_URL, renderBodies: false, transcripts: true })] });
    } finally {
      if (saved === undefined) delete process.env.VITE_MEDIA_BASE_URL;
      else process.env.VITE_MEDIA_BASE_URL = saved;
    }
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(logger.warnings).toEqual([expect.stringMatching(/^Captions: 3 of 3 episodes could not be read \(https:\/\/captions\.invalid did not answer/)]);
    expect(await readFile(path.join(site.outDir, 'watch', 'with-captions.md'), 'utf8')).not.toContain('## Transcript');
    expect(await readFile(path.join(site.outDir, 'watch', 'with-captions', 'index.html'), 'utf8')).not.toContain('data-transcript-document');
  });
});
